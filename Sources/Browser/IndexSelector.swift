import Corpus
import Dispatch
import Foundation

/// The browser's selector backed by ``SearchIndex``: bigram index, pinyin,
/// Traditional/Simplified folding, field filters (`province:吉林`, `year:2020..2022` …)
/// and incremental refinement while the user types.
///
/// Invariant: the index numbers documents in store order, because the store
/// only ever appends and calls ``didAppend(_:at:)`` for each batch in order.
///
/// A stored index (``offer(_:)``) may cover more documents than the store holds yet, while
/// the rest are still arriving; results are cut to the documents in the store.
public final class IndexSelector: DocumentSelector {
    /// The index over every document appended so far (or more, see ``offer(_:)``).
    public private(set) var index = SearchIndex()
    /// What the loading thread hands over (see ``Handoff``).
    public let handoff = Handoff()

    public init() {}

    /// Hands a stored index from the loading thread to the selector, or asks for the one the
    /// selector builds to be stored. Thread-safe; the selector takes what it holds on the
    /// main thread, at the next append.
    public final class Handoff: @unchecked Sendable {
        private let lock = NSLock()
        private var offered: SearchIndex?
        private var store: (count: Int, write: @Sendable (SearchIndex.Image) -> Void, evenIfOffered: Bool)?
        /// The index as it stood when loading ended, kept for a ``storeWhenComplete(count:_:)``
        /// that comes after (the loading thread learns where to store it only once it has
        /// written the corpus snapshot), until ``noMoreStores()``.
        private var finished: (count: Int, image: SearchIndex.Image)?
        private var closed = false

        /// Offers an index of the documents that are going to be appended, in that order,
        /// built earlier (an ``IndexSnapshot``): used from the next append on instead of
        /// indexing those documents again. Call before the first batch is pushed.
        public func offer(_ stored: SearchIndex) {
            lock.lock(); defer { lock.unlock() }
            offered = stored
        }

        /// Asks for `write` to be called, on a background thread, with an image of the index
        /// once it holds `count` documents it indexed itself; when an offered index is used,
        /// only if `evenIfOffered` (the store is for another corpus snapshot than the offered
        /// index's: the loader's new one, whose documents are the offered index's and those
        /// appended to it).
        ///
        /// May come after loading ended: then the index as it stood then is written, if it
        /// holds `count` documents. Asked for after loading and before the selector took an
        /// offered index (a small corpus loads before the main loop first appends), a store
        /// `evenIfOffered` is kept.
        public func storeWhenComplete(count: Int, evenIfOffered: Bool = false,
                                      _ write: @escaping @Sendable (SearchIndex.Image) -> Void) {
            lock.lock(); defer { lock.unlock() }
            if let finished {
                self.finished = nil
                closed = true
                if finished.count == count { DispatchQueue.global(qos: .utility).async { write(finished.image) } }
                return
            }
            store = (count, write, evenIfOffered)
        }

        /// No ``storeWhenComplete(count:_:)`` is coming (any more): what was kept for one is let go.
        public func noMoreStores() {
            lock.lock(); defer { lock.unlock() }
            closed = true
            finished = nil
        }

        /// Called on the main thread when loading ended, with the index's size: writes it
        /// now for a store asked for meanwhile, else keeps `image` for one asked for later.
        func loadingEnded(count: Int, image: () -> SearchIndex.Image) {
            lock.lock(); defer { lock.unlock() }
            if let s = store {
                guard s.count == count else { return }
                store = nil
                let finished = image()
                DispatchQueue.global(qos: .utility).async { s.write(finished) }
                return
            }
            guard !closed else { return }
            finished = (count, image())
        }

        func takeOffered() -> SearchIndex? {
            lock.lock(); defer { lock.unlock() }
            defer { offered = nil }
            return offered
        }

        /// An offered index is used: a store not asked for `evenIfOffered` is dropped.
        func cancelStore() {
            lock.lock(); defer { lock.unlock() }
            if store?.evenIfOffered == false { store = nil }
        }

        /// The writer, once, when the index holds the count it waits for.
        func takeStore(at count: Int) -> (@Sendable (SearchIndex.Image) -> Void)? {
            lock.lock(); defer { lock.unlock() }
            guard let s = store, s.count == count else { return nil }
            store = nil
            return s.write
        }
    }

    public func didAppend(_ documents: ArraySlice<Document>, at range: Range<Int>) {
        if let offered = handoff.takeOffered(), offered.count >= index.count, index.count == range.lowerBound {
            index = offered
            handoff.cancelStore()
        }
        precondition(index.count >= range.lowerBound, "documents must be appended in store order")
        if index.count < range.upperBound {
            index.add(Array(documents.suffix(range.upperBound - index.count)))
        }
        if let write = handoff.takeStore(at: index.count) {
            let image = index.image
            DispatchQueue.global(qos: .utility).async { write(image) }
        }
    }

    /// Warms the index up (``SearchIndex/warmUp()``): the first keystroke after the load
    /// no longer pays for first-touched memory (12 ms → 1 ms at 100,000 documents).
    public func loadingEnded() {
        index.warmUp()
        handoff.loadingEnded(count: index.count) { index.image }
    }

    public func select(query: String, filters: ActiveFilters, in documents: [Document]) throws -> [Int] {
        let parsed = try Self.parse(query)
        // The list pane sorts the set itself, so ask for the set without ranking it.
        let found = index.matches(parsed, filters: Filters(filters))
        // Ascending numbers: an offered index may know documents the store does not hold yet.
        guard let last = found.last, last >= documents.count else { return found }
        return Array(found.prefix { $0 < documents.count })
    }

    /// Ranked by the search `xunshi search` runs (``SearchIndex/search(_:filters:refine:)``),
    /// which refines the previous keystroke's matches as ``select(query:filters:in:)`` does.
    public func ranked(query: String, filters: ActiveFilters, in documents: [Document]) throws -> [Int]? {
        let parsed = try Self.parse(query)
        let found = index.search(parsed, filters: Filters(filters))
        // An offered index may know documents the store does not hold yet.
        return found.lazy.map(\.document).filter { $0 < documents.count }
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
