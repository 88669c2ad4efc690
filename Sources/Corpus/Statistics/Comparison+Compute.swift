extension Comparison {
    /// Compares two sets of documents.
    ///
    /// - Parameters:
    ///   - a: Side A's documents (its ``DocumentSummary/index`` values refer to this array).
    ///   - b: Side B's documents.
    ///   - labels: Headings of the two sides.
    ///   - terms: The segmentation cache for distinctive terms (a fresh one by default).
    ///   - termLimit: How many distinctive terms to keep per side.
    public static func compute(a: [Document], b: [Document], labels: (a: String, b: String),
                               terms: SegmentationCache = SegmentationCache(), termLimit: Int = 20) -> Comparison {
        let rowsA = FigureTable.rows(a), rowsB = FigureTable.rows(b)
        let countsA = terms.totals(a).mapValues(\.count), countsB = terms.totals(b).mapValues(\.count)
        let distinctive = LogOdds.distinctive(a: countsA, b: countsB, limit: termLimit)
        return Comparison(
            a: ComparisonSide(label: labels.a, documents: a),
            b: ComparisonSide(label: labels.b, documents: b),
            figures: alignedFigures(rowsA, rowsB),
            distinctiveA: distinctive.a, distinctiveB: distinctive.b)
    }

    /// Compares the documents each selection matches in `documents`, labelled by the selections.
    public static func compute(in documents: [Document], a: Selection, b: Selection,
                               terms: SegmentationCache = SegmentationCache(), termLimit: Int = 20) -> Comparison {
        compute(a: a.filter(documents), b: b.filter(documents), labels: (a.label, b.label),
                terms: terms, termLimit: termLimit)
    }

    /// Pairs the rows of both sides by (metric, unit, period class).
    ///
    /// Order: metrics by the documents stating them on both sides (desc), then
    /// name; inside a metric by period class, then unit.
    static func alignedFigures(_ rowsA: [FigureRow], _ rowsB: [FigureRow]) -> [FigureComparison] {
        struct Key: Hashable { var metric: String; var unit: String; var periodClass: PeriodClass }
        func key(_ row: FigureRow) -> Key { Key(metric: row.metric, unit: row.unit, periodClass: row.periodClass) }
        let byA = Dictionary(rowsA.map { (key($0), $0) }, uniquingKeysWith: { x, _ in x })
        let byB = Dictionary(rowsB.map { (key($0), $0) }, uniquingKeysWith: { x, _ in x })
        var metricDocuments: [String: Int] = [:]
        for row in rowsA + rowsB { metricDocuments[row.metric, default: 0] += row.documentCount }
        let keys = Set(byA.keys).union(byB.keys).sorted { x, y in
            let dx = metricDocuments[x.metric] ?? 0, dy = metricDocuments[y.metric] ?? 0
            if dx != dy { return dx > dy }
            if x.metric != y.metric { return x.metric < y.metric }
            if x.periodClass != y.periodClass { return x.periodClass.rank < y.periodClass.rank }
            return x.unit < y.unit
        }
        return keys.map { k in
            let ra = byA[k], rb = byB[k]
            return FigureComparison(
                metric: k.metric, unit: k.unit, periodClass: k.periodClass,
                valueA: ra?.total ?? 0, valueB: rb?.total ?? 0,
                documentsA: ra?.documentCount ?? 0, documentsB: rb?.documentCount ?? 0,
                mixedPeriods: (ra?.mixedPeriods ?? false) || (rb?.mixedPeriods ?? false))
        }
    }
}
