import Corpus
import Curses

extension BrowserApp {
    /// The rectangle of the statistics and comparison panes: the whole pane area.
    var panelRect: Rect {
        let size = terminal.size
        return Rect(row: 0, col: 0, rows: size.rows - 2, cols: size.cols)
    }

    /// Key scope for the current screen (the comparison's own keys while it is open).
    var keyScope: KeyTable.Scope { state.panel == .compare && state.chooser == nil ? .compare : .global }

    /// Opens `panel` (or closes it when it is already open).
    func toggle(_ panel: Panel) {
        state.chooser = nil
        state.panel = state.panel == panel ? nil : panel
    }

    /// Handles `action` while a panel is open; returns false when the action is global.
    func performInPanel(_ action: Action) -> Bool {
        guard let panel = state.panel else { return false }
        if state.chooser != nil { performInChooser(action); return true }
        let rect = panelRect
        switch action {
        case .statistics: toggle(.statistics)
        case .compare: toggle(.compare)
        case .quit, .escape:
            if panel == .statistics, stats.back(state) { return true }
            state.panel = nil
        case .chooseSideA, .chooseSideB:
            let docs = state.visible.map { state.documents[$0] }
            let model = compare.model(state)
            let side = action == .chooseSideA ? 0 : 1
            state.chooser = Chooser(side: side, documents: docs, current: side == 0 ? model.a : model.b)
        case .enter:
            let target = panel == .statistics ? stats.target(state, rect: rect) : compare.target(state, rect: rect)
            switch target {
            case .figure(let i)?: stats.openFigure(i, state: state)
            case .document(let index, let mark)?: openInReader(index, mark: mark)
            case nil: break
            }
        case .help, .loadReport, .redraw, .openSearch, .clearFilters, .sort: return false
        case .facets:
            // Filters are changed in the facet panel: leave the pane for it (s or c comes back).
            state.panel = nil
            return false
        default:
            _ = panel == .statistics ? stats.handle(action, state: state, rect: rect)
                : compare.handle(action, state: state, rect: rect)
        }
        return true
    }

    /// Moves the chooser's cursor, picks a side or cancels.
    private func performInChooser(_ action: Action) {
        guard var chooser = state.chooser else { return }
        if let d = movementDelta(action, rows: max(1, panelRect.rows - 3)) {
            chooser.move(d)
            state.chooser = chooser
            return
        }
        switch action {
        case .enter, .toggle:
            if let s = chooser.chosen { compare.model(state).set(side: chooser.side, to: s) }
            state.chooser = nil
        case .escape, .quit, .chooseSideA, .chooseSideB: state.chooser = nil
        default: break
        }
    }

    /// Closes the panel and shows store document `index` in the reader, at `mark` (highlighted) when given.
    func openInReader(_ index: Int, mark: Range<Int>?) {
        guard let row = state.visible.firstIndex(of: index) else {
            state.setMessage("文档不在列表中 document not in the list", error: true)
            return
        }
        state.pendingSelectionID = nil
        state.select(row: row)
        state.resetReader()
        state.panel = nil
        state.focus = .reader
        state.zoomed = false
        if let mark { reader.reveal(mark, state: state, rect: readerRect) }
    }

    /// Takes finished background work of the panes; returns true when something arrived.
    @discardableResult
    public func absorbBackground() -> Bool {
        let a = state.statsModel?.poll() ?? false
        let b = state.compareModel?.poll() ?? false
        if a || b { dirty = true }
        return a || b
    }

    /// True while a pane computes on another thread (the loop then polls).
    public var backgroundBusy: Bool { (state.statsModel?.isBusy ?? false) || (state.compareModel?.isBusy ?? false) }

    /// Computes panes' terms on the UI thread whatever the size (for tests).
    public func computeSynchronously() {
        stats.synchronousTerms = true
        compare.synchronous = true
    }
}
