import Dispatch
import Foundation

extension CorpusLoader {
    /// What a load through a snapshot did.
    public struct SnapshotUse: Sendable, Equatable {
        /// Files whose report entry and documents came from the snapshot.
        public var reused: Int
        /// Files read and parsed (new, changed, or no usable snapshot).
        public var parsed: Int
        /// Whether a new snapshot was written.
        public var written: Bool
        /// Why the snapshot was not used at all (`none yet`, `made by another build` …), or `nil`.
        public var rejected: String?
        /// When every document came from the snapshot and it was kept as it is: its checksum,
        /// which names its content (the documents, in the order returned). An
        /// ``IndexSnapshot`` is stored and found under it.
        public var corpusID: UInt64?
        /// The id of the snapshot written after the load, when it holds every document of
        /// the result (no file was cut by the document limit): an ``IndexSnapshot`` of the
        /// result's documents, in order, can be stored under it.
        public var writtenID: UInt64?
        /// Whether `onBatch` delivered the documents in the written snapshot's order (the
        /// result's order): true when every file read from the snapshot comes before every
        /// file parsed, as after a first load, or when files were only added after the rest.
        /// Then an index built batch by batch can be stored under ``writtenID`` too.
        public var deliveredInOrder: Bool

        public init(reused: Int, parsed: Int, written: Bool, rejected: String?, corpusID: UInt64? = nil,
                    writtenID: UInt64? = nil, deliveredInOrder: Bool = false) {
            self.reused = reused; self.parsed = parsed; self.written = written; self.rejected = rejected
            self.corpusID = corpusID; self.writtenID = writtenID; self.deliveredInOrder = deliveredInOrder
        }
    }

    /// ``load(paths:options:onBatch:)`` through a snapshot in `cache`: files unchanged
    /// since the snapshot (same ``FileStamp``, same program, same limits) give their
    /// stored report entry and documents without being read; the others are read and
    /// parsed as usual, on all cores. The result is the same as a load without the cache
    /// (same documents, ids and report, in the same order).
    ///
    /// After a load that parsed anything, or whose snapshot held files that are gone, a
    /// new snapshot is written — after `onLoaded` has been given the result, so a caller
    /// can show it meanwhile. A snapshot that cannot be read or written only costs time.
    ///
    /// - Parameters:
    ///   - onBatch: As for ``load(paths:options:onBatch:)``; stored files arrive first, in
    ///     batches of ``LoadOptions/batchSize`` files, then the parsed ones, in file order.
    ///   - onLoaded: Called with the result before the snapshot is written.
    ///   - onCorpusID: Called before the first batch when the batches are going to bring
    ///     every document of the snapshot first (none of its files changed or went away;
    ///     files added after them are parsed and follow), with its id (what will be
    ///     ``SnapshotUse/corpusID`` when nothing was added), the number of those documents
    ///     and their stored index (``StoredCorpus/index()``), so a caller need index only
    ///     the added documents. When it is given, the ``IndexSnapshot`` is read on a thread
    ///     of its own from the start of the load, meanwhile (and dropped when some file
    ///     turns out to have changed).
    public static func load(paths: [String], options: LoadOptions = .init(), cache: SnapshotCache,
                            onCorpusID: ((StoredCorpus) -> Void)? = nil,
                            onBatch: (@Sendable ([Document], LoadProgress) -> Void)? = nil,
                            onLoaded: (([Document], LoadReport) -> Void)? = nil)
        -> (documents: [Document], report: LoadReport, snapshot: SnapshotUse) {
        let started = DispatchTime.now()
        let program = FileStamp.program
        let snapshotPath = cache.file(for: paths)
        // The index belongs to the corpus snapshot found now; read it while the files are
        // stat'ed and the snapshot decoded. Handed over only if that very snapshot is used whole.
        var prefetch: IndexSnapshot.Prefetch?
        if onCorpusID != nil, let program, let id = CorpusSnapshot.id(at: snapshotPath) {
            prefetch = IndexSnapshot.Prefetch(path: IndexSnapshot.file(for: paths, in: cache), corpusID: id, program: program)
        }
        // Decode the snapshot while the files are found and stat'ed (on all cores; this thread
        // walks the directories meanwhile).
        let decoding = program.map { program in
            BackgroundResult { try CorpusSnapshot.read(snapshotPath, options: options, program: program) }
        }
        let (found, skipped) = InputFiles.enumerate(paths)
        let files = InputFile.inLoadOrder(found)
        var storedCount = -1
        var storedID: UInt64?
        var rejected: String?
        var keptCount = 0
        var outcomes: [([Document], LoadReport.Entry)?]
        /// Per file, the number of the stored part it was read from; per stored part, its
        /// documents' count.
        var partOf: [Int?] = [], partSizes: [Int] = []
        var storedTexts: [StoredText] = []
        switch decoding?.take() {
        case .success(let (parts, id)):
            storedCount = parts.count
            storedID = id
            partSizes = parts.map { $0.documents.count }  // not `map(\.documents.count)`: 64 ms through the key path
            // The stored index's texts are its documents' (``SearchIndex/attach(_:)``).
            if onCorpusID != nil {
                storedTexts.reserveCapacity(partSizes.reduce(0, +))
                for part in parts.indices {
                    for k in parts[part].documents.indices {
                        if let text = parts[part].documents[k].stored { storedTexts.append(text) }
                    }
                }
            }
            // Each file's stamp comes from the stat that found it (not a second one).
            (outcomes, keptCount, partOf) = reuse(parts, for: files)
        case .failure(let error):
            rejected = (error as? SnapshotError)?.description ?? "\(error)"
            outcomes = Array(repeating: nil, count: files.count)
        case nil:
            rejected = "the program's own file cannot be found"
            outcomes = Array(repeating: nil, count: files.count)
        }

        let unchanged = files.count == keptCount && storedCount == keptCount
        let missing = files.indices.filter { outcomes[$0] == nil }
        // Stored files are delivered first: that is file order when the parsed ones are the
        // last files (`missing` ascends).
        let inOrder = missing.first.map { $0 + missing.count == files.count } ?? true
        // Every stored file is still there, unchanged, and any new one comes after them.
        let extended = !unchanged && storedCount == keptCount && keptCount > 0 && inOrder
        // Some stored files changed or went away, or files were added between them: the
        // stored index can still serve, renumbered, once the few files to parse are parsed.
        let revisable = !unchanged && !extended && keptCount > 0 && missing.count <= keptCount
            && onCorpusID != nil && program != nil && storedID != nil
        /// The read of the index stored under `storedID`: the one started at once, unless another
        /// process replaced the snapshot meanwhile (then the snapshot read is not the one found
        /// at the start).
        func storedIndex(_ storedID: UInt64, program: FileStamp) -> IndexSnapshot.Prefetch {
            prefetch?.corpusID == storedID ? prefetch!
                : IndexSnapshot.Prefetch(path: IndexSnapshot.file(for: paths, in: cache), corpusID: storedID, program: program)
        }
        if unchanged || extended, let storedID, let onCorpusID, let program {
            let index = storedIndex(storedID, program: program)
            onCorpusID(StoredCorpus(id: storedID, documents: outcomes.reduce(0) { $0 + ($1?.0.count ?? 0) }, complete: unchanged,
                                    prefetch: index, texts: storedTexts, loadStarted: started.uptimeNanoseconds))
            index.cancel()
        }
        let progress = ProgressCounter(filesTotal: files.count, started: started)
        let batch = max(1, options.batchSize)
        /// Parses the missing files on all cores, handing their documents on in batches in
        /// file order when `deliver` (so that an index built from them numbers the documents
        /// as the snapshot written afterwards does); else only the progress, with no documents.
        func parseMissing(deliver: Bool) {
            let parsedSlots = ParsedSlots(count: missing.count)
            let batches = (missing.count + batch - 1) / batch
            let delivery = OrderedDelivery { documents, files in
                let p = progress.add(files: files, documents: deliver ? documents.count : 0)
                onBatch?(deliver ? documents : [], p)
            }
            DispatchQueue.concurrentPerform(iterations: batches) { b in
                let range = b * batch..<min(missing.count, (b + 1) * batch)
                var documents: [Document] = []
                for k in range {
                    let outcome = process(files[missing[k]], options: options)
                    parsedSlots.set(k, outcome)
                    documents += outcome.0
                }
                delivery.deliver(b, documents, files: range.count)
            }
            for (k, i) in missing.enumerated() { outcomes[i] = parsedSlots.value(k) }
        }
        /// Hands on the documents of `indices` (files whose outcome is known) in batches of
        /// files; the progress counts the files not `parsed` already (whose progress was told).
        func deliver(_ indices: [Int], parsed: Bool = false) {
            var rest = indices[...]
            while !rest.isEmpty {
                let chunk = rest.prefix(batch)
                rest = rest.dropFirst(batch)
                let documents = chunk.flatMap { outcomes[$0]!.0 }
                let files = parsed ? chunk.count { partOf[$0] != nil } : chunk.count
                let p = progress.add(files: files, documents: documents.count)
                onBatch?(documents, p)
            }
        }

        var parsedFirst = false
        if revisable, let storedID, let onCorpusID, let program {
            // Parse first (telling the progress meanwhile), then hand every document on in
            // file order, the stored index renumbered to fit (see ``StoredCorpus/Revision``).
            parseMissing(deliver: false)
            let all = outcomes.map { $0!.0.count }
            let total = all.reduce(0, +)
            if total <= options.maxDocuments {
                let index = storedIndex(storedID, program: program)
                let revision = StoredCorpus.Revision(partOf: partOf, partSizes: partSizes, fileSizes: all,
                                                     added: missing.flatMap { outcomes[$0]!.0 })
                onCorpusID(StoredCorpus(id: storedID, documents: total, complete: false, prefetch: index, texts: storedTexts,
                                        loadStarted: started.uptimeNanoseconds, revision: revision))
                index.cancel()
            }
            parsedFirst = true
        }
        // Not used (some file changed, or the snapshot was replaced meanwhile), or taken.
        prefetch?.cancel()
        prefetch = nil
        storedTexts = []  // handed on, or unused: documents of changed files must not stay for it

        if parsedFirst {
            deliver(Array(files.indices), parsed: true)
        } else {
            deliver(files.indices.filter { outcomes[$0] != nil })
            parseMissing(deliver: true)
        }

        let all = outcomes.map { $0! }
        outcomes = []
        let result = assemble(all, skipped: skipped, limit: options.maxDocuments)
        onLoaded?(result.documents, result.report)
        var writtenID: UInt64?
        if let program, !missing.isEmpty || storedCount != keptCount, cache.ensureDirectory() {
            var parts: [CorpusSnapshot.Part] = []
            for (i, file) in files.enumerated() {
                parts.append(.init(rawPath: file.key, stamp: file.stamp, documents: all[i].0, entry: all[i].1))
            }
            writtenID = CorpusSnapshot.write(parts, options: options, to: snapshotPath, program: program)
            // An index stored beside the old snapshot can no longer be used: don't keep its bytes.
            if writtenID != nil { try? FileManager.default.removeItem(atPath: IndexSnapshot.file(for: paths, in: cache)) }
        }
        // The snapshot holds every file's documents; the result lacks those cut by the limit.
        let whole = result.documents.count == all.reduce(0) { $0 + $1.0.count }
        return (result.documents, result.report, SnapshotUse(reused: files.count - missing.count, parsed: missing.count,
                                                             written: writtenID != nil, rejected: rejected,
                                                             corpusID: unchanged ? storedID : nil,
                                                             writtenID: whole ? writtenID : nil, deliveredInOrder: inOrder || parsedFirst))
    }
}

extension CorpusLoader {
    /// Per file of `files`, the stored documents and report entry of the part of `parts`
    /// with the same key (``InputFile/key``, stored as the part's raw path) and stamp (else
    /// `nil`), how many were found, and the number of the part each came from (ascending).
    /// Both lists are in key order (files as ``InputFile/inLoadOrder(_:)`` sorts them, parts
    /// as the files of the load that stored them), so they are matched by walking them
    /// together: no path is hashed (at 100,000 files, hashing every path took about twice
    /// as long, 127 ms against 66), and parts out of order could only go unfound (their
    /// files parsed again), never be matched wrongly. Documents stored under another
    /// spelling of the argument (`corpus` then `/abs/corpus`) get the path shown now.
    fileprivate static func reuse(_ parts: [CorpusSnapshot.Part], for files: [InputFile])
        -> (outcomes: [([Document], LoadReport.Entry)?], kept: Int, partOf: [Int?]) {
        var outcomes: [([Document], LoadReport.Entry)?] = Array(repeating: nil, count: files.count)
        var partOf: [Int?] = Array(repeating: nil, count: files.count)
        var kept = 0, j = 0
        // By index rather than `zip` or `for (i, file) in`, which copied every part and file
        // (a retain and a release per field).
        for i in files.indices {
            while j < parts.count && keyPrecedes(parts[j].rawPath, files[i].key) { j += 1 }
            guard j < parts.count, parts[j].rawPath == files[i].key else { continue }
            if parts[j].stamp == files[i].stamp {
                outcomes[i] = respelled(parts[j].documents, parts[j].entry, as: files[i].path)
                partOf[i] = j
                kept += 1
            }
            j += 1
        }
        return (outcomes, kept, partOf)
    }

    /// Whether `a` sorts before `b` byte by byte (a prefix first), as `lexicographicallyPrecedes` does.
    fileprivate static func keyPrecedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let common = min(a.count, b.count)
        let order = a.withUnsafeBytes { a in b.withUnsafeBytes { b in common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common) } }
        return order != 0 ? order < 0 : a.count < b.count
    }

    /// A stored file's documents and entry with the path shown for it now (unchanged when
    /// the argument was spelled as when they were stored).
    private static func respelled(_ documents: [Document], _ entry: LoadReport.Entry,
                                  as path: String) -> ([Document], LoadReport.Entry) {
        guard entry.path != path else { return (documents, entry) }
        var entry = entry
        entry.path = path
        return (documents.map { var d = $0; d.path = path; return d }, entry)
    }
}

/// Files and documents done so far, for ``LoadProgress`` from several threads.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var files = 0, documents = 0
    let filesTotal: Int
    let started: DispatchTime

    init(filesTotal: Int, started: DispatchTime) { self.filesTotal = filesTotal; self.started = started }

    func add(files f: Int, documents d: Int) -> LoadProgress {
        lock.lock()
        defer { lock.unlock() }
        files += f
        documents += d
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return LoadProgress(filesDone: files, filesTotal: filesTotal, documents: documents, seconds: seconds)
    }
}

/// Hands batches finished by concurrent workers on in batch order: a batch that finishes
/// early waits (held here, not blocking its worker) until those before it are handed on.
final class OrderedDelivery: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: (documents: [Document], files: Int)] = [:]
    private var next = 0
    private let handOn: ([Document], Int) -> Void

    /// `handOn` is called with each batch's documents and file count, in batch order, one call at a time.
    init(_ handOn: @escaping ([Document], Int) -> Void) { self.handOn = handOn }

    /// Batch `b` (numbered from 0) is done.
    func deliver(_ b: Int, _ documents: [Document], files: Int) {
        lock.lock(); defer { lock.unlock() }
        waiting[b] = (documents, files)
        while let batch = waiting.removeValue(forKey: next) {
            handOn(batch.documents, batch.files)
            next += 1
        }
    }
}

/// One slot per parsed file, written by the workers (each slot by one worker).
private final class ParsedSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [([Document], LoadReport.Entry)?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ value: ([Document], LoadReport.Entry)) {
        lock.lock()
        slots[k] = value
        lock.unlock()
    }

    func value(_ k: Int) -> ([Document], LoadReport.Entry) {
        lock.lock()
        defer { lock.unlock() }
        return slots[k]!
    }
}
