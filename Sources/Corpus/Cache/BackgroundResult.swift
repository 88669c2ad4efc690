import Dispatch
import Foundation

/// A throwing computation run on a thread of its own (not the shared pool, which it may
/// use itself), whose result is waited for later.
/// Invariant: ``result`` is written once, by that thread, before ``done`` is signalled.
final class BackgroundResult<Value>: @unchecked Sendable {
    private var result: Result<Value, Error>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body` at once.
    init(_ body: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try body() }
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Waits for the computation and gives its result, once (it is not kept).
    func take() -> Result<Value, Error> {
        done.wait()
        defer { result = nil }
        return result!
    }
}
