import Browser
import Curses
import Foundation
import Testing
import XunshiTestSupport

@Suite struct KeyTableTests {
    @Test func everyActionIsBoundExactlyOnce() {
        let table = KeyTable.standard
        for a in Action.allCases { #expect(table.bindings.filter { $0.action == a }.count == 1, "\(a)") }
        for scope in [KeyTable.Scope.global, .compare] {
            let keys = table.bindings.filter { $0.scope == scope }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key is bound twice in \(scope)")
        }
    }

    @Test func keysMapToTheirActions() {
        let t = KeyTable.standard
        #expect(t.action(for: .character("j")) == .moveDown)
        #expect(t.action(for: .down) == .moveDown)
        #expect(t.action(for: .ctrl("d")) == .halfPageDown)
        #expect(t.action(for: .backTab) == .focusPrev)
        #expect(t.action(for: .character("N")) == .prevHit)
        #expect(t.action(for: .character("w")) == nil)
        #expect(t.action(for: .character("s")) == .statistics)
        // The comparison's own keys win there; elsewhere x clears the filters and a is unbound.
        #expect(t.action(for: .character("x")) == .clearFilters)
        #expect(t.action(for: .character("x"), in: .compare) == .swapSides)
        #expect(t.action(for: .character("a")) == nil)
        #expect(t.action(for: .character("a"), in: .compare) == .chooseSideA)
        #expect(t.action(for: .character("j"), in: .compare) == .moveDown)
    }

    @Test func userGuideShowsTheKeyTable() throws {
        let url = TestPaths.repositoryRoot.appendingPathComponent("docs/user-guide.md")
        var guide = try String(contentsOf: url, encoding: .utf8)
        let table = KeyTable.standard.markdownTable()
        if ProcessInfo.processInfo.environment["XUNSHI_RECORD"] == "1",
           let begin = guide.range(of: "<!-- keys:begin -->\n"), let end = guide.range(of: "<!-- keys:end -->") {
            guide.replaceSubrange(begin.upperBound..<end.lowerBound, with: table + "\n")
            try guide.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(guide.contains("<!-- keys:begin -->\n" + table + "\n<!-- keys:end -->"),
                "regenerate the table in docs/user-guide.md (XUNSHI_RECORD=1 swift test --filter KeyTableTests)")
    }

    @Test func refusesWithoutATerminal() {
        #expect(InteractiveCheck.refusal(stdoutIsTerminal: true, environment: ["TERM": "xterm-256color"]) == nil)
        let piped = InteractiveCheck.refusal(stdoutIsTerminal: false, environment: ["TERM": "xterm"])
        #expect(piped?.contains("xunshi list") == true)
        #expect(InteractiveCheck.refusal(stdoutIsTerminal: true, environment: ["TERM": "dumb"]) != nil)
        #expect(InteractiveCheck.refusal(stdoutIsTerminal: true, environment: [:]) != nil)
    }
}
