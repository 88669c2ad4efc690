/// The last search an index ran, kept so the next keystroke can refine it.
struct LastSearch {
    var terms: [CompiledTerm]
    var fields: [Query.Field]
    var filters: Filters
    var count: Int
    /// Matching documents, ascending.
    var matched: [UInt32]
    /// Per required term (in query order), what it matched, for start hints.
    var positiveMatches: [TermMatches]
    /// Whether the terms' title flags are exact (a ranked search's), not only where the
    /// text does not match (see ``SearchIndex/matches(_:filters:refine:)``).
    var titlesExact: Bool
}

/// A query term folded for matching.
struct CompiledTerm: Equatable {
    /// Folded literal text.
    var units: [UInt16]
    var isPhrase: Bool
    var isExcluded: Bool
    /// The letters to match as pinyin, when the term is letters only (phrase spaces removed).
    var pinyin: [UInt16]?

    static func == (a: CompiledTerm, b: CompiledTerm) -> Bool {
        a.units == b.units && a.isPhrase == b.isPhrase && a.isExcluded == b.isExcluded
    }

    /// True when every document matching `self` also matches `weaker` (same kind, and
    /// `weaker`'s text is a prefix of this one's).
    func refines(_ weaker: CompiledTerm) -> Bool {
        guard isPhrase == weaker.isPhrase, !isExcluded, !weaker.isExcluded,
              units.count >= weaker.units.count, units.starts(with: weaker.units) else { return false }
        // Literal matches of a longer text are literal matches of its prefix; pinyin
        // matching is monotone in the same way (see ``PinyinMatcher``).
        return true
    }
}
