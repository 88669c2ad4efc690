import Foundation
import Testing

extension TmuxSession {
    /// A fresh tmux session in the repository root and the quoted path of the built `xunshi`
    /// binary, or `nil` when end-to-end tests cannot run here.
    ///
    /// Without tmux or the binary the test is skipped with the reason printed — unless
    /// `XUNSHI_REQUIRE_E2E` is set (as `scripts/test` does), where that is a recorded failure,
    /// so CI can never pass by skipping its end-to-end tests.
    public static func forBuiltBinary(cols: Int = 100, rows: Int = 30) -> (session: TmuxSession, binary: String)? {
        let required = !(ProcessInfo.processInfo.environment["XUNSHI_REQUIRE_E2E"] ?? "").isEmpty
        func unavailable(_ reason: String) -> (session: TmuxSession, binary: String)? {
            if required { Issue.record("end-to-end test cannot run: \(reason)") } else {
                print("skipping end-to-end test: \(reason)")
            }
            return nil
        }
        if let reason = unavailableReason { return unavailable(reason) }
        guard let binary = BuiltBinary.url else {
            return unavailable("xunshi binary not built (swift build --product xunshi, or set XUNSHI_BIN)")
        }
        guard let session = try? TmuxSession(cols: cols, rows: rows, directory: TestPaths.repositoryRoot) else {
            Issue.record("tmux is installed but the session did not start")
            return nil
        }
        return (session, quote(binary.path))
    }
}
