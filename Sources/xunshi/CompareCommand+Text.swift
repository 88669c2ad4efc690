import Corpus
import Foundation

/// The readable text form of `xunshi compare`.
enum CompareText {
    /// Overview, figures, distinctive terms and document lists, separated by blank lines.
    static func render(_ comparison: Comparison, ascii: Bool, barWidth: Int = 12) -> String {
        let a = comparison.a, b = comparison.b
        func dates(_ side: ComparisonSide) -> String {
            guard let first = side.firstDate, let last = side.lastDate else { return "(undated)" }
            return first == last ? first : "\(first) … \(last)"
        }
        func list(_ items: [LabelCount]) -> String {
            items.isEmpty ? "–" : items.map { "\($0.label) \($0.count)" }.joined(separator: ", ")
        }
        let overview = TextTable.render([
            ["", a.label, b.label],
            ["documents", String(a.documentCount), String(b.documentCount)],
            ["dates", dates(a), dates(b)],
            ["provinces", list(a.provinces), list(b.provinces)],
            ["kinds", list(a.kinds), list(b.kinds)],
            ["levels", list(a.levels), list(b.levels)],
        ], indent: 0)
        var sections = [overview, figures(comparison, ascii: ascii, barWidth: barWidth)]
        sections.append(distinctive(a.label, comparison.distinctiveA))
        sections.append(distinctive(b.label, comparison.distinctiveB))
        sections.append(documents(a))
        sections.append(documents(b))
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// Figure rows with both totals, a bar for each (relative to the larger) and the ratio A/B.
    static func figures(_ comparison: Comparison, ascii: Bool, barWidth: Int) -> [String] {
        let rows = comparison.figures.map { f -> [String] in
            let top = max(f.valueA, f.valueB)
            return [f.metric, f.unit, f.periodClass.rawValue,
                    TextTable.number(f.valueA), Bars.render(value: f.valueA, max: top, width: barWidth, ascii: ascii),
                    TextTable.number(f.valueB), Bars.render(value: f.valueB, max: top, width: barWidth, ascii: ascii),
                    f.ratio.map { String(format: "×%.2f", $0) } ?? "–", f.mixedPeriods ? "[mixed periods]" : ""]
        }
        let heading = "Figures (metric, unit, period class, \(comparison.a.label), \(comparison.b.label), ratio A/B)"
        return [heading] + (rows.isEmpty ? ["  (nothing)"] : TextTable.render(rows, rightAligned: [3, 5, 7]))
    }

    /// Distinctive terms of one side: term, z-score, occurrences here and on the other side.
    static func distinctive(_ label: String, _ terms: [DistinctiveTerm]) -> [String] {
        let rows = terms.map { [$0.term, String(format: "z %.2f", $0.zScore), "\($0.count) vs \($0.otherCount)"] }
        return ["Distinctive of \(label) (weighted log-odds)"]
            + (rows.isEmpty ? ["  (nothing)"] : TextTable.render(rows, rightAligned: [1]))
    }

    /// One side's documents: date, id and title.
    static func documents(_ side: ComparisonSide) -> [String] {
        let rows = side.documents.map { [$0.date ?? "(no date)", $0.id, $0.title] }
        return ["Documents of \(side.label) (\(side.documentCount))"]
            + (rows.isEmpty ? ["  (nothing)"] : TextTable.render(rows))
    }
}
