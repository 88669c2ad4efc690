import Corpus
import Curses
import Foundation

/// Plain-text tables for the headless commands, measured in display columns.
enum TextTable {
    /// Rows with every column padded to its widest cell, columns two spaces apart.
    ///
    /// Widths are display columns (`DisplayWidth`), so CJK labels line up.
    /// Trailing spaces are trimmed.
    /// - Parameters:
    ///   - rows: Cells per row (sanitised with ``Output/safe(_:)`` before measuring); short rows
    ///     leave the missing cells empty.
    ///   - rightAligned: Indices of columns aligned right (numbers).
    ///   - indent: Spaces before each row.
    static func render(_ rows: [[String]], rightAligned: Set<Int> = [], indent: Int = 2) -> [String] {
        let rows = rows.map { $0.map(Output.safe) }
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        return rows.map { row in
            var line = String(repeating: " ", count: indent)
            for i in 0..<columns {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                line += rightAligned.contains(i) ? pad + cell : cell + pad
                if i < columns - 1 { line += "  " }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// A count section: a heading, then `label  count  bar` lines (bar relative to the largest count).
    static func counts(_ title: String, _ items: [LabelCount], ascii: Bool, barWidth: Int) -> [String] {
        let top = Double(items.map(\.count).max() ?? 0)
        let rows = items.map {
            [$0.label, String($0.count), Bars.render(value: Double($0.count), max: top, width: barWidth, ascii: ascii)]
        }
        return [title] + (rows.isEmpty ? ["  (nothing)"] : render(rows, rightAligned: [1]))
    }

    /// `1 doc`, `2 docs`.
    static func documents(_ count: Int) -> String { count == 1 ? "1 doc" : "\(count) docs" }

    /// A figure value: whole numbers without decimals, others with one.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.1f", value)
    }
}
