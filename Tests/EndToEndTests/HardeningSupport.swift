import Foundation
import Testing
import XunshiTestSupport

/// Shared setup for the hardening end-to-end tests (injection, chaos, signals).
enum Hardening {
    /// The built binary and a fresh tmux session in the repository root, or `nil` (reason
    /// printed) when end-to-end tests cannot run here.
    static func session(cols: Int = 100, rows: Int = 30) -> (TmuxSession, String)? {
        TmuxSession.forBuiltBinary(cols: cols, rows: rows).map { ($0.session, $0.binary) }
    }

    /// Types `command` followed by `echo END-$((N+1))` and waits for `END-(N+1)` on the screen,
    /// which only the shell's arithmetic (not the echo of the typed line) can produce.
    @discardableResult
    static func runAndWait(_ session: TmuxSession, _ command: String, timeout: Double = 30) -> String? {
        let n = Int.random(in: 1000..<9000)
        session.typeCommand("\(command); echo END-$((\(n)+1))")
        return session.waitFor("END-\(n + 1)", timeout: timeout)
    }

    /// The status line shows the loaded document count (`N/5` style) and loading has finished.
    static func loaded(_ screen: String, documents: Int) -> Bool {
        screen.split(separator: "\n").contains { $0.contains("/\(documents) ") && $0.hasSuffix("?:help") }
    }

    /// The last non-blank line of a screen, trimmed.
    static func lastLine(_ screen: String) -> String? {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty }
    }

    /// A temporary file path (not created).
    static func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-\(UUID().uuidString.prefix(8))-\(name)")
    }
}
