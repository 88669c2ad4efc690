import Corpus
import Curses

extension BrowserApp {
    /// Opens the search prompt with the query in force.
    func openPrompt() {
        state.prompt = Prompt(previousQuery: state.query)
    }

    /// Edits the prompt; the list narrows on every change. Enter keeps the query,
    /// Esc restores the one in force when the prompt opened, ↑/↓ walk the history.
    ///
    /// While more keys are already waiting (typed ahead over a slow link, or pasted), the
    /// search waits for the last of them (``promptSearchPending``): one search for the burst,
    /// not one per letter, as in fzf. Any key but an edit runs it first, so Enter sees
    /// whether the query is valid.
    func handlePrompt(_ key: Key) {
        switch key {
        case .character, .backspace, .delete, .ctrl("u"): break
        default: runPendingPromptSearch()
        }
        guard var p = state.prompt else { return }
        var edited = true
        switch key {
        case .character(let ch): p.insert(ch)
        case .backspace: p.backspace()
        case .delete: p.delete()
        case .ctrl("u"): p.set("")
        case .left: p.cursor = max(0, p.cursor - 1); edited = false
        case .right: p.cursor = min(p.text.count, p.cursor + 1); edited = false
        case .home, .ctrl("a"): p.cursor = 0; edited = false
        case .end, .ctrl("e"): p.cursor = p.text.count; edited = false
        case .up, .down:
            guard !state.history.isEmpty else { return }
            let h = state.history
            var i = p.historyIndex ?? h.count
            i = key == .up ? max(0, i - 1) : i + 1
            if i >= h.count { p.historyIndex = nil; p.set(p.previousQuery) } else { p.historyIndex = i; p.set(h[i]) }
        case .enter:
            if p.error != nil { return }  // stay open on an invalid query
            state.prompt = nil
            remember(p.text)
            return
        case .escape:
            state.prompt = nil
            state.refresh(query: p.previousQuery, reporting: true)
            return
        default: edited = false
        }
        state.prompt = p
        guard edited else { return }
        if terminal.hasPendingInput {
            promptSearchPending = true
        } else {
            searchPrompt()
        }
    }

    /// Runs the search the prompt's last edits put off, if any (see ``handlePrompt(_:)``).
    func runPendingPromptSearch() {
        guard promptSearchPending else { return }
        searchPrompt()
    }

    /// Narrows the list to the prompt's query, or shows in the prompt why it cannot.
    private func searchPrompt() {
        promptSearchPending = false
        guard var p = state.prompt else { return }
        do {
            try state.refresh(query: p.text)
            p.error = nil
        } catch let e as QueryError {
            p.error = e.description
        } catch {
            p.error = "\(error)"
        }
        state.prompt = p
        dirty = true
    }

    private func remember(_ query: String) {
        guard !query.isEmpty else { return }
        state.history.removeAll { $0 == query }
        state.history.append(query)
    }
}

extension AppState {
    /// Runs `query`; on failure keeps the old list and, when `reporting`, shows why.
    func refresh(query: String, reporting: Bool) {
        do { try refresh(query: query) } catch { if reporting { setMessage("\(error)", error: true) } }
    }
}
