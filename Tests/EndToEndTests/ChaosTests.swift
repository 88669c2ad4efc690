import Foundation
import Testing
import XunshiTestSupport

/// Thousands of random keys, cut escape sequences, pasted CJK and wild resizes against the real
/// binary in tmux; afterwards the process must be alive, responsive and draw a consistent screen.
@Suite(.serialized) struct ChaosTests {
    /// One random input: tmux key names, literal text, or raw bytes (hex).
    enum Input { case keys([String]), literal(String), bytes([String]) }

    static let keyNames = ["j", "k", "g", "G", "n", "N", "[", "]", "/", "z", "f", "Space", "x", "o", "L", "?", "Tab",
                           "BTab", "Enter", "Escape", "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End",
                           "C-l", "C-d", "C-u", "C-f", "C-b", "BSpace", "F1", "a", "1", "-", ":"]
    static let pastes = ["巡察监督", "問題線索74件", "year:2021 巡视", "xsxc", "\"贯通 融合\"", "吉林省委巡视组移交问题线索",
                         "𠀋𪚥", "ｆｕｌｌｗｉｄｔｈ"]
    /// Escape sequences cut in the middle, plus a few complete ones and a bracketed paste.
    static let byteRuns: [[String]] = [["1b", "5b"], ["1b", "5b", "31"], ["1b", "5b", "31", "3b"], ["1b", "4f"],
                                       ["1b"], ["1b", "1b", "5b", "41"], ["1b", "5b", "32", "30", "30", "7e"],
                                       ["1b", "5b", "32", "30", "31", "7e"], ["1b", "5b", "4d"], ["e5", "b7"],
                                       ["1b", "5b", "3c", "30", "3b", "31"]]

    static func randomInput(_ rng: inout SplitMix64) -> Input {
        switch Int.random(in: 0..<20, using: &rng) {
        case 0: return .literal(pastes.randomElement(using: &rng)!)
        case 1: return .bytes(byteRuns.randomElement(using: &rng)!)
        default: return .keys((0..<Int.random(in: 1...8, using: &rng)).map { _ in keyNames.randomElement(using: &rng)! })
        }
    }

    @Test func randomKeysAndResizesLeaveAWorkingBrowser() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["XUNSHI_CHAOS_SEED"] ?? "") ?? 20_261_123
        var rng = SplitMix64(state: seed)
        guard let (s, bin) = Hardening.session(cols: 80, rows: 24) else { return }
        defer { s.kill() }
        let pidFile = Hardening.temporaryFile("pid")
        defer { try? FileManager.default.removeItem(at: pidFile) }
        s.typeCommand("sh -c \"echo \\$\\$ > \(pidFile.path); exec \(bin) seeds\"; echo rc$?")
        let pid = try #require(ProcessProbe.readPID(pidFile), "no pid:\n\(s.capture())")
        try #require(s.waitUntil(timeout: 20) { Hardening.loaded($0, documents: 5) } != nil, "never loaded:\n\(s.capture())")

        let started = Date()
        var keys = 0, resizes = 0
        while keys < 3000 && Date().timeIntervalSince(started) < 40 {
            switch Self.randomInput(&rng) {
            case .keys(let names): s.send(names); keys += names.count
            case .literal(let text): s.send([text], literal: true); keys += text.count
            case .bytes(let hex): s.sendHex(hex); keys += hex.count
            }
            if Int.random(in: 0..<12, using: &rng) == 0 {
                s.resize(cols: Int.random(in: 1...300, using: &rng), rows: Int.random(in: 1...100, using: &rng))
                resizes += 1
            }
            if keys % 500 < 8 { #expect(ProcessProbe.isAlive(pid), "browser died after \(keys) keys (seed \(seed))") }
        }
        print("chaos: seed \(seed), \(keys) keys, \(resizes) resizes in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        try #require(ProcessProbe.isAlive(pid), "browser died (seed \(seed)):\n\(s.capture())")

        // Let the browser work through the keys still queued (a slow build lags behind tmux):
        // wait until the screen has not changed for a second.
        #expect(Self.waitForQuiet(s, timeout: 30), "the screen never settled (seed \(seed))")
        try #require(ProcessProbe.isAlive(pid), "browser died (seed \(seed)):\n\(s.capture())")

        // Back to a normal size; close the prompt and overlays, clear filters, redraw — until the
        // status line shows all 5 documents with no filter.
        s.resize(cols: 80, rows: 24)
        var settled: String?
        for _ in 0..<5 where settled == nil {
            for key in ["Escape", "Escape", "Escape", "x", "C-l"] {
                s.send([key])
                Thread.sleep(forTimeInterval: 0.3)
            }
            settled = s.waitUntil(timeout: 3) { Self.showsAllDocuments($0) }
        }
        let screen = try #require(settled, "status line does not show the 5 documents (seed \(seed)):\n\(s.capture())")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count >= 23, "screen is not 80×24 any more: \(rows.count) rows")
        s.send(["q"])
        let after = try #require(s.waitUntil(timeout: 10) { Hardening.lastLine($0) == "xs$" && $0.contains("rc") },
                                 "q did not end the browser (seed \(seed)):\n\(s.capture())")
        #expect(after.contains("rc0"), "browser exit status was not 0 (seed \(seed)):\n\(after)")
    }

    /// The status line starts with ` N/5 ` (no filter: not `of 5`) and ends with the help hint,
    /// and no overlay is open.
    static func showsAllDocuments(_ screen: String) -> Bool {
        let status = screen.split(separator: "\n").contains { line in
            line.hasSuffix("?:help") && line.range(of: #"^ \d+/5 "#, options: .regularExpression) != nil
        }
        return status && !screen.contains("帮助 Help") && !screen.contains("载入报告")
    }

    /// Waits until two captures a second apart are equal; false after `timeout` seconds.
    static func waitForQuiet(_ s: TmuxSession, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var last = s.capture()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 1)
            let now = s.capture()
            if now == last { return true }
            last = now
        }
        return false
    }
}
