import Dispatch
import Foundation
import MemoryHints

extension IndexSnapshot {
    /// An index snapshot read on its own thread while the corpus snapshot it belongs to is
    /// still being decoded (and the input files stat'ed), so a start from the cache spends
    /// no time on it alone.
    ///
    /// Started from the corpus snapshot's id alone (its trailer's checksum), before it is
    /// known whether every file is unchanged or how many documents there will be: ``take(documents:)``
    /// checks the count, and a load that turns out to need parsing ``cancel()``s it.
    /// Invariant: ``result`` is written once, by the reading thread, before ``finished`` is signalled.
    final class Prefetch: @unchecked Sendable {
        /// The corpus snapshot id the index must have been built from.
        let corpusID: UInt64
        /// When the read started and ended (`DispatchTime` uptime nanoseconds; `end` 0 until it has).
        private(set) var started: UInt64 = 0, ended: UInt64 = 0
        private var result: SearchIndex?
        private let finished = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var stopped = false

        /// Starts reading `path` (an ``IndexSnapshot`` file) on a thread of its own (not the
        /// shared pool, whose threads decode the corpus snapshot meanwhile).
        init(path: String, corpusID: UInt64, program: FileStamp) {
            self.corpusID = corpusID
            started = DispatchTime.now().uptimeNanoseconds
            let thread = Thread { [self] in
                let index = try? IndexSnapshot.read(path: path, program: program, corpusID: corpusID,
                                                    documents: nil, isCancelled: { [self] in isCancelled })
                lock.lock()
                if !stopped { result = index }
                ended = DispatchTime.now().uptimeNanoseconds
                lock.unlock()
                finished.signal()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }

        /// Whether ``cancel()`` was called (read from the reading thread).
        var isCancelled: Bool {
            lock.lock(); defer { lock.unlock() }
            return stopped
        }

        /// Asks the reading thread to give up (at its next read from the file) and drops what it
        /// read. Returns at once.
        ///
        /// When the index was not taken, the memory it held is given back to the system once
        /// the reading thread is done (`malloc_trim`): it was allocated on the reading thread,
        /// in that thread's allocator arena, where the index built instead on another thread
        /// cannot reuse it. Without this, a start after a file was removed (which reads the
        /// stored index, finds it unusable and builds another) peaked at 2.54× the corpus
        /// bytes at 100,000 documents.
        func cancel() {
            lock.lock()
            let unused = !stopped
            stopped = true
            result = nil
            lock.unlock()
            guard unused else { return }
            let finished = self.finished
            DispatchQueue.global(qos: .utility).async {
                finished.wait()
                finished.signal()
                MemoryHints.releaseFreeMemory()
            }
        }

        /// Waits for the read; the index when it was read whole and holds `documents`
        /// documents (without their texts until ``SearchIndex/attach(_:)``), else `nil`. The index is handed out once: later calls give `nil`.
        func take(documents: Int) -> SearchIndex? {
            finished.wait()
            defer { finished.signal() }
            lock.lock(); defer { lock.unlock() }
            guard !stopped, let index = result, index.count == documents else { return nil }
            result = nil
            stopped = true
            return index
        }

        /// Seconds from `origin` (`DispatchTime` uptime nanoseconds) to the read's start and
        /// end; waits for the read.
        func interval(since origin: UInt64) -> (start: Double, end: Double) {
            finished.wait()
            defer { finished.signal() }
            return (Double(Int64(bitPattern: started &- origin)) / 1e9, Double(Int64(bitPattern: ended &- origin)) / 1e9)
        }
    }
}
