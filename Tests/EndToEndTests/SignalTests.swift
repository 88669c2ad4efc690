import Foundation
import Testing
import XunshiTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Dropped connections and job-control signals against the real binary in tmux.
@Suite(.serialized) struct SignalTests {
    /// Starts the browser on the seeds from the pane's shell, recording its pid; returns the pid
    /// once the list is loaded.
    func startBrowser(_ s: TmuxSession, _ bin: String) throws -> pid_t {
        let pidFile = Hardening.temporaryFile("pid")
        defer { try? FileManager.default.removeItem(at: pidFile) }
        // `exec` keeps the pid: the recorded shell becomes xunshi.
        s.typeCommand("sh -c \"echo \\$\\$ > \(pidFile.path); exec \(bin) seeds\"")
        let pid = try #require(ProcessProbe.readPID(pidFile), "no pid written:\n\(s.capture())")
        try #require(s.waitUntil(timeout: 20) { Hardening.loaded($0, documents: 5) } != nil, "never loaded:\n\(s.capture())")
        return pid
    }

    /// Closing the terminal (killing the pane, so the pty hangs up) ends the browser within 1 s.
    @Test func closingTheTerminalEndsTheBrowser() throws {
        guard let (s, bin) = Hardening.session() else { return }
        defer { s.kill() }
        let pid = try startBrowser(s, bin)
        s.killPane()
        let took = ProcessProbe.waitForExit(pid, timeout: 3)
        print("hangup → exit: \(took.map { String(format: "%.3f s", $0) } ?? "still running after 3 s")")
        #expect(took != nil && took! < 1.0, "browser still running \(took ?? 3) s after its terminal closed")
        if ProcessProbe.isAlive(pid) { kill(pid, SIGKILL) }
    }

    /// SIGHUP sent directly also ends it within 1 s.
    @Test func sighupEndsTheBrowser() throws {
        guard let (s, bin) = Hardening.session() else { return }
        defer { s.kill() }
        let pid = try startBrowser(s, bin)
        kill(pid, SIGHUP)
        let took = ProcessProbe.waitForExit(pid, timeout: 3)
        print("SIGHUP → exit: \(took.map { String(format: "%.3f s", $0) } ?? "still running after 3 s")")
        #expect(took != nil && took! < 1.0)
        if ProcessProbe.isAlive(pid) { kill(pid, SIGKILL) }
    }

    /// Ctrl-Z gives the shell back (its prompt shows); `fg` brings the browser's screen back.
    @Test func suspendAndResumeRestoresTheScreen() throws {
        guard let (s, bin) = Hardening.session() else { return }
        defer { s.kill() }
        s.typeCommand("\(bin) seeds")
        try #require(s.waitUntil(timeout: 20) { Hardening.loaded($0, documents: 5) } != nil, "never loaded:\n\(s.capture())")
        s.send("j")
        try #require(s.waitUntil { $0.contains(" 2/5 ") } != nil)
        s.send("C-z")
        let suspended = try #require(s.waitUntil { Hardening.lastLine($0) == "xs$" && !$0.contains(" 2/5 ") },
                                     "no shell prompt after Ctrl-Z:\n\(s.capture())")
        #expect(!suspended.contains("?:help"))
        s.typeCommand("fg")
        let back = try #require(s.waitUntil { Hardening.loaded($0, documents: 5) && $0.contains(" 2/5 ") },
                                "screen not restored after fg:\n\(s.capture())")
        #expect(back.contains("乌鲁木齐") || back.contains("吉林"))
        s.send("j")
        #expect(s.waitUntil { $0.contains(" 3/5 ") } != nil, "keys not handled after fg:\n\(s.capture())")
        s.send("q")
        #expect(s.waitUntil { Hardening.lastLine($0) == "xs$" } != nil)
    }

    /// SIGTERM restores the terminal: the shell afterwards has canonical mode and echo back,
    /// and the state directory holds no temporary leftovers.
    @Test func sigtermRestoresTheTerminal() throws {
        guard let (s, bin) = Hardening.session() else { return }
        defer { s.kill() }
        let pid = try startBrowser(s, bin)
        s.send("j")                     // change the state so that there is something to save
        try #require(s.waitUntil { $0.contains(" 2/5 ") } != nil)
        kill(pid, SIGTERM)
        let took = ProcessProbe.waitForExit(pid, timeout: 3)
        #expect(took != nil, "browser ignored SIGTERM")
        try #require(s.waitUntil { Hardening.lastLine($0) == "xs$" && !$0.contains("?:help") } != nil,
                     "no clean prompt after SIGTERM:\n\(s.capture())")
        let modes = try #require(Hardening.runAndWait(s, "stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$'"),
                                 "stty did not run:\n\(s.capture())")
        let words = Set(modes.split(whereSeparator: { $0 == "\n" || $0 == " " }).map(String.init))
        #expect(words.contains("icanon") && !words.contains("-icanon"), "canonical mode not restored:\n\(modes)")
        #expect(words.contains("echo") && !words.contains("-echo"), "echo not restored:\n\(modes)")
        let stateDir = s.stateHome.appendingPathComponent("xunshi")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: stateDir.path)) ?? []
        #expect(names.allSatisfy { $0 == "state.json" }, "leftovers in the state directory: \(names)")
    }

    /// After several runs ended by `q`, SIGTERM and SIGHUP, the state directory holds only
    /// `state.json` (written through a temporary file and a rename), and it is valid JSON.
    @Test func stateDirectoryHasNoTemporaryLeftovers() throws {
        guard let (s, bin) = Hardening.session() else { return }
        defer { s.kill() }
        for ending in [SIGTERM, SIGHUP, 0] {
            let pid = try startBrowser(s, bin)
            // The selection is restored from the last run; move it and wait until the key is
            // consumed (one left in the tty would reach the shell afterwards).
            let before = statusLine(s.capture())
            s.send("j")
            try #require(s.waitUntil { statusLine($0) != before } != nil, "j not handled:\n\(s.capture())")
            if ending == 0 { s.send("q") } else { kill(pid, ending) }
            #expect(ProcessProbe.waitForExit(pid, timeout: 3) != nil)
            try #require(s.waitUntil { Hardening.lastLine($0) == "xs$" } != nil, "no prompt:\n\(s.capture())")
        }
        let stateDir = s.stateHome.appendingPathComponent("xunshi")
        let names = try FileManager.default.contentsOfDirectory(atPath: stateDir.path)
        #expect(names == ["state.json"], "state directory holds \(names)")
        let data = try Data(contentsOf: stateDir.appendingPathComponent("state.json"))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "state.json is not valid JSON")
    }
}

/// The browser's status line (the one ending in the help hint), or `nil`.
private func statusLine(_ screen: String) -> String? {
    screen.split(separator: "\n").first { $0.hasSuffix("?:help") }.map(String.init)
}
