import Dispatch
import Foundation

/// Loads a corpus: finds input files, reads, decodes, parses, cleans and enriches them.
public enum CorpusLoader {
    /// Loads every supported file under `paths`.
    ///
    /// Directories are walked recursively (`.txt .md .markdown .html .htm .xml`;
    /// other files are reported as skipped with the reason, hidden names are
    /// ignored, symbolic-link loops are cut). Files are processed in parallel on
    /// all cores in batches of ``LoadOptions/batchSize``; the result is in a
    /// deterministic order: files sorted by path (byte order), feed items in
    /// feed order. Files above ``LoadOptions/maxFileBytes`` are skipped unread.
    /// The corpus is only read, never written.
    ///
    /// Ids are unique: when two inputs give the same id (two roots holding the same
    /// relative path), the later ones get `~2`, `~3` … appended.
    ///
    /// - Parameters:
    ///   - paths: Files and directories, as given on the command line.
    ///   - options: Size and count limits.
    ///   - onBatch: Called with each finished batch of documents and the progress so far.
    ///     It runs on a worker thread, possibly concurrently with itself, and batches
    ///     arrive in completion order, not path order. When the document limit is
    ///     reached, the final result may drop documents a batch already delivered.
    /// - Returns: The documents, and a report with one entry per input file.
    public static func load(paths: [String], options: LoadOptions = .init(),
                            onBatch: (@Sendable ([Document], LoadProgress) -> Void)? = nil)
        -> (documents: [Document], report: LoadReport) {
        let started = DispatchTime.now()
        let (found, skipped) = InputFiles.enumerate(paths)
        let files = InputFile.inLoadOrder(found)
        let batch = max(1, options.batchSize)
        let batches = (files.count + batch - 1) / batch
        let results = BatchResults(count: batches)
        DispatchQueue.concurrentPerform(iterations: batches) { index in
            let range = index * batch..<min(files.count, (index + 1) * batch)
            var outcome: [([Document], LoadReport.Entry)] = []
            for file in files[range] { outcome.append(process(file, options: options)) }
            let progress = results.store(outcome, at: index, filesTotal: files.count, started: started)
            onBatch?(outcome.flatMap(\.0), progress)
        }
        return assemble(results.all, skipped: skipped, limit: options.maxDocuments)
    }

    /// Reads and parses one file.
    static func process(_ file: InputFile, options: LoadOptions) -> ([Document], LoadReport.Entry) {
        if file.size > options.maxFileBytes {
            let reason = FileReading.ReadFailure.tooLarge(file.size, options.maxFileBytes).description
            return ([], LoadReport.Entry(path: file.path, status: .skipped, reason: reason))
        }
        switch FileReading.read(file.rawPath, limit: options.maxFileBytes) {
        case .success(let bytes): return parse(bytes: bytes, id: file.id, path: file.path)
        case .failure(let failure):
            return ([], LoadReport.Entry(path: file.path, status: .skipped, reason: failure.description))
        }
    }

    /// Joins per-file results in order, applies the document limit and makes ids unique.
    static func assemble(_ outcomes: [([Document], LoadReport.Entry)], skipped: [LoadReport.Entry], limit: Int)
        -> (documents: [Document], report: LoadReport) {
        let total = outcomes.reduce(0) { $0 + $1.0.count }
        var documents: [Document] = []
        documents.reserveCapacity(min(limit, total))
        var entries = skipped
        entries.reserveCapacity(skipped.count + outcomes.count)
        var seen = Set<String>(minimumCapacity: min(limit, total))
        for (fileDocuments, entry) in outcomes {
            var entry = entry
            if documents.count + fileDocuments.count > limit, !fileDocuments.isEmpty {
                entry.status = .skipped
                entry.reason = "document limit reached (\(limit))"
                entry.documents = []
                entries.append(entry)
                continue
            }
            let first = documents.count
            documents.append(contentsOf: fileDocuments)
            // An entry lists its documents' ids (as parsed or stored); it is rewritten only
            // when one of them has to change (at 100,000 documents, building every list again
            // and one look-up before each insertion took a tenth of a start from the cache).
            var renamed = entry.documents.count != fileDocuments.count
            for k in first..<documents.count where !seen.insert(documents[k].id).inserted {
                let original = documents[k].id
                var n = 2
                while !seen.insert("\(original)~\(n)").inserted { n += 1 }
                documents[k].id = "\(original)~\(n)"
                renamed = true
            }
            if renamed { entry.documents = documents[first...].map { $0.id } }
            entries.append(entry)
        }
        // By scalar values, which is the order of the UTF-8 bytes. Files come sorted by their
        // raw paths, so only skipped entries (first) usually break the order: sort only then.
        if entries.indices.dropFirst().contains(where: { utf8Precedes(entries[$0].path, entries[$0 - 1].path) }) {
            entries.sort { utf8Precedes($0.path, $1.path) }
        }
        return (documents, LoadReport(entries: entries))
    }
}

/// Per-batch results filled in by the workers of ``CorpusLoader/load(paths:options:onBatch:)``.
final class BatchResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[([Document], LoadReport.Entry)]]
    private var filesDone = 0
    private var documents = 0

    init(count: Int) { slots = Array(repeating: [], count: count) }

    /// Stores one batch and returns the progress including it.
    func store(_ outcome: [([Document], LoadReport.Entry)], at index: Int, filesTotal: Int,
               started: DispatchTime) -> LoadProgress {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = outcome
        filesDone += outcome.count
        documents += outcome.reduce(0) { $0 + $1.0.count }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return LoadProgress(filesDone: filesDone, filesTotal: filesTotal, documents: documents, seconds: seconds)
    }

    /// All results in batch order.
    var all: [([Document], LoadReport.Entry)] {
        lock.lock()
        defer { lock.unlock() }
        return slots.flatMap { $0 }
    }
}

extension CorpusLoader {
    /// Whether `a` comes before `b` in the order of their UTF-8 bytes (which is the order of
    /// their scalar values), compared in place.
    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.lexicographicallyPrecedes(y) }
        }
        if let fast, let result = fast { return result }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
