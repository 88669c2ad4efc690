/// One ranked match of a search.
///
/// Results come ordered: documents matching more terms in the title first, then by
/// ``score`` (BM25 over the text plus a title bonus), then newest date first, then add
/// order. Hit ranges and the snippet are not computed here (that would cost a scan of
/// every matching document per keystroke): ask ``SearchIndex/highlights(_:in:)`` for
/// the rows on screen.
public struct SearchResult: Sendable, Hashable {
    /// The document's number: its position in ``SearchIndex/add(_:)`` order.
    public let document: Int
    /// BM25-style relevance (0 for an empty query); higher is better.
    public let score: Double
    /// How many of the query's required terms occur in the title.
    public let titleMatches: Int
}

/// Where a query's terms occur in one document, for highlighting.
///
/// All ranges are half-open Unicode-scalar offsets: ``titleHits`` into
/// ``Document/title``, ``textHits`` into ``Document/text``, ``snippetHits`` into
/// ``snippet``. Ranges are sorted and do not overlap.
public struct Highlights: Sendable, Hashable {
    public let titleHits: [Range<Int>]
    public let textHits: [Range<Int>]
    /// About 30 characters either side of the first text hit (the text's start when there
    /// is none), newlines shown as spaces, `…` where cut.
    public let snippet: String
    public let snippetHits: [Range<Int>]
}

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
