import Corpus
import Curses

/// The reader: the selected document's header (title, date, source, places,
/// kinds, level, editor) and its paragraphs wrapped by display width, with
/// figures and search hits highlighted.
final class ReaderPane: Pane {
    /// The last layout, reused while the document and width stay the same.
    private var cache: ReaderLayout?
    /// Width policy of the canvas last drawn on (used when handling actions between frames).
    private var ambiguous = AmbiguousWidth.narrow

    func layout(_ state: AppState, width: Int, ambiguous: AmbiguousWidth) -> ReaderLayout? {
        guard let i = state.selectedIndex, width > 0 else { return nil }
        if let c = cache, c.documentIndex == i, c.width == width { return c }
        let l = ReaderLayout(document: state.documents[i], index: i, width: width, ambiguous: ambiguous)
        cache = l
        return l
    }

    func draw(on canvas: Canvas, in rect: Rect, state: AppState, focused: Bool) {
        ambiguous = canvas.ambiguousWidth
        guard rect.rows > 0, state.selectedDocument != nil,
              let layout = layout(state, width: rect.cols - 1, ambiguous: canvas.ambiguousWidth) else {
            canvas.put("（未选择文档）", row: rect.row, col: rect.col + 1, maxWidth: rect.cols - 1, style: Style(.dim))
            return
        }
        let top = clampedTop(layout.line(for: state.readerAnchor), layout, rows: rect.rows)
        let hits = state.selectedHits
        let current = state.hitCursor.flatMap { hits.text.indices.contains($0) ? hits.text[$0] : nil }
        // Only the figures and hits overlapping the visible lines are tested per character, so a
        // document with tens of thousands of figures or hits draws as fast as a short one.
        let shown = layout.lines[min(top, layout.lines.count)..<min(top + rect.rows, layout.lines.count)]
        let low = shown.first?.start ?? 0
        let high = (shown.last.map { $0.offsets.last ?? $0.start } ?? 0) + 1
        let visibleHits = hits.text.filter { $0.upperBound > low && $0.lowerBound < high }
        let visibleFigures = layout.figureRanges.filter { $0.upperBound > low && $0.lowerBound < high }
        for r in 0..<rect.rows {
            let n = top + r
            guard n < layout.lines.count else { break }
            let line = layout.lines[n]
            let y = rect.row + r, x = rect.col + 1
            switch line.kind {
            case .title:
                let base = Style(.title, bold: true)
                canvas.putRun(line.chars, row: y, col: x, width: rect.cols - 1) { i in
                    hits.title.contains { $0.contains(line.offsets[min(i, line.offsets.count - 1)]) }
                        ? Style(.highlight, bold: true) : base
                }
            case .meta:
                canvas.put(String(line.chars), row: y, col: x, maxWidth: rect.cols - 1, style: Style(.dim))
            case .rule:
                canvas.put(String(repeating: "─", count: max(0, rect.cols - 1)), row: y, col: x, style: Style(.border))
            case .blank:
                break
            case .body:
                canvas.putRun(line.chars, row: y, col: x, width: rect.cols - 1) { i in
                    let o = line.offsets[min(i, line.offsets.count - 1)]
                    if let current, current.contains(o) { return Style(.highlight, bold: true, underline: true) }
                    if let mark = state.readerMark, mark.contains(o) { return Style(.figure, bold: true, reverse: true) }
                    if visibleHits.contains(where: { $0.contains(o) }) { return Style(.highlight, bold: true) }
                    if visibleFigures.contains(where: { $0.contains(o) }) { return Style(.figure, bold: true) }
                    return .plain
                }
            }
        }
        if focused, top > 0 { canvas.put("↑", row: rect.row, col: rect.col + rect.cols - 1, style: Style(.dim)) }
        if top + rect.rows < layout.lines.count {
            canvas.put("↓", row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1, style: Style(.dim))
        }
    }

    func handle(_ action: Action, state: AppState, rect: Rect) -> Bool {
        guard let layout = layout(state, width: rect.cols - 1, ambiguous: ambiguous) else {
            return movementDelta(action, rows: rect.rows) != nil
        }
        if action == .toggle { return handle(.pageDown, state: state, rect: rect) }
        if action == .nextHit || action == .prevHit { jumpToHit(forward: action == .nextHit, state: state, layout: layout, rows: rect.rows); return true }
        guard let d = movementDelta(action, rows: rect.rows) else { return false }
        let top = clampedTop(layout.line(for: state.readerAnchor), layout, rows: rect.rows)
        state.readerAnchor = layout.anchor(at: clampedTop(top &+ d, layout, rows: rect.rows))
        return true
    }

    /// Marks `range` (Unicode-scalar offsets into the text) and scrolls it a third of the way down.
    func reveal(_ range: Range<Int>, state: AppState, rect: Rect) {
        state.readerMark = range
        guard let layout = layout(state, width: rect.cols - 1, ambiguous: ambiguous) else {
            state.readerAnchor = .text(range.lowerBound)
            return
        }
        let line = layout.line(containing: range.lowerBound) ?? layout.headerCount
        state.readerAnchor = layout.anchor(at: clampedTop(line - rect.rows / 3, layout, rows: rect.rows))
    }

    /// Moves to the next (or previous) search hit, wrapping around, and scrolls it into view.
    func jumpToHit(forward: Bool, state: AppState, layout: ReaderLayout, rows: Int) {
        let hits = state.selectedHits.text
        guard !state.query.isEmpty else { state.setMessage("没有搜索 — press / to search"); return }
        guard !hits.isEmpty else { state.setMessage("本文无命中 no hits in this document"); return }
        var next: Int
        if let c = state.hitCursor {
            next = forward ? c + 1 : c - 1
        } else {
            next = forward ? 0 : hits.count - 1
        }
        if next >= hits.count { next = 0; state.setMessage("到底了，从头继续 search wrapped to the top") }
        if next < 0 { next = hits.count - 1; state.setMessage("到顶了，从尾继续 search wrapped to the bottom") }
        state.hitCursor = next
        let line = layout.line(containing: hits[next].lowerBound) ?? layout.headerCount
        let top = clampedTop(line - rows / 3, layout, rows: rows)
        state.readerAnchor = layout.anchor(at: top)
        if state.message == nil || !(state.message!.text.contains("wrapped")) {
            state.setMessage("命中 hit \(next + 1)/\(hits.count)")
        }
    }

    private func clampedTop(_ top: Int, _ layout: ReaderLayout, rows: Int) -> Int {
        max(0, min(top, layout.lines.count - rows))
    }
}
