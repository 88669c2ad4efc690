import Corpus

/// The readable text form of `xunshi stats`.
enum StatsText {
    /// All sections of `stats`, one after another, separated by blank lines.
    ///
    /// - Parameters:
    ///   - ascii: Draw bars with `#` (non-UTF-8 locale).
    ///   - barWidth: Columns of the longest bar.
    static func render(_ stats: CorpusStatistics, ascii: Bool, barWidth: Int = 30) -> String {
        var sections: [[String]] = [["\(stats.documentCount) documents"]]
        sections.append(TextTable.counts("Provinces", stats.provinces, ascii: ascii, barWidth: barWidth))
        sections.append(TextTable.counts("Years", stats.years, ascii: ascii, barWidth: barWidth))
        sections.append(TextTable.counts("Kinds", stats.kinds, ascii: ascii, barWidth: barWidth))
        sections.append(TextTable.counts("Levels", stats.levels, ascii: ascii, barWidth: barWidth))
        let timeline = stats.timeline
        sections.append(TextTable.counts(
            "Timeline (per \(timeline.granularity.rawValue); \(timeline.undated) undated)",
            timeline.buckets, ascii: ascii, barWidth: barWidth))
        sections.append(figures(stats.figures))
        if let terms = stats.terms {
            let rows = terms.map { [$0.term, String($0.count), TextTable.documents($0.documents)] }
            sections.append(["Top terms (occurrences, documents)"]
                + (rows.isEmpty ? ["  (nothing)"] : TextTable.render(rows, rightAligned: [1, 2])))
        }
        sections.append(TextTable.counts("Policies cited (documents)", stats.policies.map {
            LabelCount(label: "《\($0.label)》", count: $0.count)
        }, ascii: ascii, barWidth: barWidth))
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// The figures table: metric, unit, period class, total, documents, per-period subtotals.
    static func figures(_ rows: [FigureRow]) -> [String] {
        let table = rows.map { row -> [String] in
            let periods = row.periods.map { "\($0.period) \(TextTable.number($0.total))" }.joined(separator: "; ")
            return [row.metric, row.unit, row.periodClass.rawValue,
                    (row.approximate ? "≈" : "") + TextTable.number(row.total),
                    TextTable.documents(row.documentCount), periods + (row.mixedPeriods ? "  [mixed periods]" : "")]
        }
        return ["Figures (metric, unit, period class, total, documents, by period)"]
            + (table.isEmpty ? ["  (nothing)"] : TextTable.render(table, rightAligned: [3, 4]))
    }
}
