import Foundation

/// A bounded, thread-safe string → string cache.
///
/// Two generations of at most `limit` entries each: lookups check the
/// current generation, then the previous one (promoting hits); when the
/// current generation is full it becomes the previous one and the oldest is
/// dropped. Memory is therefore bounded by `2 × limit` entries while recently
/// used strings survive, an approximation of LRU without per-entry bookkeeping.
///
/// Guarded by an `NSLock` (a pthread mutex) rather than `Synchronization.Mutex`: the
/// standard library is not built with ThreadSanitizer, so the atomics inside `Mutex` are
/// invisible to it, and two tests using the cache at once were reported as a race.
final class TransliterationCache: @unchecked Sendable {
    private struct Generations {
        var current: [String: String] = [:]
        var previous: [String: String] = [:]
    }

    /// Maximum entries per generation (≥ 1).
    let limit: Int
    private let lock = NSLock()
    private var state = Generations()

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// The cached value for `key`, if any.
    func value(for key: String) -> String? {
        lock.withLock {
            if let v = state.current[key] { return v }
            guard let v = state.previous[key] else { return nil }
            Self.insert(v, for: key, into: &state, limit: limit)
            return v
        }
    }

    /// Remembers `value` for `key`.
    func store(_ value: String, for key: String) {
        lock.withLock { Self.insert(value, for: key, into: &state, limit: limit) }
    }

    /// Number of entries currently held (both generations; for tests).
    var count: Int {
        lock.withLock { state.current.count + state.previous.count }
    }

    private static func insert(_ value: String, for key: String, into g: inout Generations, limit: Int) {
        if g.current.count >= limit {
            g.previous = g.current
            g.current = [:]
        }
        g.current[key] = value
    }
}
