import Foundation
import Testing
import XunshiTestSupport

/// The browser issue's end-to-end scenario, in its order, on the real binary and the seeds:
/// `/巡审` shows exactly the 四川 document; `/xsxc` (pinyin initials) shows the documents with
/// 巡视巡察 and `n` steps through the hits in the reader; resize to 60×20 and back; `?`; `q`
/// closes the help and `q` quits, giving the shell its terminal back.
@Suite(.serialized) struct IssueScenarioTests {
    @Test func searchReadResizeHelpQuit() throws {
        guard let s = BrowserEndToEndTests().openBrowser(cols: 100, rows: 30) else { return }
        defer { s.kill() }
        try #require(s.waitUntil(timeout: 20) { status($0, " 1/5 ") } != nil, "never loaded:\n\(s.capture())")

        s.send("/")
        s.send("巡审", literal: true)
        let sichuan = try #require(s.waitFor("1/1 of 5"), "/巡审 did not narrow to one:\n\(s.capture())")
        #expect(sichuan.contains("四川珙縣"))
        #expect(!sichuan.contains("乌鲁木齐推动") && !sichuan.contains("吉林：创新机制"))

        s.send("C-u")
        s.send("xsxc", literal: true)
        let pinyin = try #require(s.waitFor("/4 of 5"), "/xsxc did not find the 巡视巡察 documents:\n\(s.capture())")
        #expect(pinyin.contains("吉林：创新机制") && pinyin.contains("坚守政治监督定位"))
        #expect(!pinyin.contains("乌鲁木齐推动"), "the 新疆 document has no 巡视巡察")
        s.send("Enter")

        s.send("Tab")
        s.send("n")
        #expect(s.waitFor("命中 hit") != nil, "n did not jump to a hit:\n\(s.capture())")
        let highlighted = s.captureWithAttributes()
        #expect(highlighted.contains("\u{1B}["), "no highlighting attributes on the screen")

        s.resize(cols: 60, rows: 20)
        #expect(s.waitUntil { $0.split(separator: "\n").count <= 20 && $0.contains("of 5") } != nil,
                "no frame at 60×20:\n\(s.capture())")
        s.resize(cols: 100, rows: 30)
        #expect(s.waitFor("/4 of 5") != nil, "the selection did not survive the resize:\n\(s.capture())")

        s.send("?")
        let help = try #require(s.waitFor("帮助 Help"), "no help:\n\(s.capture())")
        #expect(help.contains("Move down one row"), "the help lists the key table")
        s.send("q")
        s.send("q")
        let after = try #require(s.waitUntil { lastLine($0) == "xs$" }, "no clean shell prompt:\n\(s.capture())")
        #expect(!after.contains("of 5"))
    }
}
