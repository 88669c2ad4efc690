import Corpus
import Curses

/// Boxed windows drawn over the panes: the help (`?`), generated from the key
/// table, and the load report (`L`).
enum Overlays {
    /// The help's lines: one per binding of the key table, then a note on the panes.
    static func helpLines(keys: KeyTable, ambiguous: AmbiguousWidth) -> [String] {
        var lines = keys.bindings.map { b in (b.label, b.help) }
        lines.append(("", ""))
        lines.append(("", "列表 list · 阅读 reader · 筛选 facets — Tab switches"))
        let keyWidth = lines.map { DisplayWidth.of($0.0, ambiguous: ambiguous) }.max() ?? 0
        return lines.map { k, h in
            k.isEmpty && h.isEmpty ? "" : k + String(repeating: " ", count: keyWidth - DisplayWidth.of(k, ambiguous: ambiguous)) + "  " + h
        }
    }

    /// The load report's lines: totals, then every skipped file, then every flagged one.
    static func loadReportLines(state: AppState) -> [String] {
        var lines: [String] = []
        if let r = state.loadReport {
            lines.append("文件 files: \(r.entries.count)  loaded \(r.loadedCount)  skipped \(r.skippedCount)")
            lines.append("文档 documents: \(state.documents.count)")
            for e in r.entries where e.status == .skipped { lines.append("skipped  \(e.path): \(e.reason ?? "?")") }
            let flagged = r.entries.filter { !$0.flags.isEmpty }
            for e in flagged { lines.append("flags    \(e.path): \(e.flags.joined(separator: ", "))") }
        } else if let l = state.loading {
            lines.append("still loading: \(l.filesDone)/\(l.filesTotal) files, \(l.documents) documents")
        } else {
            lines.append("no load report")
        }
        return lines
    }

    /// Title and lines of `overlay`.
    static func content(_ overlay: Overlay, state: AppState, keys: KeyTable, ambiguous: AmbiguousWidth) -> (title: String, lines: [String]) {
        switch overlay {
        case .help: ("帮助 Help — ?, q or Esc closes", helpLines(keys: keys, ambiguous: ambiguous))
        case .loadReport: ("载入报告 Load report — L, q or Esc closes", loadReportLines(state: state))
        }
    }

    /// Rows of lines a box in `area` shows at once, for `count` lines (at least 1).
    static func bodyRows(area: Rect, count: Int) -> Int { max(1, min(area.rows, count + 2) - 2) }

    /// The largest useful first line for `count` lines in a box in `area`.
    static func maxTop(area: Rect, count: Int) -> Int { max(0, count - bodyRows(area: area, count: count)) }

    /// A bordered box centred in `area`, at most `area` in size, showing `lines` from line
    /// `top` on (clamped to ``maxTop(area:count:)``). When the lines do not all fit, the
    /// bottom border says which are shown and how to scroll.
    static func drawBox(on canvas: Canvas, area: Rect, title: String, lines: [String], top first: Int = 0) {
        let a = canvas.ambiguousWidth
        let contentWidth = max(DisplayWidth.of(title, ambiguous: a) + 2, lines.map { DisplayWidth.of($0, ambiguous: a) }.max() ?? 0)
        let w = min(area.cols, contentWidth + 4), h = min(area.rows, lines.count + 2)
        guard w >= 4, h >= 3 else { return }
        let first = min(max(0, first), maxTop(area: area, count: lines.count))
        let top = area.row + (area.rows - h) / 2, left = area.col + (area.cols - w) / 2
        let border = Style(.border, bold: true)
        canvas.put("┌" + String(repeating: "─", count: w - 2) + "┐", row: top, col: left, style: border)
        canvas.put(" " + title + " ", row: top, col: left + 2, maxWidth: w - 4, style: Style(.title, bold: true))
        for r in 1..<(h - 1) {
            canvas.put("│", row: top + r, col: left, style: border)
            canvas.fill(row: top + r, col: left + 1, width: w - 2, style: .plain)
            let i = first + r - 1
            if i < lines.count { canvas.put(lines[i], row: top + r, col: left + 2, maxWidth: w - 4) }
            canvas.put("│", row: top + r, col: left + w - 1, style: border)
        }
        canvas.put("└" + String(repeating: "─", count: w - 2) + "┘", row: top + h - 1, col: left, style: border)
        if h - 2 < lines.count {
            let shown = " \(first + 1)–\(first + h - 2) / \(lines.count)  j k PgDn PgUp scroll "
            canvas.put(shown, row: top + h - 1, col: left + 2, maxWidth: w - 4, style: Style(.title))
        }
    }

    /// The notice shown instead of the panes below ``Layout/minimum``.
    static func drawTooSmall(on canvas: Canvas) {
        let size = canvas.size
        let lines = ["终端太小 terminal too small", "\(size.cols)×\(size.rows), need \(Layout.minimum.cols)×\(Layout.minimum.rows)"]
        for (i, l) in lines.enumerated() {
            let w = DisplayWidth.of(l, ambiguous: canvas.ambiguousWidth)
            canvas.put(l, row: size.rows / 2 - 1 + i, col: max(0, (size.cols - w) / 2), style: Style(.error, bold: true))
        }
    }
}
