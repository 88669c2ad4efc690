@testable import Browser
import Corpus
import Curses
import Foundation
import Testing
import XunshiTestSupport

/// The statistics pane on the fixtures: golden screens, numbers, figure → statements → reader.
@Suite struct StatsPaneTests {
    /// The number printed at the end of the first row starting with `label` (after its bar).
    func count(after label: String, in canvas: Canvas) -> Int? {
        let rows = canvas.text().components(separatedBy: "\n")
        guard let r = rows.first(where: { $0.hasPrefix("  " + label + " ") || $0.hasPrefix("▌ " + label + " ") }) else {
            return nil
        }
        return r.split(separator: " ").last.flatMap { Int($0) }
    }

    /// The line the cursor mark `▌` stands on.
    func cursorLine(_ canvas: Canvas) -> String {
        canvas.text().components(separatedBy: "\n").first { $0.hasPrefix("▌") } ?? ""
    }

    @Test func countsAndFiguresAt80x24() throws {
        let (app, _) = makeApp(rows: 24, cols: 80)
        let screen = press(app, .character("s"))
        expectGolden(screen, "stats-80x24")
        #expect(app.state.panel == .statistics)
        #expect(line(screen, 0).contains("5 documents"))
        #expect(count(after: "吉林", in: screen) == 3)
        #expect(count(after: "新疆", in: screen) == 1)
        #expect(count(after: "四川", in: screen) == 1)
        #expect(count(after: "2021", in: screen) == 2)
        // Bars are drawn in the bar role; 吉林's bar is the longest (full) one.
        let r = try #require(row(containing: "吉林", in: screen))
        #expect(screen[r, 10].style.role == .bar)
        #expect(screen[r, 10].text == "█")
    }

    @Test func twoColumnsAt120x40() throws {
        let (app, _) = makeApp(rows: 40, cols: 120)
        let screen = press(app, .character("s"))
        expectGolden(screen, "stats-120x40")
        // Provinces and years share the first rows: 吉林 on the left, 2021/2022 on the right.
        let r = try #require(row(containing: "吉林", in: screen))
        #expect(line(screen, r).contains("2021") || line(screen, r).contains("2022"))
        // The figures table and the top terms fit on a 40-row screen.
        #expect(screen.text().contains("71384"))
        #expect(screen.text().contains("1874"))
        #expect(screen.text().contains("Top terms"))
    }

    @Test func asciiModeDrawsHashes() throws {
        let terminal = ScriptedTerminal(rows: 24, cols: 80, capabilities: TerminalCapabilities(asciiOnly: true))
        let app = BrowserApp(terminal: terminal)
        app.state.append(Fixtures.documents)
        let screen = press(app, .character("s"))
        let text = screen.text()
        #expect(text.contains("###"))
        #expect(!text.contains("█"))
    }

    @Test func tabJumpsToFiguresAndEnterListsStatements() throws {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("s"))
        for _ in 0..<5 { press(app, .tab) }
        let figures = press(app)
        #expect(cursorLine(figures).contains("Figures"))
        // Header, then 立案 (2 documents) before 问题线索 (same documents, later name).
        var screen = press(app, .character("j"), .character("j"))
        #expect(cursorLine(screen).contains("立案") && cursorLine(screen).contains("2939"))
        screen = press(app, .character("j"))
        #expect(cursorLine(screen).contains("问题线索") && cursorLine(screen).contains("1874"))
        screen = press(app, .character("k"), .enter)
        expectGolden(screen, "stats-statements-80x24")
        #expect(line(screen, 1).contains("立案 人"))
        #expect(screen.text().contains("2917"))
        #expect(screen.text().contains("立案审查调查2917人"))
        #expect(screen.text().contains("立案22人"))
        // Esc goes back to the overview, then closes the pane.
        screen = press(app, .escape)
        #expect(cursorLine(screen).contains("立案"))
        press(app, .escape)
        #expect(app.state.panel == nil)
    }

    @Test func statementOpensTheReaderAtTheFigure() throws {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("s"))
        for _ in 0..<5 { press(app, .tab) }
        // 立案 row, statements, the second statement (立案22人 of the mechanism report): j steps a whole statement.
        press(app, .character("j"), .character("j"), .enter, .character("j"))
        let screen = press(app, .enter)
        #expect(app.state.panel == nil)
        #expect(app.state.focus == .reader)
        let doc = try #require(app.state.selectedDocument)
        #expect(doc.id == "000_jilin_mechanism")
        let figure = try #require(doc.figures.first { $0.metric == "立案" })
        #expect(app.state.readerMark == figure.start..<figure.end)
        let r = try #require(row(containing: "立案22人", in: screen))
        let c = try #require(column(of: "立案22人", in: screen, row: r))
        #expect(screen[r, c].style.role == .figure && screen[r, c].style.reverse)
        #expect(screen[r, c - 1].style.reverse == false)
        expectGolden(screen, "stats-reader-80x24")
    }

    @Test func followsTheQuery() throws {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("s"))
        press(app, .character("/"))
        type(app, "乌鲁木齐")
        let screen = press(app, .enter)
        #expect(app.state.panel == .statistics)
        #expect(line(screen, 0).contains("1 documents"))
        #expect(count(after: "新疆", in: screen) == 1)
        #expect(count(after: "吉林", in: screen) == nil)
    }

    @Test func facetsKeyLeavesThePaneForTheFacetPanel() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("s"))
        let screen = press(app, .character("f"))
        #expect(app.state.panel == nil && app.state.facetsOpen)
        #expect(screen.text().contains("筛选 Facets"))
    }

    /// Over many documents the statistics are counted on another thread: the pane says
    /// so at once (the interface stays live), then shows them.
    @Test func largeSelectionsAreCountedInTheBackground() throws {
        let many = (0...StatsModel.synchronousDocuments).map { i -> Document in
            var d = Fixtures.documents[i % Fixtures.documents.count]
            d.id += "-\(i)"
            return d
        }
        let (app, _) = makeApp(rows: 24, cols: 80, documents: many)
        let first = press(app, .character("s"))
        #expect(first.text().contains("computing… 正在统计 \(many.count) documents"))
        #expect(app.backgroundBusy)
        for _ in 0..<400 where app.state.statsModel?.statistics == nil {
            Thread.sleep(forTimeInterval: 0.05)
            app.absorbBackground()
        }
        let shown = try #require(app.state.statsModel?.statistics)
        #expect(shown.provinces == Statistics.compute(many).provinces)
        #expect(!app.render().text().contains("正在统计"))
        #expect(app.render().text().contains("省份 Provinces"))
    }

    @Test func panelNumbersMatchStatisticsCompute() throws {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("s"))
        let model = try #require(app.state.statsModel)
        let expected = Statistics.compute(Fixtures.documents)
        let shown = try #require(model.statistics)
        #expect(shown.provinces == expected.provinces)
        #expect(shown.years == expected.years)
        #expect(shown.figures.map(\.total) == expected.figures.map(\.total))
        let terms = try #require(model.terms(with: app.terms, synchronous: true))
        #expect(terms.first?.count ?? 0 > 0)
    }
}

/// Top terms of a large selection are computed off the UI thread.
@Suite struct StatsBackgroundTermsTests {
    @Test func largeSelectionShowsComputingThenTerms() throws {
        var big = Fixtures.documents[0]
        big.id = "big"
        big.paragraphs = Array(repeating: big.paragraphs[1], count: 9_000)  // about 1.3 MB of UTF-8
        #expect(!Background.isCheap([big]))
        let (app, _) = makeApp(rows: 40, cols: 120, documents: [big])
        var screen = press(app, .character("s"))
        #expect(screen.text().contains("computing…"))
        #expect(app.backgroundBusy)
        // The rest of the pane is there meanwhile.
        #expect(screen.text().contains("问题线索"))
        // The result arrives through the loop's poll.
        let deadline = Date().addingTimeInterval(60)
        while !app.absorbBackground(), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!app.backgroundBusy)
        screen = app.render()
        #expect(!screen.text().contains("computing…"))
        let r = try #require(row(containing: "高频词", in: screen))
        // 巡视巡察 is segmented out of every paragraph: a term with a count in the thousands follows.
        #expect(line(screen, r + 1).contains("9000") || line(screen, r + 1).contains("18000"))
    }
}
