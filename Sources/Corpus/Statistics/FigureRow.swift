/// One row of the figures table: a metric in one unit and one class of period.
///
/// Rows are keyed by (``metric``, ``unit``, ``periodClass``), so a total
/// never adds `人` to `人次`, nor a 五年来 total to a single year's figure.
/// Within a row, ``periods`` splits the total by the exact period words, and
/// ``mixedPeriods`` warns when those words differ (e.g. `五年来` and `十一届`).
public struct FigureRow: Sendable, Hashable, Codable {
    /// Canonical metric name (`问题线索`, `立案`, `留置` …).
    public var metric: String
    /// Counting unit as written (`件`, `人`, `人次` …).
    public var unit: String
    public var periodClass: PeriodClass
    /// Sum of the statements' values (an approximation when ``approximate``).
    public var total: Double
    /// Number of distinct documents the statements come from.
    public var documentCount: Int
    /// True when at least one statement has a qualifier such as `余` or `近`.
    public var approximate: Bool
    /// True when the statements carry more than one distinct period wording
    /// (no period words counts as one wording).
    public var mixedPeriods: Bool
    /// Subtotals per exact period wording, largest statement count first, then by label.
    public var periods: [PeriodSubtotal]
    /// Every contributing statement, in document order, then by offset.
    public var statements: [FigureStatement]

    public init(metric: String, unit: String, periodClass: PeriodClass, total: Double, documentCount: Int,
                approximate: Bool, mixedPeriods: Bool, periods: [PeriodSubtotal], statements: [FigureStatement]) {
        self.metric = metric; self.unit = unit; self.periodClass = periodClass; self.total = total
        self.documentCount = documentCount; self.approximate = approximate; self.mixedPeriods = mixedPeriods
        self.periods = periods; self.statements = statements
    }

    enum CodingKeys: String, CodingKey {
        case metric, unit, periodClass, total, documentCount, approximate, mixedPeriods, periods, statements
    }
}

/// The part of a ``FigureRow`` stated with one exact period wording.
public struct PeriodSubtotal: Sendable, Hashable, Codable {
    /// The period words as written, or ``Statistics/noneLabel`` when there were none.
    public var period: String
    public var total: Double
    public var statementCount: Int
    public var documentCount: Int

    public init(period: String, total: Double, statementCount: Int, documentCount: Int) {
        self.period = period; self.total = total
        self.statementCount = statementCount; self.documentCount = documentCount
    }

    enum CodingKeys: String, CodingKey { case period, total, statementCount, documentCount }
}

/// One figure as stated in one document: where a row's number comes from.
///
/// ``start``/``end`` are Unicode-scalar offsets into the document's `text`,
/// so the reader can open at the sentence.
public struct FigureStatement: Sendable, Hashable, Codable {
    /// Index of the document in the array the statistics were computed from.
    public var documentIndex: Int
    public var documentID: String
    public var title: String
    public var value: Double
    /// Approximation word (`余`, `多`, `近` …), or `nil`.
    public var qualifier: String?
    /// Period words as written, or `nil`.
    public var period: String?
    public var sentence: String
    public var start: Int
    public var end: Int

    public init(documentIndex: Int, documentID: String, title: String, value: Double, qualifier: String?,
                period: String?, sentence: String, start: Int, end: Int) {
        self.documentIndex = documentIndex; self.documentID = documentID; self.title = title
        self.value = value; self.qualifier = qualifier; self.period = period
        self.sentence = sentence; self.start = start; self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case documentIndex, documentID, title, value, qualifier, period, sentence, start, end
    }

    /// Encodes every key, with `null` for absent qualifier and period (keys stay stable).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documentIndex, forKey: .documentIndex)
        try c.encode(documentID, forKey: .documentID)
        try c.encode(title, forKey: .title)
        try c.encode(value, forKey: .value)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(period, forKey: .period)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}
