extension SearchIndex {
    /// Forgets the kept searches: the next search neither refines nor recalls one (the
    /// benchmark times each repetition of a query as typed for the first time).
    public func forgetRecentSearches() {
        recent.removeAll()
    }

    /// Searches kept at most (``recent``): enough to delete a pinyin word letter by letter.
    static let recentSearches = 16
    /// Bytes the kept searches' results may hold together (their matches and per-term
    /// arrays); the oldest go first. At 100,000 documents a one-term search that matches
    /// them all holds about 1.8 MB.
    static let recentBytes = 24 << 20

    /// The kept search of exactly these terms, fields and filters over the same documents,
    /// made the most recent; `nil` when there is none. A search that needs exact title flags
    /// (`titles`) only takes one made with them.
    ///
    /// Deleting the last letter of a query, or typing again a query typed a moment ago,
    /// then costs nothing: a fresh search of the shorter query cannot refine the longer
    /// one's matches, and took as long as its first keystroke did.
    func recalled(_ terms: [CompiledTerm], fields: [Query.Field], filters: Filters, titles: Bool) -> LastSearch? {
        guard let i = recent.lastIndex(where: { s in
            s.isOver(count, fields, filters) && s.terms == terms && (s.titlesExact || !titles)
        }) else { return nil }
        let found = recent.remove(at: i)
        recent.append(found)
        return found
    }

    /// The most recent kept search over the same documents, fields and filters whose
    /// matches hold every match of `terms`: one of its terms got longer, or a term was
    /// added, and the excluded terms are the same.
    func refined(by terms: [CompiledTerm], fields: [Query.Field], filters: Filters) -> LastSearch? {
        let positive = terms.filter { !$0.isExcluded }
        let excluded = terms.filter(\.isExcluded)
        return recent.last { s in
            s.isOver(count, fields, filters)
                && Self.isRefinement(positive, of: s.terms.filter { !$0.isExcluded })
                && s.terms.filter(\.isExcluded) == excluded
        }
    }

    /// Keeps `search` as the most recent, in place of a kept one of the same query, and
    /// lets the oldest go past ``recentSearches`` or ``recentBytes``.
    func remember(_ search: LastSearch) {
        recent.removeAll { s in
            s.terms == search.terms && s.fields == search.fields && s.filters == search.filters
        }
        recent.append(search)
        var bytes = recent.reduce(0) { $0 + $1.byteCount }
        while recent.count > Self.recentSearches || (recent.count > 1 && bytes > Self.recentBytes) {
            bytes -= recent.removeFirst().byteCount
        }
    }

    static func isRefinement(_ new: [CompiledTerm], of old: [CompiledTerm]) -> Bool {
        guard new.count >= old.count, new.count <= old.count + 1 else { return false }
        return zip(new, old).allSatisfy { $0.refines($1) }
    }
}

extension LastSearch {
    /// Whether it was a search over `count` documents with these fields and filters.
    func isOver(_ count: Int, _ fields: [Query.Field], _ filters: Filters) -> Bool {
        self.count == count && self.filters == filters && self.fields == fields
    }

    /// Bytes its arrays hold: their capacities, as the scans' buffers are sized for every
    /// candidate and closed up to the matches.
    var byteCount: Int {
        matched.capacity * 4 + positiveMatches.reduce(0) { sum, m in
            sum + m.docs.capacity * 4 + m.frequency.capacity + m.inTitle.capacity + m.textStart.capacity * 4
                + m.pinyinStart.capacity * 4 + m.pinyinAfter.capacity * 4
        }
    }
}
