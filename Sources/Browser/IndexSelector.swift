import Corpus

/// The browser's selector backed by ``SearchIndex``: bigram index, pinyin,
/// Traditional/Simplified folding, field filters (`province:吉林`, `year:2020..2022` …)
/// and incremental refinement while the user types.
///
/// Invariant: the index numbers documents in store order, because the store
/// only ever appends and calls ``didAppend(_:at:)`` for each batch in order.
public final class IndexSelector: DocumentSelector {
    /// The index over every document appended so far.
    public let index = SearchIndex()

    public init() {}

    public func didAppend(_ documents: ArraySlice<Document>, at range: Range<Int>) {
        precondition(range.lowerBound == index.count, "documents must be appended in store order")
        index.add(Array(documents))
    }

    public func select(query: String, filters: ActiveFilters, in documents: [Document]) throws -> [Int] {
        let parsed = try Self.parse(query)
        // The list pane sorts the set itself, so ask for the set without ranking it.
        return index.matches(parsed, filters: Filters(filters))
    }

    public func hits(query: String, index position: Int, in documents: [Document]) -> DocumentHits {
        guard documents.indices.contains(position), let parsed = try? Self.parse(query), !parsed.terms.isEmpty else {
            return .none
        }
        let found = index.highlights(parsed, in: documents[position])
        return DocumentHits(title: found.titleHits, text: found.textHits)
    }

    /// The parsed query; a `QueryError` carries the parser's one-line message for the prompt.
    /// Parsed as a query being typed: a trailing `ye` on its way to `year:` is not a term.
    static func parse(_ query: String) throws -> Query {
        try Query.parse(query, typing: true)
    }
}

extension Filters {
    /// The search layer's filters for the facet values switched on in the browser.
    init(_ active: ActiveFilters) {
        self.init(provinces: active.provinces, years: active.years, kinds: active.kinds, levels: active.levels)
    }
}
