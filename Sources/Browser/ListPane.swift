import Corpus
import Curses

/// The document list: one row per visible document with date, province, kind
/// and title in columns aligned by display width; a header row on top.
final class ListPane: Pane {
    /// Columns of each field; the title takes the rest.
    static let dateWidth = 10, provinceWidth = 6, kindWidth = 8

    func draw(on canvas: Canvas, in rect: Rect, state: AppState, focused: Bool) {
        guard rect.rows > 0 else { return }
        let cols = columns(width: rect.cols)
        let headerStyle = Style(.header, bold: true, underline: true)
        canvas.fill(row: rect.row, col: rect.col, width: rect.cols, style: headerStyle)
        var c = rect.col + 1
        for (name, w) in [("日期", cols.date), ("省份", cols.province), ("类型", cols.kind), ("标题", cols.title)] where w > 0 {
            canvas.put(name, row: rect.row, col: c, maxWidth: w, style: headerStyle)
            c += w + 1
        }
        let body = rect.rows - 1
        guard body > 0 else { return }
        scrollIntoView(state, rows: body)
        if state.visible.isEmpty {
            let note = state.loading.map { $0.finished } == false ? "正在载入… loading" : "没有文档 no documents match"
            canvas.put(note, row: rect.row + 1, col: rect.col + 1, maxWidth: rect.cols - 1, style: Style(.dim))
            return
        }
        for r in 0..<body {
            let row = state.listTop + r
            guard row < state.visible.count else { break }
            drawRow(canvas, state: state, row: row, at: rect.row + 1 + r, rect: rect, cols: cols, focused: focused)
        }
    }

    func handle(_ action: Action, state: AppState, rect: Rect) -> Bool {
        if let d = movementDelta(action, rows: rect.rows - 1) {
            state.select(row: state.selectedRow &+ d)
            return true
        }
        return false
    }

    /// Keeps the selected row inside the `rows` body rows.
    func scrollIntoView(_ state: AppState, rows: Int) {
        if state.selectedRow < state.listTop { state.listTop = state.selectedRow }
        if state.selectedRow >= state.listTop + rows { state.listTop = state.selectedRow - rows + 1 }
        state.listTop = max(0, min(state.listTop, max(0, state.visible.count - rows)))
    }

    private func columns(width: Int) -> (date: Int, province: Int, kind: Int, title: Int) {
        let inner = width - 1
        let province = width >= 38 ? Self.provinceWidth : 0
        let kind = width >= 48 ? Self.kindWidth : 0
        var used = Self.dateWidth + 1
        if province > 0 { used += province + 1 }
        if kind > 0 { used += kind + 1 }
        return (Self.dateWidth, province, kind, max(0, inner - used))
    }

    private func drawRow(_ canvas: Canvas, state: AppState, row: Int, at y: Int, rect: Rect,
                         cols: (date: Int, province: Int, kind: Int, title: Int), focused: Bool) {
        let index = state.visible[row]
        let doc = state.documents[index]
        let selected = row == state.selectedRow
        let base = selected ? Style(.selection, bold: !focused, reverse: focused) : Style.plain
        canvas.fill(row: y, col: rect.col, width: rect.cols, style: base)
        canvas.put(selected ? "▌" : " ", row: y, col: rect.col, maxWidth: 1, style: base)
        var c = rect.col + 1
        canvas.put(doc.date ?? "—", row: y, col: c, maxWidth: cols.date, style: base)
        c += cols.date + 1
        if cols.province > 0 {
            canvas.put(doc.places.province ?? "—", row: y, col: c, maxWidth: cols.province, style: base)
            c += cols.province + 1
        }
        if cols.kind > 0 {
            canvas.put(doc.kinds.first ?? "—", row: y, col: c, maxWidth: cols.kind, style: base)
            c += cols.kind + 1
        }
        let hits = state.query.isEmpty ? [] : state.selector.hits(query: state.query, index: index, in: state.documents).title
        var chars: [Character] = [], offsets: [Int] = []
        var off = 0
        for ch in doc.title { chars.append(ch); offsets.append(off); off += ch.unicodeScalars.count }
        let hl = Style(.highlight, bold: true, reverse: selected && focused)
        canvas.putRun(chars, row: y, col: c, width: cols.title) { i in
            let o = offsets.indices.contains(i) ? offsets[i] : -1
            return hits.contains { $0.contains(o) } ? hl : base
        }
    }
}
