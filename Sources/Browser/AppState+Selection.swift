import Corpus

extension AppState {
    /// Re-runs the selector with ``query`` and ``filters`` and re-sorts, keeping the
    /// selected document selected when it is still shown.
    ///
    /// - Throws: ``QueryError`` from the selector; nothing changes then.
    func refresh(query newQuery: String? = nil) throws {
        let q = newQuery ?? query
        // Ranked by the selector, or selected and sorted here.
        let ranked = sort == .relevance ? try selector.ranked(query: q, filters: filters, in: documents) : nil
        let chosen = try ranked ?? selector.select(query: q, filters: filters, in: documents)
        let keep = selectedIndex
        query = q
        visible = ranked ?? sorted(chosen)
        hitCache = nil
        if let keep, let row = visible.firstIndex(of: keep) {
            selectedRow = row
        } else {
            selectedRow = min(selectedRow, max(0, visible.count - 1))
            if selectedIndex != keep { resetReader() }
        }
    }

    /// ``refresh(query:)`` for callers that already validated the query.
    func refresh() {
        do { try refresh(query: nil) } catch { setMessage((error as? QueryError)?.description ?? "\(error)", error: true) }
    }

    /// Selects list row `row` (clamped) and puts the reader at the top of that document.
    func select(row: Int) {
        keepsTop = false
        let clamped = max(0, min(row, visible.count - 1))
        if clamped != selectedRow { selectedRow = clamped; resetReader() }
    }

    func resetReader() {
        readerAnchor = .top
        hitCursor = nil
        readerMark = nil
    }

    /// Cycles the sort order and re-sorts the list.
    func cycleSort() {
        let all = SortOrder.allCases
        let previous = sort
        sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
        // Ranking asks the selector again (the list does not know the scores).
        if sort == .relevance || previous == .relevance { return refresh() }
        let keep = selectedIndex
        visible = sorted(visible)
        if let keep, let row = visible.firstIndex(of: keep) { selectedRow = row }
    }

    /// Two lists already in ``sort`` order merged into one.
    func merged(_ a: [Int], _ b: [Int]) -> [Int] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty else { return a }
        let before = comparator()
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if before(b[j], a[i]) { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }

    /// `indices` in the order of ``sort`` (newest first for ``SortOrder/relevance``, whose
    /// order the selector gives, see ``refresh(query:)``); ties keep store order.
    func sorted(_ indices: [Int]) -> [Int] { indices.sorted(by: comparator()) }

    /// The strict ordering of ``sort`` on store indices; ties are broken by store order.
    func comparator() -> (Int, Int) -> Bool {
        let docs = documents
        let keys = dateKeys
        func dateKey(_ i: Int) -> Int32 { keys[i] }
        switch sort {
        case .date, .relevance:
            return { a, b in
                let da = dateKey(a), db = dateKey(b)
                return da != db ? da > db : a < b
            }
        case .province:
            return { a, b in
                let pa = docs[a].places.province, pb = docs[b].places.province
                if pa != pb {
                    guard let pa else { return false }
                    guard let pb else { return true }
                    return pa < pb
                }
                let da = dateKey(a), db = dateKey(b)
                return da != db ? da > db : a < b
            }
        case .title:
            return { a, b in docs[a].title != docs[b].title ? docs[a].title < docs[b].title : a < b }
        }
    }
}
