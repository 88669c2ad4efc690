import Curses
import Foundation

/// The status line: row count `N/M`, the query and filters in force, the sort
/// order and focus on the left; loading progress on the right.
enum StatusLine {
    static func draw(on canvas: Canvas, in rect: Rect, state: AppState) {
        let style = Style(.status, reverse: true)
        canvas.fill(row: rect.row, col: rect.col, width: rect.cols, style: style)
        var left = " \(state.visible.isEmpty ? 0 : state.selectedRow + 1)/\(state.visible.count)"
        if state.visible.count != state.documents.count { left += " of \(state.documents.count)" }
        if !state.query.isEmpty { left += "  /" + state.query }
        let filters = state.filters.summary
        if !filters.isEmpty { left += "  [" + filters + "]" }
        left += "  sort:" + state.sort.rawValue
        if state.zoomed { left += "  zoom" }
        let right = progress(state).map { $0 + " " } ?? " ?:help "
        let rightWidth = DisplayWidth.of(right, ambiguous: canvas.ambiguousWidth)
        canvas.put(left, row: rect.row, col: rect.col, maxWidth: max(0, rect.cols - rightWidth - 1), style: style)
        if rightWidth < rect.cols { canvas.put(right, row: rect.row, col: rect.col + rect.cols - rightWidth, style: style) }
    }

    /// `loading 3/10 files, 120 files/s` while loading; `loading…` before the number of
    /// files is known (the directories are being walked, or the snapshot read); `nil` when
    /// done.
    static func progress(_ state: AppState) -> String? {
        guard let l = state.loading, !l.finished else { return nil }
        guard l.filesTotal > 0 else { return "loading…" }
        let rate = l.seconds > 0 ? Int((Double(l.filesDone) / l.seconds).rounded()) : 0
        return "loading \(l.filesDone)/\(l.filesTotal) files, \(rate) files/s"
    }
}

/// The last row: the search prompt while it is open, else the latest message.
enum BottomLine {
    static func draw(on canvas: Canvas, in rect: Rect, state: AppState) {
        canvas.fill(row: rect.row, col: rect.col, width: rect.cols, style: .plain)
        if let p = state.prompt {
            let label = "/"
            canvas.put(label, row: rect.row, col: rect.col, style: Style(.prompt, bold: true))
            var errorWidth = 0
            if let e = p.error {
                let msg = "  ✗ " + e
                errorWidth = min(DisplayWidth.of(msg, ambiguous: canvas.ambiguousWidth), rect.cols / 2)
                canvas.put(msg, row: rect.row, col: rect.col + rect.cols - errorWidth, maxWidth: errorWidth, style: Style(.error, bold: true))
            }
            let room = rect.cols - 1 - errorWidth - 1
            // Scroll the text so the cursor stays visible.
            var chars = Array(p.text)
            var cursor = p.cursor
            func width(_ cs: ArraySlice<Character>) -> Int { DisplayWidth.of(String(cs), ambiguous: canvas.ambiguousWidth) }
            while cursor > 0, width(chars[..<cursor]) >= room { chars.removeFirst(); cursor -= 1 }
            canvas.put(String(chars), row: rect.row, col: rect.col + 1, maxWidth: room, style: Style(.prompt))
            canvas.cursor = (rect.row, rect.col + 1 + width(chars[..<cursor]))
        } else if let m = state.message {
            canvas.put(m.text, row: rect.row, col: rect.col, maxWidth: rect.cols, style: m.isError ? Style(.error, bold: true) : Style(.dim))
        }
    }
}
