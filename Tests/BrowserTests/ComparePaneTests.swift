@testable import Browser
import Corpus
import Curses
import Testing
import XunshiTestSupport

/// The comparison pane on the fixtures: default sides, golden screens, swap, chooser, reader.
@Suite struct ComparePaneTests {
    @Test func defaultSidesAt80x24() throws {
        let (app, _) = makeApp(rows: 24, cols: 80)
        let screen = press(app, .character("c"))
        expectGolden(screen, "compare-80x24")
        #expect(app.state.panel == .compare)
        // The two provinces with most documents: 吉林 (3), then 四川 before 新疆 (1 each, by name).
        #expect(line(screen, 0).contains("吉林 vs 四川"))
        let docs = try #require(row(containing: "文档 docs", in: screen))
        let words = line(screen, docs).split(separator: " ")
        #expect(words.suffix(2) == ["3", "1"])
        // 吉林's figures are on side A with their sentences; 四川 states none.
        #expect(screen.text().contains("立案 人"))
        #expect(screen.text().contains("2939"))
        #expect(screen.text().contains("立案审查调查2917人"))
        let a = try #require(app.state.compareModel?.comparison)
        #expect(a.figures.allSatisfy { $0.documentsB == 0 && $0.ratio == nil })
    }

    @Test func wideScreenAt120x40() throws {
        let (app, _) = makeApp(rows: 40, cols: 120)
        let screen = press(app, .character("c"))
        expectGolden(screen, "compare-120x40")
        // Both document lists fit: 吉林's three titles and 四川's repost.
        #expect(screen.text().contains("吉林：聚焦重点"))
        #expect(screen.text().contains("四川珙縣"))
        let r = try #require(row(containing: "四川珙縣", in: screen))
        #expect(line(screen, r).contains("2022-05-27"))
    }

    @Test func swapChooseAndFollowTheQuery() throws {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("c"))
        var screen = press(app, .character("x"))
        #expect(line(screen, 0).contains("四川 vs 吉林"))
        #expect(app.state.filters.isEmpty)  // x swapped, it did not clear anything
        // b opens the chooser on side B (now 吉林); pick 新疆 (two provinces further: 吉林 3, 四川 1, 新疆 1).
        screen = press(app, .character("b"))
        #expect(screen.text().contains("选择 Side B"))
        screen = press(app, .character("j"), .character("j"), .enter)
        #expect(line(screen, 0).contains("四川 vs 新疆"))
        // A year side: a → move to the 2021 entry.
        press(app, .character("a"))
        let chooser = try #require(app.state.chooser)
        let target = try #require(chooser.items.firstIndex { $0.text == "2021" })
        press(app, .character("g"))
        for _ in 0..<chooser.items[..<target].filter({ $0.selection != nil }).count { press(app, .character("j")) }
        screen = press(app, .enter)
        #expect(line(screen, 0).contains("2021 vs 新疆"))
        #expect(app.state.compareModel?.comparison?.a.documentCount == 2)
        // A query narrows both sides: only the 2021-12 report mentions 涉粮.
        press(app, .character("/"))
        type(app, "涉粮")
        screen = press(app, .enter)
        #expect(app.state.compareModel?.comparison?.a.documentCount == 1)
        #expect(app.state.compareModel?.comparison?.b.documentCount == 0)
    }

    @Test func enterOpensADocumentFromSideB() throws {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("c"))
        let lines = app.compare.lines(try #require(app.state.compareModel), width: 80)
        let docRow = try #require(lines.firstIndex { $0.targets.count == 2 && $0.targets[1] != nil
            && { if case .document(_, nil)? = $0.targets[1] { return true } else { return false } }($0) })
        press(app, .tab)
        for _ in 0..<docRow { press(app, .character("j")) }
        press(app, .enter)
        #expect(app.state.panel == nil)
        #expect(app.state.focus == .reader)
        #expect(app.state.selectedDocument?.id == "003_gongxian_audit")
    }

    @Test func chooserOffersValuesAndYearRangesWithCounts() throws {
        let chooser = Chooser(side: 0, documents: Fixtures.documents, current: CompareModel.everything)
        func count(_ text: String) -> Int? { chooser.items.first { $0.text == text }?.count }
        #expect(chooser.items.first?.count == 5)
        #expect(count("吉林") == 3 && count("新疆") == 1 && count("四川") == 1)
        #expect(count("2021") == 2 && count("2024") == 1)
        #expect(count("2021..2022") == 4 && count("2022..2024") == 3 && count("2021..2024") == 5)
        #expect(count("巡察") == 2 && count("省") == 3)
        // Headings are not selectable: moving from the first item skips the province heading.
        var c = chooser
        c.move(1)
        #expect(c.chosen?.provinces == ["吉林"])
    }

    @Test func quitClosesThePaneFirst() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("c"))
        press(app, .character("q"))
        #expect(app.state.panel == nil)
        #expect(app.running)
        press(app, .character("q"))
        #expect(!app.running)
    }
}
