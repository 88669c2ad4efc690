import Corpus
import Curses

/// The facet panel (`f`): counts per province, year, kind and level; Space or
/// Enter switches the value under the cursor on or off and the list narrows.
final class FacetPanel: Pane {
    /// Counts for the last (document count, query, filters) seen.
    private var cache: (key: CacheKey, counts: FacetCounts)?

    private struct CacheKey: Equatable {
        var documents: Int, query: String, filters: ActiveFilters
    }

    /// Counts for the current state, recomputed only when documents, query or filters changed.
    func counts(_ state: AppState) -> FacetCounts {
        let key = CacheKey(documents: state.documents.count, query: state.query, filters: state.filters)
        if let c = cache, c.key == key { return c.counts }
        let counts = FacetCounts(state: state)
        cache = (key, counts)
        return counts
    }

    func draw(on canvas: Canvas, in rect: Rect, state: AppState, focused: Bool) {
        guard rect.rows > 0 else { return }
        let counts = counts(state)
        let headerStyle = Style(.header, bold: true, underline: true)
        canvas.putPadded(" 筛选 Facets  (Space/Enter 切换, f/Esc 关闭)", row: rect.row, col: rect.col, width: rect.cols, style: headerStyle)
        let valueRows = counts.valueRows
        let cursorRow = valueRows.isEmpty ? nil : valueRows[min(state.facetCursor, valueRows.count - 1)]
        let body = rect.rows - 1
        // Keep the cursor's row visible.
        var top = 0
        if let c = cursorRow, c >= body { top = c - body + 1 }
        for r in 0..<body {
            let n = top + r
            guard n < counts.rows.count else { break }
            let row = counts.rows[n], y = rect.row + 1 + r
            guard let value = row.value else {
                canvas.put(row.facet.heading, row: y, col: rect.col + 1, maxWidth: rect.cols - 1, style: Style(.accent, bold: true))
                continue
            }
            let on = state.filters.contains(row.facet, value)
            let style = n == cursorRow ? Style(.selection, reverse: focused, underline: !focused) : (on ? Style(.accent, bold: true) : .plain)
            canvas.fill(row: y, col: rect.col, width: rect.cols, style: style)
            let count = String(row.count)
            let countCol = rect.col + rect.cols - 1 - count.count
            canvas.put((on ? "[x] " : "[ ] ") + value, row: y, col: rect.col + 2, maxWidth: max(0, countCol - rect.col - 3), style: style)
            canvas.put(count, row: y, col: countCol, style: style)
        }
    }

    func handle(_ action: Action, state: AppState, rect: Rect) -> Bool {
        let counts = counts(state)
        let valueRows = counts.valueRows
        if let d = movementDelta(action, rows: rect.rows - 1) {
            state.facetCursor = max(0, min(state.facetCursor &+ d, valueRows.count - 1))
            return true
        }
        guard action == .toggle || action == .enter else { return false }
        guard !valueRows.isEmpty else { return true }
        let row = counts.rows[valueRows[min(state.facetCursor, valueRows.count - 1)]]
        if let v = row.value {
            state.filters.toggle(row.facet, v)
            state.refresh()
        }
        return true
    }
}
