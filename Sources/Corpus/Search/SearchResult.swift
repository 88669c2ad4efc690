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
