import Corpus

/// Where search plugs into the browser: given the query and facet filters,
/// which documents are shown and where their hits are.
///
/// ``IndexSelector`` is the implementation; tests may supply others without
/// touching the panes.
public protocol DocumentSelector: AnyObject {
    /// Tells the selector that `documents` were appended to the store at `range`.
    func didAppend(_ documents: ArraySlice<Document>, at range: Range<Int>)
    /// The documents matching `query` (empty = all) and `filters`, as store indices in any order.
    ///
    /// - Throws: `Corpus.QueryError` when the query cannot be understood; the list keeps its last good state.
    func select(query: String, filters: ActiveFilters, in documents: [Document]) throws -> [Int]
    /// The same documents as ``select(query:filters:in:)``, ranked best first; `nil` when
    /// the selector cannot rank (the list then shows them newest first).
    ///
    /// - Throws: `Corpus.QueryError` as ``select(query:filters:in:)`` does.
    func ranked(query: String, filters: ActiveFilters, in documents: [Document]) throws -> [Int]?
    /// Where `query` occurs in the document at store index `index`.
    func hits(query: String, index: Int, in documents: [Document]) -> DocumentHits
    /// Called once when loading has ended, before the loop waits for keys: a chance to do
    /// once what the first keystroke would otherwise pay for.
    func loadingEnded()
}

extension DocumentSelector {
    public func loadingEnded() {}
    public func ranked(query: String, filters: ActiveFilters, in documents: [Document]) throws -> [Int]? { nil }
}

/// Hit ranges in one document, as Unicode-scalar offsets `[start, end)`.
public struct DocumentHits: Sendable, Hashable {
    /// Ranges into `Document.title`.
    public var title: [Range<Int>]
    /// Ranges into `Document.text`, sorted by start.
    public var text: [Range<Int>]
    public init(title: [Range<Int>] = [], text: [Range<Int>] = []) { self.title = title; self.text = text }
    public static let none = DocumentHits()
}
