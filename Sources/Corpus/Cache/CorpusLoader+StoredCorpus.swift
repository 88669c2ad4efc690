extension CorpusLoader {
    /// What ``load(paths:options:cache:onCorpusID:onBatch:onLoaded:)`` tells `onCorpusID`
    /// before the first batch when the ``IndexSnapshot`` stored beside the corpus snapshot
    /// can serve, which the loader has been reading on a thread of its own since the load
    /// began:
    ///
    /// - the batches bring every document of the corpus snapshot first, in its order (no
    ///   stored file changed or went away): ``documents`` is their number and ``complete``
    ///   says whether they are all (else files added after the rest follow, parsed);
    /// - or some stored files changed or went away, or files were added between them, and
    ///   they are few (no more to parse than to read from the snapshot): the loader parsed
    ///   them first and the batches bring every document in file order; the stored index is
    ///   handed out with the parsed documents added and every document renumbered to that
    ///   order (``isRevised``), which costs one pass over its postings instead of indexing
    ///   every text again (see ``Revision``).
    public struct StoredCorpus: @unchecked Sendable {
        /// The corpus snapshot's id, under which its ``IndexSnapshot`` is stored.
        public let id: UInt64
        /// Documents of the index handed out: those the batches will bring first.
        public let documents: Int
        /// Whether the snapshot's documents are all the batches bring, unchanged (then its
        /// id is ``SnapshotUse/corpusID``); else a new snapshot is written after the load
        /// (``SnapshotUse/writtenID``), and the index, once it holds every document, belongs
        /// to that one.
        public let complete: Bool
        let prefetch: IndexSnapshot.Prefetch
        /// The folded texts of the snapshot's documents, in its order (the index's texts).
        let texts: [StoredText]
        /// When the load began (`DispatchTime` uptime nanoseconds).
        let loadStarted: UInt64
        /// How to make the stored index fit, when files changed, went away or came between others.
        let revision: Revision?

        init(id: UInt64, documents: Int, complete: Bool, prefetch: IndexSnapshot.Prefetch, texts: [StoredText],
             loadStarted: UInt64, revision: Revision? = nil) {
            self.id = id; self.documents = documents; self.complete = complete; self.prefetch = prefetch
            self.texts = texts; self.loadStarted = loadStarted; self.revision = revision
        }

        /// Whether the index handed out is the stored one renumbered to hold every document
        /// the batches bring, in their order: nothing is left to add, and it is worth storing
        /// under the new snapshot's id (``SnapshotUse/writtenID``).
        public var isRevised: Bool { revision != nil }

        /// The stored index of exactly these documents, in the order the batches bring
        /// them (documents that follow can be added to it), or `nil` when there is none that
        /// fits (then index them and store the result with
        /// ``IndexSnapshot/write(_:paths:cache:corpusID:)``). Waits for the read to finish
        /// (and, when ``isRevised``, for the renumbering); the index is handed out once (a
        /// second call gives `nil`).
        public func index() -> SearchIndex? {
            guard let revision else {
                guard let index = prefetch.take(documents: documents), index.attach(texts) else { return nil }
                return index
            }
            guard let index = prefetch.take(documents: revision.storedDocuments), index.attach(texts) else { return nil }
            index.add(revision.added)
            index.renumber(keeping: revision.order())
            return index
        }

        /// When the index snapshot's read started and ended, in seconds since the load
        /// began; waits for the read to finish.
        public var indexReadInterval: (start: Double, end: Double) {
            prefetch.interval(since: loadStarted)
        }
    }
}

extension CorpusLoader.StoredCorpus {
    /// How a stored index is made to fit a corpus whose files changed, went away or came
    /// between the stored ones: the documents of the parsed files (``added``) are added
    /// after the stored ones, then every document is renumbered to the files' order, and
    /// those of stored files that are gone or changed are dropped.
    struct Revision {
        /// Per file in load order, the number of the stored part (file) it was read from,
        /// or `nil` when it was parsed.
        let partOf: [Int?]
        /// Per stored part, its number of documents (numbered consecutively in the index).
        let partSizes: [Int]
        /// Per file in load order, its number of documents.
        let fileSizes: [Int]
        /// The parsed files' documents, in load order.
        let added: [Document]

        /// Documents in the stored index.
        var storedDocuments: Int { partSizes.reduce(0, +) }

        /// Per document of the corpus in load order, its number in the stored index after
        /// ``added`` were added to it.
        func order() -> [UInt32] {
            var firstOfPart: [Int] = []
            firstOfPart.reserveCapacity(partSizes.count)
            var next = 0
            for size in partSizes {
                firstOfPart.append(next)
                next += size
            }
            var order: [UInt32] = []
            order.reserveCapacity(fileSizes.reduce(0, +))
            for (part, size) in zip(partOf, fileSizes) {
                let first: Int
                if let part {
                    precondition(partSizes[part] == size, "a stored file brings its stored documents")
                    first = firstOfPart[part]
                } else {
                    first = next
                    next += size
                }
                order.append(contentsOf: (first..<first + size).lazy.map { UInt32($0) })
            }
            return order
        }
    }
}
