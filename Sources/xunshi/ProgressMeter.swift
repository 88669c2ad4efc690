import Corpus
import Dispatch
import Foundation

/// Prints load progress on one standard-error line, at most ten times a second.
final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private var lastShown: UInt64 = 0
    private var shown = false

    func show(_ progress: LoadProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastShown > 100_000_000 || progress.filesDone == progress.filesTotal else { return }
        lastShown = now
        shown = true
        let text = "\rloading: \(progress.filesDone)/\(progress.filesTotal) files, \(progress.documents) documents, "
            + String(format: "%.1f s", progress.seconds)
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
