extension CorpusLoader {
    /// What ``load(paths:options:cache:onCorpusID:onBatch:onLoaded:)`` tells `onCorpusID`
    /// when the batches are going to bring every document of the corpus snapshot first, in
    /// its order (no stored file changed or went away): its id, the number of those
    /// documents, whether they are all (``complete``; else files added after the rest
    /// follow, parsed), and the ``IndexSnapshot`` stored for them, which the loader has been
    /// reading on a thread of its own since the load began.
    public struct StoredCorpus: @unchecked Sendable {
        /// The corpus snapshot's id, under which its ``IndexSnapshot`` is stored.
        public let id: UInt64
        /// Documents the batches will bring from the snapshot, first.
        public let documents: Int
        /// Whether the snapshot's documents are all the batches bring (then its id is
        /// ``SnapshotUse/corpusID``); else parsed files follow them and a new snapshot is
        /// written after the load (``SnapshotUse/writtenID``).
        public let complete: Bool
        let prefetch: IndexSnapshot.Prefetch
        /// When the load began (`DispatchTime` uptime nanoseconds).
        let loadStarted: UInt64

        /// The stored index of exactly these documents, in the order the batches bring
        /// them (documents that follow can be added to it), or `nil` when there is none that fits (then index them and store the result
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
