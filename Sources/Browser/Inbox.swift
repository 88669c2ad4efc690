import Corpus
import Foundation

/// Hands loaded documents from the loading thread to the main loop.
///
/// The loader calls ``push(_:status:)`` from any thread; the main loop calls
/// ``drain(limit:)`` between key presses. Protected by a lock; never blocks for long.
public final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [Document] = []
    /// Documents before this index were already drained. They are dropped once they are half
    /// of ``documents``, so draining a long queue costs O(1) per document: removing them at
    /// every drain shifted the whole queue each time (seconds of copying when a corpus
    /// snapshot delivers 100,000 documents at once).
    private var head = 0
    /// The latest progress (kept after draining so ``finish(report:seconds:)`` knows the totals).
    private var status: LoadStatus?
    /// True when ``status`` changed since the last drain.
    private var statusIsNew = false
    private var report: LoadReport?

    public init() {}

    /// Queues a batch of documents and the progress so far.
    public func push(_ batch: [Document], status: LoadStatus) {
        lock.lock(); defer { lock.unlock() }
        documents.append(contentsOf: batch)
        if let old = self.status, old.filesDone > status.filesDone { return }
        self.status = status
        statusIsNew = true
    }

    /// Marks loading as finished with its report.
    public func finish(report: LoadReport, seconds: Double) {
        lock.lock(); defer { lock.unlock() }
        self.report = report
        let files = report.entries.count
        var s = status ?? LoadStatus(filesDone: files, filesTotal: files, documents: 0, seconds: seconds)
        s.filesDone = s.filesTotal
        s.seconds = seconds
        s.finished = true
        status = s
        statusIsNew = true
    }

    /// Up to `limit` of the documents queued so far (oldest first), the progress if it changed,
    /// and the report once loading finished. The report is only handed out with the last
    /// documents, so "finished" never overtakes documents still queued.
    ///
    /// - Returns: also `more`, true when documents remain queued after this call.
    public func drain(limit: Int = .max) -> (documents: [Document], status: LoadStatus?, report: LoadReport?, more: Bool) {
        lock.lock(); defer { lock.unlock() }
        let taken: [Document]
        if documents.count - head <= limit {
            taken = head == 0 ? documents : Array(documents[head...])
            documents = []
            head = 0
        } else {
            taken = Array(documents[head..<head + limit])
            head += limit
            if head >= documents.count / 2 {
                documents.removeFirst(head)
                head = 0
            }
        }
        let more = head < documents.count
        var out = (taken, statusIsNew ? status : nil, more ? nil : report, more)
        if more, let s = out.1, s.finished { out.1 = nil }  // keep "finished" until the queue is empty
        if out.1 != nil { statusIsNew = false }
        if !more { report = nil }
        return out
    }
}
