import Foundation
import Testing
import XunshiTestSupport

/// Runs the built `xunshi` binary on the seeds inside tmux.
///
/// Skipped, with the reason printed, when tmux is missing or the binary has
/// not been built (`swift build --product xunshi`, or set `XUNSHI_BIN`).
@Suite(.serialized) struct BrowserEndToEndTests {
    /// A session with the browser open on the seeds, or `nil` (reason printed) when e2e cannot run.
    func openBrowser(cols: Int = 100, rows: Int = 30, extraArguments: String = "") -> TmuxSession? {
        guard let (session, binary) = TmuxSession.forBuiltBinary(cols: cols, rows: rows) else { return nil }
        session.typeCommand("\(binary) seeds \(extraArguments)")
        return session
    }

    @Test func opensShowsTitlesMovesAndQuitsCleanly() throws {
        guard let s = openBrowser() else { return }
        defer { s.kill() }
        let opened = try #require(s.waitFor("乌鲁木齐推动各类监督", timeout: 20), "titles never appeared:\n\(s.capture())")
        #expect(opened.contains("吉林"))
        #expect(s.waitUntil(timeout: 20) { status($0, " 1/5 ") } != nil, "status line never showed 1/5:\n\(s.capture())")
        s.send("j")
        #expect(s.waitUntil { status($0, " 2/5 ") } != nil)
        s.send("j", "j", "k")
        #expect(s.waitUntil { status($0, " 3/5 ") } != nil)
        s.send("q")
        // The alternate screen is gone: no browser text, and the last non-empty line is a fresh shell prompt.
        let after = try #require(s.waitUntil { !$0.contains("乌鲁木齐推动") && lastLine($0) == "xs$" },
                                 "browser did not leave a clean screen:\n\(s.capture())")
        #expect(after.contains("xunshi' seeds"))
    }

    @Test func searchNarrowsToTheTraditionalRepost() throws {
        guard let s = openBrowser() else { return }
        defer { s.kill() }
        try #require(s.waitUntil(timeout: 20) { status($0, " 1/5 ") } != nil, "never loaded:\n\(s.capture())")
        s.send("/")
        s.send("巡审", literal: true)
        let narrowed = try #require(s.waitFor("1/1 of 5"), "list did not narrow:\n\(s.capture())")
        #expect(narrowed.contains("珙"))
        s.send("Enter")
        s.send("Escape")
        s.send("q")
        #expect(s.waitUntil { !$0.contains("of 5") && lastLine($0) == "xs$" } != nil)
    }

    @Test
    func pinyinInitialsFindTheReports() throws {
        guard let s = openBrowser() else { return }
        defer { s.kill() }
        try #require(s.waitUntil(timeout: 20) { status($0, " 1/5 ") } != nil, "never loaded:\n\(s.capture())")
        s.send("/")
        s.send("xsxc", literal: true)
        // 巡视巡察 = xún shì xún chá.
        // Four seeds contain 巡视巡察 (one of them as Traditional 巡視巡察).
        let narrowed = try #require(s.waitUntil { $0.contains("/4 of 5") && $0.contains("吉林：创新机制") },
                                    "xsxc did not find 巡视巡察:\n\(s.capture())")
        #expect(!narrowed.contains("0/0"))
        s.send("Escape")
        s.send("q")
        #expect(s.waitUntil { lastLine($0) == "xs$" } != nil)
    }

    @Test func resizeKeepsTheSelectionAndRecoversFromTooSmall() throws {
        guard let s = openBrowser(cols: 120, rows: 30) else { return }
        defer { s.kill() }
        try #require(s.waitUntil(timeout: 20) { status($0, " 1/5 ") } != nil, "never loaded:\n\(s.capture())")
        s.send("j", "j")
        try #require(s.waitUntil { status($0, " 3/5 ") } != nil)
        s.resize(cols: 30, rows: 8)
        #expect(s.waitFor("too small") != nil, "no notice:\n\(s.capture())")
        s.resize(cols: 80, rows: 24)
        let back = try #require(s.waitUntil { status($0, " 3/5 ") }, "did not recover:\n\(s.capture())")
        #expect(!back.contains("too small"))
        s.send("q")
        #expect(s.waitUntil { lastLine($0) == "xs$" } != nil)
    }

    @Test func refusesWhenNotATerminal() throws {
        guard let binary = BuiltBinary.url else {
            print("skipping end-to-end test: xunshi binary not built"); return
        }
        let p = Process()
        p.executableURL = binary
        p.arguments = [TestPaths.seeds.path]
        p.environment = ["TERM": "xterm", "PATH": "/usr/bin:/bin"]
        let err = Pipe()
        p.standardOutput = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 2)
        #expect(message.contains("xunshi list"))
    }
}

/// True when the screen's status line (a line starting with `prefix`, e.g. `" 3/5 "`) is shown
/// and loading has finished (the help hint replaces the progress at the right).
func status(_ screen: String, _ prefix: String) -> Bool {
    screen.split(separator: "\n").contains { $0.hasPrefix(prefix) && $0.hasSuffix("?:help") }
}

/// The last non-blank line of a screen, trimmed.
func lastLine(_ screen: String) -> String? {
    screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty }
}
