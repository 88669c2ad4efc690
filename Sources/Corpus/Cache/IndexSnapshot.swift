/// The search index of a corpus snapshot, kept next to it, so a load that took every
/// document from the snapshot can take the index too instead of building it (at
/// 100,000 documents: about 14 s of one core to build, under a second to read).
///
/// The file `corpus-<hash>.index` (beside ``SnapshotCache/file(for:)``) holds: magic,
/// ``formatVersion``, the program's ``FileStamp``, the ``CorpusLoader/SnapshotUse/corpusID``
/// of the corpus snapshot whose documents were indexed, in that order, then the index
/// (``SearchIndex/write(to:)``), an end mark and the checksum. It is used only with that
/// very corpus snapshot, by the same build of xunshi, for the same number of documents;
/// anything else, a damaged file included, means building the index as usual.
public enum IndexSnapshot {
    static let magic = Array("xunshi index snapshot\n".utf8)
    static let end = Array("\nend of index\n".utf8)
    /// Bump when the layout or the meaning of any stored field changes.
    static let formatVersion: UInt64 = 5

    /// The index file for a load of `paths` through `cache`.
    static func file(for paths: [String], in cache: SnapshotCache) -> String {
        let corpus = cache.file(for: paths)
        return String(corpus.dropLast(".snapshot".count)) + ".index"
    }

    /// The stored index of `documents`, those of corpus snapshot `corpusID` in its order,
    /// given their folded texts, or `nil` when there is none that fits.
    public static func read(paths: [String], cache: SnapshotCache, corpusID: UInt64, documents: [Document]) -> SearchIndex? {
        guard let program = FileStamp.program,
              let index = try? read(path: file(for: paths, in: cache), program: program, corpusID: corpusID,
                                    documents: documents.count),
              index.attach(documents.map(\.foldedText)) else { return nil }
        return index
    }

    /// The index stored at `path` by `program` for corpus snapshot `corpusID`, holding
    /// `documents` documents when that is given, without its texts (see
    /// ``SearchIndex/attach(_:)``); throws ``SnapshotError`` when there is none that fits, or
    /// when `isCancelled` says so before a read from the file.
    static func read(path: String, program: FileStamp, corpusID: UInt64, documents: Int?,
                     isCancelled: (@Sendable () -> Bool)? = nil) throws -> SearchIndex {
        try SnapshotFile.read(path) { r in
            r.isCancelled = isCancelled
            for b in magic where try r.byte() != b { throw SnapshotError.malformed("not an index snapshot") }
            guard try r.uint() == formatVersion, try FileStamp(reading: r) == program,
                  try r.fixed() == corpusID else { throw SnapshotError.stale }
            let index = try SearchIndex(reading: r, expected: documents)
            for b in end where try r.byte() != b { throw SnapshotError.malformed("no end mark") }
            try r.verifyChecksum()
            return index
        }
    }

    /// Stores `index`, which must hold exactly the documents of corpus snapshot
    /// `corpusID`, in their order; false when it could not.
    ///
    @discardableResult
    public static func write(_ index: SearchIndex, paths: [String], cache: SnapshotCache, corpusID: UInt64) -> Bool {
        write(index.image, paths: paths, cache: cache, corpusID: corpusID)
    }

    /// ``write(_:paths:cache:corpusID:)`` from an ``SearchIndex/Image``, on any thread.
    @discardableResult
    public static func write(_ image: SearchIndex.Image, paths: [String], cache: SnapshotCache, corpusID: UInt64) -> Bool {
        guard let program = FileStamp.program, cache.ensureDirectory() else { return false }
        return SnapshotFile.write(to: file(for: paths, in: cache)) { w in
            for b in magic { w.byte(b) }
            w.uint(formatVersion)
            program.write(to: w)
            w.fixed(corpusID)
            image.write(to: w)
            for b in end { w.byte(b) }
        }
    }
}
