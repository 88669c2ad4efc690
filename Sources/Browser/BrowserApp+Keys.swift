import Curses

extension BrowserApp {
    /// Turns a key into an action through the key table (the prompt takes raw text keys).
    func handle(_ key: Key) {
        dirty = true
        if state.prompt != nil { handlePrompt(key); return }
        state.message = nil
        guard let action = keys.action(for: key, in: keyScope) else {
            state.setMessage("未绑定的键 unbound key — ? shows the keys")
            return
        }
        perform(action)
    }

    /// Carries out `action`: overlays first, then global actions, then the focused pane.
    public func perform(_ action: Action) {
        dirty = true
        if let overlay = state.overlay {
            switch action {
            case .quit, .escape, .enter: state.overlay = nil
            case .help: state.overlay = overlay == .help ? nil : .help
            case .loadReport: state.overlay = overlay == .loadReport ? nil : .loadReport
            case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .toggle:
                scrollOverlay(overlay, action)
            default: break
            }
            return
        }
        if performInPanel(action) { return }
        switch action {
        case .quit: running = false
        case .statistics: toggle(.statistics)
        case .compare: toggle(.compare)
        case .help: state.overlay = .help
        case .loadReport: state.overlay = .loadReport
        case .redraw: handle(.resumed)
        case .openSearch: openPrompt()
        case .sort:
            state.cycleSort()
            state.setMessage("排序 sort: \(state.sort.rawValue)")
        case .facets:
            state.facetsOpen.toggle()
            state.focus = state.facetsOpen ? .facets : .list
        case .clearFilters:
            state.filters = ActiveFilters()
            state.refresh(query: "", reporting: true)
        case .zoom: state.zoomed.toggle()
        case .focusNext, .focusPrev: cycleFocus()
        case .nextDocument, .prevDocument:
            state.pendingSelectionID = nil
            state.select(row: state.selectedRow + (action == .nextDocument ? 1 : -1))
        case .nextHit, .prevHit:
            _ = reader.handle(action, state: state, rect: readerRect)
        case .escape: escape()
        default: routeToFocused(action)
        }
    }

    /// The reader's rectangle, or the whole pane area when the reader is hidden by zoom.
    var readerRect: Rect {
        layout.reader ?? Layout(size: terminal.size, zoomed: .reader).reader!
    }

    private func routeToFocused(_ action: Action) {
        let layout = self.layout
        let listRect = layout.list ?? Layout(size: terminal.size, zoomed: .list).list!
        switch state.focus {
        case .list:
            if action == .enter { state.focus = .reader; return }
            if action == .toggle { _ = reader.handle(.pageDown, state: state, rect: readerRect); return }
            state.pendingSelectionID = nil
            _ = list.handle(action, state: state, rect: listRect)
        case .reader:
            _ = reader.handle(action, state: state, rect: readerRect)
        case .facets:
            _ = facets.handle(action, state: state, rect: listRect)
        }
    }

    private func cycleFocus() {
        let first: Focus = state.facetsOpen ? .facets : .list
        state.focus = state.focus == .reader ? first : .reader
    }

    private func escape() {
        if state.zoomed { state.zoomed = false }
        else if state.focus == .reader { state.focus = state.facetsOpen ? .facets : .list }
        else if state.facetsOpen { state.facetsOpen = false; state.focus = .list }
    }

    /// Moves the overlay's first shown line; pages are the overlay's visible rows.
    private func scrollOverlay(_ overlay: Overlay, _ action: Action) {
        let area = overlayArea
        let count = Overlays.content(overlay, state: state, keys: keys, ambiguous: terminal.capabilities.ambiguousWidth).lines.count
        let page = Overlays.bodyRows(area: area, count: count)
        let top = state.overlayTop
        let moved = switch action {
        case .moveDown: top + 1
        case .moveUp: top - 1
        case .pageDown, .toggle: top + page
        case .pageUp: top - page
        case .halfPageDown: top + max(1, page / 2)
        case .halfPageUp: top - max(1, page / 2)
        case .top: 0
        default: Int.max
        }
        state.overlayTop = min(max(0, moved), Overlays.maxTop(area: area, count: count))
    }
}
