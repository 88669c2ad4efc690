import Corpus
import Curses
import Foundation

/// Builders of pane lines shared by the statistics and comparison panes:
/// headings, horizontal bar charts and the timeline histogram.
///
/// Every builder lays text out for `width` columns starting at column 1
/// (column 0 is the cursor mark), measured with a ``TextMeasure``.
enum Charts {
    static let headingStyle = Style(.accent, bold: true)

    /// A section heading (Tab stops here).
    static func heading(_ text: String, width: Int) -> PaneLine {
        var l = PaneLine(spans: [Span(col: 1, width: width - 1, text: text, style: headingStyle)])
        l.startsSection = true
        return l
    }

    /// A dim note line.
    static func note(_ text: String, width: Int) -> PaneLine {
        PaneLine(spans: [Span(col: 2, width: width - 2, text: text, style: Style(.dim))])
    }

    /// A value as shown in tables: whole numbers without decimals, others with one (as `xunshi` prints).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// One bar per item, in the order given: label, bar (relative to the largest count), count.
    ///
    /// The label column is as wide as the widest label, but at most a third of
    /// the width; the count is right-aligned after the bar.
    static func bars(_ items: [LabelCount], width: Int, measure: TextMeasure) -> [PaneLine] {
        guard !items.isEmpty else { return [note("（无）none", width: width)] }
        let labelWidth = min(measure.widest(items.map(\.label)), max(4, (width - 2) / 3))
        let countWidth = items.map { String($0.count).count }.max() ?? 1
        let barWidth = max(1, width - 2 - labelWidth - 1 - 1 - countWidth - 1)
        let top = Double(items.map(\.count).max() ?? 0)
        return items.map { item in
            let bar = Bars.render(value: Double(item.count), max: top, width: barWidth, ascii: measure.ascii)
            let count = String(item.count)
            let countCol = 2 + labelWidth + 1 + barWidth + 1 + countWidth - count.count
            return PaneLine(spans: [
                Span(col: 2, width: labelWidth, text: item.label, style: .plain),
                Span(col: 2 + labelWidth + 1, width: barWidth, text: bar, style: Style(.bar)),
                Span(col: countCol, width: count.count, text: count, style: Style(.normal, bold: true)),
            ])
        }
    }

    /// Rows of the vertical timeline histogram.
    static let histogramRows = 5
    /// Vertical eighth blocks, index = eighths filled.
    static let vertical: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A vertical histogram of the timeline's buckets (chronological), with the first
    /// and last labels under it and the peak count; falls back to horizontal bars when too wide.
    static func timeline(_ t: Timeline, width: Int, measure: TextMeasure) -> [PaneLine] {
        var out: [PaneLine] = []
        let buckets = t.buckets
        guard !buckets.isEmpty else { return [note("（无日期）no dated documents", width: width)] }
        let inner = width - 3
        let cell = buckets.count * 2 <= inner ? 2 : 1
        guard buckets.count * cell <= inner else { return bars(buckets, width: width, measure: measure) }
        let peak = buckets.map(\.count).max() ?? 0
        let h = histogramRows
        for r in 0..<h {
            var row = ""
            for b in buckets {
                let level = level(count: b.count, peak: peak, row: r, rows: h, ascii: measure.ascii)
                let ch: Character = measure.ascii ? (level > 0 ? "#" : " ") : vertical[level]
                row.append(ch)
                if cell == 2 { row.append(" ") }
            }
            var spans = [Span(col: 2, width: inner, text: row, style: Style(.bar))]
            if r == 0 { spans.append(Span(col: 2 + buckets.count * cell + 1, width: max(0, inner - buckets.count * cell - 1),
                                          text: "max \(peak)", style: Style(.dim))) }
            out.append(PaneLine(spans: spans))
        }
        let first = buckets[0].label, last = buckets[buckets.count - 1].label
        let axisWidth = buckets.count * cell
        var axis = [Span(col: 2, width: inner, text: first, style: Style(.dim))]
        let lastCol = 2 + max(measure.width(first) + 1, axisWidth - measure.width(last))
        if buckets.count > 1 { axis.append(Span(col: lastCol, width: max(0, width - lastCol), text: last, style: Style(.dim))) }
        out.append(PaneLine(spans: axis))
        let unit = t.granularity == .month ? "per month" : "per year"
        out.append(note("每格一\(t.granularity == .month ? "月" : "年") \(unit) · \(buckets.count) buckets · 无日期 undated \(t.undated)", width: width))
        return out
    }

    /// Eighths (0…8) of histogram row `row` (0 = top) filled for `count`; ASCII rows are all or nothing.
    static func level(count: Int, peak: Int, row: Int, rows: Int, ascii: Bool) -> Int {
        guard peak > 0, count > 0 else { return 0 }
        let fromBottom = rows - 1 - row
        if ascii {
            let cells = max(1, Int((Double(count) / Double(peak) * Double(rows)).rounded()))
            return fromBottom < cells ? 8 : 0
        }
        let units = max(1, Int((Double(count) / Double(peak) * Double(rows * 8)).rounded()))
        return max(0, min(8, units - fromBottom * 8))
    }
}
