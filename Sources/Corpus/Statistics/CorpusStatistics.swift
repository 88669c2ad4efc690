/// Everything the statistics pane and `xunshi stats` show about a set of documents.
///
/// Produced by ``Statistics/compute(_:terms:termLimit:)``. Every list is
/// ready to render: sorted, labelled and counted (see ``LabelCount`` for the
/// order). Documents lacking a value are counted under ``Statistics/noneLabel``.
public struct CorpusStatistics: Sendable, Hashable, Codable {
    /// Number of documents the statistics describe.
    public var documentCount: Int
    /// Documents per province (`Places.province`).
    public var provinces: [LabelCount]
    /// Documents per publication year (`YYYY`).
    public var years: [LabelCount]
    /// Documents per inspection kind; a document naming several kinds counts
    /// under each, so the counts may add up to more than ``documentCount``.
    public var kinds: [LabelCount]
    /// Documents per inspecting level (`中央`, `省`, `市`, `县`).
    public var levels: [LabelCount]
    /// Documents per month or year, chronological, empty periods included.
    public var timeline: Timeline
    /// The figures table (see ``FigureTable/rows(_:)`` for grouping and order).
    public var figures: [FigureRow]
    /// Policies cited in 《…》: number of documents citing each.
    public var policies: [LabelCount]
    /// Most frequent terms, or `nil` when terms were not asked for (segmentation is lazy).
    public var terms: [TermCount]?

    public init(documentCount: Int, provinces: [LabelCount], years: [LabelCount], kinds: [LabelCount],
                levels: [LabelCount], timeline: Timeline, figures: [FigureRow], policies: [LabelCount],
                terms: [TermCount]?) {
        self.documentCount = documentCount; self.provinces = provinces; self.years = years
        self.kinds = kinds; self.levels = levels; self.timeline = timeline; self.figures = figures
        self.policies = policies; self.terms = terms
    }

    enum CodingKeys: String, CodingKey {
        case documentCount, provinces, years, kinds, levels, timeline, figures, policies, terms
    }

    /// Encodes every key; `terms` is `null` when not computed.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documentCount, forKey: .documentCount)
        try c.encode(provinces, forKey: .provinces)
        try c.encode(years, forKey: .years)
        try c.encode(kinds, forKey: .kinds)
        try c.encode(levels, forKey: .levels)
        try c.encode(timeline, forKey: .timeline)
        try c.encode(figures, forKey: .figures)
        try c.encode(policies, forKey: .policies)
        try c.encode(terms, forKey: .terms)
    }
}
