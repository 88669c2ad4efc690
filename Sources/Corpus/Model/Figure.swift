/// A number the text states about inspection work, with provenance.
///
/// Example: `立案2917人` gives metric `立案`, value 2917, unit `人`.
public struct Figure: Sendable, Hashable, Codable {
    /// Canonical metric name from the metric table (e.g. `问题线索`, `立案`, `党纪政务处分`).
    public var metric: String
    /// The stated number. `1800余人` gives 1800 (with qualifier `余`).
    public var value: Double
    /// Counting unit as written (`件`, `人`, `个`, `人次`, `件次` …).
    public var unit: String
    /// Approximation word attached to the number (`余`, `多`, `近`, `超` …), if any.
    public var qualifier: String?
    /// Period words kept with the figure (`五年来`, `2021年`, `今年以来` …), if any.
    public var period: String?
    /// The sentence the figure was read from.
    ///
    /// Stored as ``sentenceSlice``; reading this property copies it into a new string.
    public var sentence: String {
        get { String(sentenceSlice) }
        set { sentenceSlice = Substring(newValue) }
    }
    /// The sentence as a slice. Extraction makes it a slice of the document's paragraph,
    /// sharing that string's storage, so the sentences of a corpus's figures cost no
    /// memory of their own (they would otherwise add about a third to the text's bytes).
    public var sentenceSlice: Substring
    /// Unicode-scalar offsets `[start, end)` of the figure's phrase in the document's cleaned text.
    public var start: Int
    public var end: Int

    public init(metric: String, value: Double, unit: String, qualifier: String? = nil, period: String? = nil,
                sentence: String, start: Int, end: Int) {
        self.metric = metric; self.value = value; self.unit = unit; self.qualifier = qualifier
        self.period = period; self.sentenceSlice = Substring(sentence); self.start = start; self.end = end
    }
}
