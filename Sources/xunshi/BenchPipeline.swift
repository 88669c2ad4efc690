import Corpus
import Dispatch
import Foundation

/// Indexes documents on one serial queue while the loader's workers are still loading,
/// the way the browser does (its main thread absorbs batches as they arrive), so
/// `xunshi bench` times the product's pipeline rather than two phases back to back.
///
/// Documents get index numbers in arrival order; ``finish()`` returns them in that order,
/// so `documents[n]` is the document numbered `n` in the index.
final class BenchPipeline: @unchecked Sendable {
    private let queue = DispatchQueue(label: "xunshi.bench.index")
    // Touched only on `queue`.
    private var index = SearchIndex()
    /// How many documents ``index`` held when it came from an index snapshot (the batches
    /// bring those first; only the documents after them are indexed).
    private var adopted: Int?
    private var documents: [Document] = []
    private var cpuSeconds = 0.0
    /// When the last delivered batch was indexed (`DispatchTime` nanoseconds).
    private var indexedAt: UInt64 = 0

    /// Queues one batch for indexing; returns at once. Callable from any thread.
    func deliver(_ batch: [Document]) {
        queue.async {
            let before = Self.threadCPU()
            let first = self.documents.count
            self.documents += batch
            if self.documents.count > self.index.count {
                self.index.add(Array(self.documents[max(first, self.index.count)...]))
            }
            self.cpuSeconds += Self.threadCPU() - before
            self.indexedAt = DispatchTime.now().uptimeNanoseconds
        }
    }

    /// Uses `stored`, an index of the first documents that will be delivered, in delivery
    /// order, instead of indexing them. Call before the first ``deliver(_:)``.
    func adopt(_ stored: SearchIndex) {
        queue.sync {
            precondition(documents.isEmpty, "adopt before delivering")
            index = stored
            adopted = stored.count
        }
    }

    /// Waits for every delivered batch to be indexed; the index, the documents in index
    /// order, the CPU seconds spent indexing, when the last batch was indexed, and how
    /// many documents the adopted index held (`nil` when none was adopted).
    func finish() -> (SearchIndex, [Document], Double, UInt64, Int?) {
        queue.sync {
            precondition(index.count == documents.count, "the index covers every delivered document")
            return (index, documents, cpuSeconds, indexedAt, adopted)
        }
    }

    /// CPU seconds of the calling thread.
    private static func threadCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
