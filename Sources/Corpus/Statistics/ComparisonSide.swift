/// One side of a ``Comparison``.
public struct ComparisonSide: Sendable, Hashable, Codable {
    public var label: String
    public var documentCount: Int
    /// Earliest and latest `YYYY-MM-DD` date of the side, or `nil` when no document is dated.
    public var firstDate: String?
    public var lastDate: String?
    /// Counts as in ``CorpusStatistics`` (count desc, then label; missing under ``Statistics/noneLabel``).
    public var provinces: [LabelCount]
    public var kinds: [LabelCount]
    public var levels: [LabelCount]
    /// The side's documents, in the order given.
    public var documents: [DocumentSummary]

    public init(label: String, documents: [Document]) {
        self.label = label
        documentCount = documents.count
        let dates = documents.compactMap(\.date).filter { Timeline.monthKey($0) != nil }
        firstDate = dates.min()
        lastDate = dates.max()
        provinces = Statistics.counts(documents, by: .province)
        kinds = Statistics.counts(documents, by: .kind)
        levels = Statistics.counts(documents, by: .level)
        self.documents = documents.enumerated().map { DocumentSummary(index: $0.offset, document: $0.element) }
    }

    enum CodingKeys: String, CodingKey {
        case label, documentCount, firstDate, lastDate, provinces, kinds, levels, documents
    }

    /// Encodes every key; absent dates are `null`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(documentCount, forKey: .documentCount)
        try c.encode(firstDate, forKey: .firstDate)
        try c.encode(lastDate, forKey: .lastDate)
        try c.encode(provinces, forKey: .provinces)
        try c.encode(kinds, forKey: .kinds)
        try c.encode(levels, forKey: .levels)
        try c.encode(documents, forKey: .documents)
    }
}

/// A line of a side's document list.
public struct DocumentSummary: Sendable, Hashable, Codable {
    /// Index in the side's document array.
    public var index: Int
    public var id: String
    public var title: String
    /// `YYYY-MM-DD`, or `nil`.
    public var date: String?
    public var province: String?

    public init(index: Int, document: Document) {
        self.index = index; id = document.id; title = document.title
        date = document.date; province = document.places.province
    }

    enum CodingKeys: String, CodingKey { case index, id, title, date, province }

    /// Encodes every key; absent date and province are `null`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(index, forKey: .index)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(province, forKey: .province)
    }
}
