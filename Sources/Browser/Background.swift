import Corpus
import Foundation

/// A value computed on another thread, handed to the main loop when ready.
final class Pending<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    /// Starts `work` on a global queue; its result is kept until ``take()``.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let v = work()
            lock.withLock { value = v }
        }
    }

    /// The result once, when it is ready; `nil` before (and after it was taken).
    func take() -> Value? {
        lock.withLock {
            let v = value
            value = nil
            return v
        }
    }
}

/// When segmentation is worth a background thread.
enum Background {
    /// Text size (UTF-8 bytes) up to which terms are computed on the UI thread.
    ///
    /// Segmentation runs at about 5 MB/s per core, so 1 MB costs at most
    /// about 0.2 s on one core in a release build (measured about 2.3 MB/s per core in a debug
    /// build on a loaded machine): below that a "computing…" flash is worse than the wait.
    static let synchronousBytes = 1_000_000

    /// True when segmenting `documents` is cheap enough to do on the UI thread.
    static func isCheap(_ documents: [Document]) -> Bool {
        var bytes = 0
        for d in documents {
            bytes += d.title.utf8.count + d.text.utf8.count
            if bytes > synchronousBytes { return false }
        }
        return true
    }
}
