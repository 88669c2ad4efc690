/// Two sets of documents side by side: what the compare pane and `xunshi compare` show.
///
/// Built by ``compute(a:b:labels:terms:termLimit:)``. Sides are aligned: the
/// same figure rows and the same kinds of counts appear for both.
public struct Comparison: Sendable, Hashable, Codable {
    public var a: ComparisonSide
    public var b: ComparisonSide
    /// One line per (metric, unit, period class) stated on either side, in
    /// the figures-table order of both sides together.
    public var figures: [FigureComparison]
    /// Terms over-represented on side A, strongest first (``DistinctiveTerm/zScore`` > 0).
    public var distinctiveA: [DistinctiveTerm]
    /// Terms over-represented on side B, strongest first (z-score given from B's point of view).
    public var distinctiveB: [DistinctiveTerm]

    public init(a: ComparisonSide, b: ComparisonSide, figures: [FigureComparison],
                distinctiveA: [DistinctiveTerm], distinctiveB: [DistinctiveTerm]) {
        self.a = a; self.b = b; self.figures = figures
        self.distinctiveA = distinctiveA; self.distinctiveB = distinctiveB
    }

    enum CodingKeys: String, CodingKey { case a, b, figures, distinctiveA, distinctiveB }
}

/// A figure row of both sides: the totals next to each other.
public struct FigureComparison: Sendable, Hashable, Codable {
    public var metric: String
    public var unit: String
    public var periodClass: PeriodClass
    /// Side A's total (0 when A states no such figure).
    public var valueA: Double
    /// Side B's total (0 when B states no such figure).
    public var valueB: Double
    /// Documents of A / B stating the figure.
    public var documentsA: Int
    public var documentsB: Int
    /// True when either side's row mixes period wordings (see ``FigureRow/mixedPeriods``).
    public var mixedPeriods: Bool
    /// `valueA / valueB`, or `nil` when either side is 0.
    public var ratio: Double?

    public init(metric: String, unit: String, periodClass: PeriodClass, valueA: Double, valueB: Double,
                documentsA: Int, documentsB: Int, mixedPeriods: Bool) {
        self.metric = metric; self.unit = unit; self.periodClass = periodClass
        self.valueA = valueA; self.valueB = valueB; self.documentsA = documentsA; self.documentsB = documentsB
        self.mixedPeriods = mixedPeriods
        self.ratio = valueA != 0 && valueB != 0 ? valueA / valueB : nil
    }

    enum CodingKeys: String, CodingKey {
        case metric, unit, periodClass, valueA, valueB, documentsA, documentsB, mixedPeriods, ratio
    }

    /// Encodes every key; `ratio` is `null` when a side is 0.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metric, forKey: .metric)
        try c.encode(unit, forKey: .unit)
        try c.encode(periodClass, forKey: .periodClass)
        try c.encode(valueA, forKey: .valueA)
        try c.encode(valueB, forKey: .valueB)
        try c.encode(documentsA, forKey: .documentsA)
        try c.encode(documentsB, forKey: .documentsB)
        try c.encode(mixedPeriods, forKey: .mixedPeriods)
        try c.encode(ratio, forKey: .ratio)
    }
}
