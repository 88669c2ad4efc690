extension CorpusLoader {
    /// What ``load(paths:options:cache:onCorpusID:onBatch:onLoaded:)`` tells `onCorpusID`
    /// when every document is going to come from the unchanged corpus snapshot: its id
    /// (``SnapshotUse/corpusID``), the number of documents the batches will bring, and the
    /// ``IndexSnapshot`` stored for them, which the loader has been reading on a thread of its
    /// own since the load began.
    public struct StoredCorpus: @unchecked Sendable {
        /// The corpus snapshot's id, under which its ``IndexSnapshot`` is stored.
        public let id: UInt64
        /// Documents the batches will bring, in total.
        public let documents: Int
        let prefetch: IndexSnapshot.Prefetch
        /// When the load began (`DispatchTime` uptime nanoseconds).
        let loadStarted: UInt64

        /// The stored index of exactly these documents, in the order the batches bring
        /// them, or `nil` when there is none that fits (then index them and store the result
        /// with ``IndexSnapshot/write(_:paths:cache:corpusID:)``). Waits for the read to
        /// finish; the index is handed out once (a second call gives `nil`).
        public func index() -> SearchIndex? {
            prefetch.take(documents: documents)
        }

        /// When the index snapshot's read started and ended, in seconds since the load
        /// began; waits for the read to finish.
        public var indexReadInterval: (start: Double, end: Double) {
            prefetch.interval(since: loadStarted)
        }
    }
}
