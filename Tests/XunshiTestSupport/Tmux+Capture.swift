import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Raw-byte capture and process control for ``TmuxSession``: what the programs in the pane
/// wrote to their terminal, byte for byte, and the process ids needed to signal them.
extension TmuxSession {
    /// Starts appending every byte the pane's programs write to their terminal (the pty output,
    /// before tmux interprets it) to `file`, through `tmux pipe-pane -O`.
    public func startCapture(to file: URL) {
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        _ = try? run(["pipe-pane", "-O", "-t", "0", "cat >> \(Self.quote(file.path))"])
    }

    /// Stops the capture started by ``startCapture(to:)`` and returns the bytes captured so far,
    /// after giving the copying `cat` `settle` seconds to catch up.
    public func stopCapture(_ file: URL, settle: Double = 0.3) -> [UInt8] {
        Thread.sleep(forTimeInterval: settle)
        _ = try? run(["pipe-pane", "-t", "0"])
        return [UInt8]((try? Data(contentsOf: file)) ?? Data())
    }

    /// The process id of the pane's shell, or `nil` when the pane is gone.
    public func panePID() -> pid_t? {
        let out = (try? run(["display-message", "-p", "-t", "0", "#{pane_pid}"])) ?? ""
        return pid_t(out.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Closes the pane (and so its terminal): the programs in it get SIGHUP.
    public func killPane() {
        _ = try? run(["kill-pane", "-t", "0"])
    }

    /// Sends several key names in one tmux call (`literal` sends the strings as text).
    public func send(_ keys: [String], literal: Bool = false) {
        _ = try? run(["send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
    }

    /// Sends raw bytes given as two-digit hex strings (`send-keys -H`), e.g. a cut escape sequence.
    public func sendHex(_ bytes: [String]) {
        _ = try? run(["send-keys", "-t", "0", "-H"] + bytes)
    }

    /// The visible pane including escape sequences for attributes (`capture-pane -e`).
    public func captureWithAttributes() -> String {
        (try? run(["capture-pane", "-p", "-e", "-t", "0"])) ?? ""
    }
}

/// Process helpers for signal tests.
public enum ProcessProbe {
    /// Whether `pid` is a live process: it exists and is not a zombie.
    public static func isAlive(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1)
        return state != "Z" && state != "X"
    }

    /// Polls until `pid` is no longer alive; returns the seconds it took, or `nil` after `timeout`.
    public static func waitForExit(_ pid: pid_t, timeout: Double) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if !isAlive(pid) { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return nil
    }

    /// Reads a pid written by `echo $$ > file`, waiting up to `timeout` seconds for it to appear.
    public static func readPID(_ file: URL, timeout: Double = 10) -> pid_t? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOf: file, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }
}
