import Curses

/// A cursor over the lines of a scrolling pane, and the first line on screen.
///
/// Invariant after ``clamp(lineCount:rows:)``: `0 <= cursor < lineCount` (or 0
/// when empty) and the cursor line is among the `rows` lines from ``top``.
struct ScrollView: Hashable {
    var top = 0
    var cursor = 0
    /// Which half of a two-sided line the cursor stands on (0 left, 1 right).
    var side = 0

    /// Keeps the cursor inside the lines and on screen.
    mutating func clamp(lineCount: Int, rows: Int) {
        cursor = max(0, min(cursor, lineCount - 1))
        if cursor < top { top = cursor }
        if rows > 0, cursor >= top + rows { top = cursor - rows + 1 }
        top = max(0, min(top, max(0, lineCount - rows)))
    }

    /// Applies a movement action; returns false for other actions.
    mutating func move(_ action: Action, lines: [PaneLine], rows: Int) -> Bool {
        guard let d = movementDelta(action, rows: rows) else { return false }
        cursor = max(0, min(cursor &+ d, lines.count - 1))
        if action == .top { top = 0 }
        clamp(lineCount: lines.count, rows: rows)
        return true
    }

    /// Moves the cursor to the first line of the next (or previous) item: a run of
    /// lines with the same target counts as one item (a statement and its sentence).
    mutating func stepItem(forward: Bool, lines: [PaneLine], rows: Int) {
        func starts(_ i: Int) -> Bool {
            lines[i].isSelectable && (i == 0 || lines[i - 1].targets != lines[i].targets)
        }
        var i = cursor
        repeat { i += forward ? 1 : -1 } while lines.indices.contains(i) && !starts(i)
        guard lines.indices.contains(i) else { return }
        cursor = i
        // Show the whole item when moving down.
        var last = i
        while forward, last + 1 < lines.count, lines[last + 1].targets == lines[i].targets { last += 1 }
        if rows > 0, last >= top + rows { top = min(i, last - rows + 1) }
        clamp(lineCount: lines.count, rows: rows)
    }

    /// Moves the cursor to the start of the next (or previous) section, wrapping, and puts it on top.
    mutating func jumpSection(forward: Bool, lines: [PaneLine], rows: Int) {
        let starts = lines.indices.filter { lines[$0].startsSection }
        guard !starts.isEmpty else { return }
        let target = forward ? (starts.first { $0 > cursor } ?? starts[0])
                             : (starts.last { $0 < cursor } ?? starts[starts.count - 1])
        cursor = target
        top = target
        clamp(lineCount: lines.count, rows: rows)
    }

    /// The target under the cursor (on the cursor's side of a two-sided line).
    func target(in lines: [PaneLine]) -> LineTarget? {
        guard lines.indices.contains(cursor) else { return nil }
        let t = lines[cursor].targets
        guard !t.isEmpty else { return nil }
        return t.count == 1 ? t[0] : t[min(side, t.count - 1)]
    }
}

/// Draws pane lines into a rectangle.
enum PaneLines {
    /// Draws `lines` from `view.top` into `rect`, marking the cursor line when `focused`.
    static func draw(_ lines: [PaneLine], view: ScrollView, on canvas: Canvas, in rect: Rect, focused: Bool) {
        for r in 0..<rect.rows {
            let n = view.top + r
            guard n < lines.count else { break }
            let line = lines[n], y = rect.row + r
            for s in line.spans where s.col < rect.cols {
                canvas.put(s.text, row: y, col: rect.col + s.col, maxWidth: min(s.width, rect.cols - s.col), style: s.style)
            }
            guard focused, n == view.cursor else { continue }
            var span = 0..<rect.cols
            if line.halves.count > 1 { span = line.halves[min(view.side, line.halves.count - 1)] }
            let from = min(span.lowerBound, rect.cols), to = min(span.upperBound, rect.cols)
            canvas.put("▌", row: y, col: rect.col + from, maxWidth: 1, style: Style(.selection, bold: true))
            if to > from + 1 { canvas.restyle(row: y, col: rect.col + from + 1, width: to - from - 1, style: Style(.selection, reverse: true)) }
        }
        if view.top > 0 { canvas.put("↑", row: rect.row, col: rect.col + rect.cols - 1, style: Style(.dim)) }
        if view.top + rect.rows < lines.count {
            canvas.put("↓", row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1, style: Style(.dim))
        }
    }
}
