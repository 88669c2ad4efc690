/// Builds the figures table from the documents' extracted figures.
public enum FigureTable {
    /// Groups every figure of `documents` into rows keyed by (metric, unit, period class).
    ///
    /// A figure repeated at the same offsets in one document is counted once.
    /// Rows are ordered so one metric's rows stay together: metrics by the
    /// number of documents stating them (desc), then name; inside a metric by
    /// period class (single-year, multi-year, other, unstated), then documents
    /// (desc), then unit.
    public static func rows(_ documents: [Document]) -> [FigureRow] {
        struct Key: Hashable { var metric: String; var unit: String; var periodClass: PeriodClass }
        var groups: [Key: [FigureStatement]] = [:]
        var metricDocuments: [String: Set<Int>] = [:]
        // Period words repeat across documents (今年以来, 2021年 …): classify each once.
        // (Classifying evaluates two regex literals, which are parsed anew on each
        // evaluation: at 95,000 documents that took over a minute. Kept as literals:
        // hoisted into static lets they were reported as leaks by LeakSanitizer.)
        var classes: [String: PeriodClass] = [:]
        func periodClass(_ period: String?) -> PeriodClass {
            guard let period else { return .unstated }
            if let known = classes[period] { return known }
            let c = PeriodClass.classify(period)
            classes[period] = c
            return c
        }
        for (index, document) in documents.enumerated() {
            var seen = Set<[String]>()
            for figure in document.figures {
                guard seen.insert([figure.metric, figure.unit, "\(figure.start)", "\(figure.end)"]).inserted
                else { continue }
                let key = Key(metric: figure.metric, unit: figure.unit,
                              periodClass: periodClass(figure.period))
                groups[key, default: []].append(FigureStatement(
                    documentIndex: index, documentID: document.id, title: document.title, value: figure.value,
                    qualifier: figure.qualifier, period: figure.period, sentence: figure.sentence,
                    start: figure.start, end: figure.end))
                metricDocuments[figure.metric, default: []].insert(index)
            }
        }
        let rows = groups.map { key, statements in
            row(metric: key.metric, unit: key.unit, periodClass: key.periodClass, statements: statements)
        }
        return rows.sorted { x, y in
            let dx = metricDocuments[x.metric]?.count ?? 0, dy = metricDocuments[y.metric]?.count ?? 0
            if dx != dy { return dx > dy }
            if x.metric != y.metric { return x.metric < y.metric }
            if x.periodClass != y.periodClass { return x.periodClass.rank < y.periodClass.rank }
            if x.documentCount != y.documentCount { return x.documentCount > y.documentCount }
            return x.unit < y.unit
        }
    }

    /// One row from its statements (any order; they are sorted here).
    static func row(metric: String, unit: String, periodClass: PeriodClass,
                    statements: [FigureStatement]) -> FigureRow {
        let ordered = statements.sorted {
            ($0.documentIndex, $0.start, $0.end) < ($1.documentIndex, $1.start, $1.end)
        }
        var byPeriod: [String: [FigureStatement]] = [:]
        for statement in ordered { byPeriod[statement.period ?? Statistics.noneLabel, default: []].append(statement) }
        let periods = byPeriod.map { period, list in
            PeriodSubtotal(period: period, total: list.reduce(0) { $0 + $1.value }, statementCount: list.count,
                           documentCount: Set(list.map(\.documentIndex)).count)
        }.sorted { $0.statementCount != $1.statementCount ? $0.statementCount > $1.statementCount : $0.period < $1.period }
        return FigureRow(
            metric: metric, unit: unit, periodClass: periodClass,
            total: ordered.reduce(0) { $0 + $1.value },
            documentCount: Set(ordered.map(\.documentIndex)).count,
            approximate: ordered.contains { $0.qualifier != nil },
            mixedPeriods: periods.count > 1, periods: periods, statements: ordered)
    }
}
