import Dispatch
import Foundation

/// Splits a scan over many documents into contiguous pieces run on all cores.
///
/// Used for the per-keystroke scans (verifying long terms, matching pinyin) where each
/// document is checked on its own; the pieces' results are concatenated in order, so the
/// outcome is the same as one sequential pass.
enum ParallelScan {
    /// Below this many documents a scan runs on the calling thread (a piece must be worth
    /// the hand-off, about 10 µs).
    static let threshold = 4096
    /// Pieces per scan: the number of active cores (at most 8).
    static let ways = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))

    /// `body` applied to `0..<count` cut into ``ways`` contiguous ranges, concurrently;
    /// the results in range order. `body` must only read shared state. Runs on the calling
    /// thread alone when `count` is below `minimum`.
    static func map<T>(_ count: Int, minimum: Int = threshold, _ body: (Range<Int>) -> T) -> [T] {
        let ways = count < minimum ? 1 : Self.ways
        if ways == 1 { return [body(0..<count)] }
        var results = [T?](repeating: nil, count: ways)
        results.withUnsafeMutableBufferPointer { out in
            withoutActuallyEscaping(body) { body in
                // The pieces write disjoint slots and `body` only reads, so sharing is safe.
                let shared = Shared(out: out, body: body)
                DispatchQueue.concurrentPerform(iterations: ways) { w in
                    shared.out[w] = shared.body(count * w / ways..<count * (w + 1) / ways)
                }
            }
        }
        return results.map { $0! }
    }

    private struct Shared<T>: @unchecked Sendable {
        let out: UnsafeMutableBufferPointer<T?>
        let body: (Range<Int>) -> T
    }
}
