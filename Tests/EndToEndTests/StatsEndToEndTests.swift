import Foundation
import Testing
import XunshiTestSupport

/// The statistics and comparison panes of the built `xunshi` binary on the seeds, inside tmux.
///
/// Skipped, with the reason printed, when tmux is missing or the binary has not been built.
@Suite(.serialized) struct StatsEndToEndTests {
    func open(cols: Int = 100, rows: Int = 30) -> TmuxSession? {
        BrowserEndToEndTests().openBrowser(cols: cols, rows: rows)
    }

    /// The number at the end of the screen line starting (after the margin) with `label`.
    func count(_ screen: String, _ label: String) -> Int? {
        let rows = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let r = rows.first(where: { $0.hasPrefix(label + " ") }) else { return nil }
        return r.split(separator: " ").last.flatMap { Int($0) }
    }

    /// The last non-blank line of a screen, trimmed.
    func finalLine(_ screen: String) -> String? {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty }
    }

    @Test func statisticsThenComparisonThenQuit() throws {
        guard let s = open() else { return }
        defer { s.kill() }
        try #require(s.waitUntil(timeout: 20) { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix(" 1/5 ") && $0.hasSuffix("?:help") }
        } != nil, "never loaded:\n\(s.capture())")
        s.send("s")
        let stats = try #require(s.waitUntil { $0.contains("统计 Statistics") && count($0, "吉林") != nil },
                                 "no statistics pane:\n\(s.capture())")
        #expect(stats.contains("5 documents"))
        #expect(count(stats, "吉林") == 3)
        #expect(count(stats, "四川") == 1)
        s.send("q")
        #expect(s.waitUntil { !$0.contains("统计 Statistics") && $0.contains("乌鲁木齐") } != nil,
                "q did not return to the list:\n\(s.capture())")
        s.send("c")
        let compare = try #require(s.waitFor("对比 Compare"), "no comparison pane:\n\(s.capture())")
        #expect(compare.contains("吉林 vs 四川"))
        let docs = try #require(compare.split(separator: "\n").first { $0.contains("文档 docs") })
        #expect(docs.split(separator: " ").suffix(2) == ["3", "1"])
        s.send("q")
        #expect(s.waitUntil { !$0.contains("对比 Compare") && $0.contains("乌鲁木齐") } != nil,
                "q did not return to the list:\n\(s.capture())")
        s.send("q")
        #expect(s.waitUntil { !$0.contains("乌鲁木齐推动") && finalLine($0) == "xs$" } != nil,
                "browser did not quit cleanly:\n\(s.capture())")
    }
}
