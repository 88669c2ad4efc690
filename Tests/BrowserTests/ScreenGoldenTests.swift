import Browser
import Curses
import Testing
import XunshiTestSupport

/// Whole screens compared with golden files in `Golden/` (re-record with `XUNSHI_RECORD=1`).
@Suite struct ScreenGoldenTests {
    @Test func firstScreenAt80x24() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        let screen = app.render()
        expectGolden(screen, "first-80x24")
        // Newest first: the Sichuan repost of 2024 heads the list, and the reader shows it.
        #expect(line(screen, 1).contains("2024-04-29"))
        #expect(screen.text().contains("四川珙縣"))
        #expect(line(screen, 22).hasPrefix(" 1/5"))
    }

    @Test func firstScreenAt40x12() {
        let (app, _) = makeApp(rows: 12, cols: 40)
        let screen = app.render()
        expectGolden(screen, "first-40x12")
        // At 40 columns the kind column is dropped; date, province and title remain.
        #expect(!line(screen, 0).contains("类型"))
        #expect(line(screen, 0).contains("省份"))
        #expect(line(screen, 0).contains("标题"))
    }

    @Test func listAndReaderSideBySideAt120x40() {
        let (app, _) = makeApp(rows: 40, cols: 120)
        let screen = press(app, .character("j"), .character("j"), .tab)
        expectGolden(screen, "reader-120x40")
        // The rule sits at 40 % of the width.
        #expect(screen[5, 48].text == "│")
        #expect(app.state.selectedDocument?.id == "001_urumqi_coordination")
    }

    @Test func listAndReaderStackedAt80x24() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        let screen = press(app, .character("j"), .character("j"), .enter)
        expectGolden(screen, "reader-80x24")
        #expect(app.state.focus == .reader)
    }

    @Test func listAndReaderStackedAt50x16() {
        let (app, _) = makeApp(rows: 16, cols: 50)
        let screen = press(app, .character("G"))
        expectGolden(screen, "reader-50x16")
        #expect(app.state.selectedRow == 4)
    }

    @Test func figuresAreHighlightedInTheReader() throws {
        let (app, _) = makeApp(rows: 40, cols: 120)
        let screen = press(app, .character("j"), .character("j"), .character("j"))
        let r = try #require(row(containing: "74件", in: screen))
        let c = try #require(column(of: "74件", in: screen, row: r))
        #expect(screen[r, c].style.role == .figure)
        #expect(screen[r, c + 3].style.role == .figure)
        let q = try #require(row(containing: "本轮涉粮", in: screen))
        let b = try #require(column(of: "本轮涉粮", in: screen, row: q))
        #expect(screen[q, b].style.role == .normal)
    }

    @Test func helpOverlayListsEveryBinding() {
        let (app, _) = makeApp(rows: 40, cols: 100)
        let screen = press(app, .character("?"))
        expectGolden(screen, "help-100x40")
        for b in KeyTable.standard.bindings {
            #expect(screen.text().contains(b.help), "help is missing \(b.action)")
        }
        let closed = press(app, .escape)
        #expect(!closed.text().contains("帮助 Help"))
    }

    /// At 80×24 the help is taller than the screen: it says so and scrolls to every binding.
    @Test func helpOverlayScrollsAt80x24() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        let first = press(app, .character("?"))
        expectGolden(first, "help-80x24")
        let bindings = KeyTable.standard.bindings
        #expect(first.text().contains(bindings[0].help))
        #expect(!first.text().contains(bindings[bindings.count - 1].help))
        #expect(first.text().contains("/ \(bindings.count + 2)"))
        // Every binding is on screen at some scroll position, going down one page at a time.
        var seen = Set<Int>()
        var screen = first
        for _ in 0..<10 {
            for (i, b) in bindings.enumerated() where screen.text().contains(b.help) { seen.insert(i) }
            screen = press(app, .pageDown)
        }
        #expect(seen.count == bindings.count)
        let bottom = press(app, .character("G"))
        #expect(bottom.text().contains(bindings[bindings.count - 1].help))
        #expect(!bottom.text().contains(bindings[0].help))
        // Up from the bottom moves at once (the position is clamped, not left past the end).
        let up = press(app, .character("k"))
        #expect(up.text() != bottom.text())
        let top = press(app, .character("g"))
        #expect(top.text() == first.text())
        // Reopening starts from the top.
        _ = press(app, .escape)
        #expect(press(app, .character("?")).text() == first.text())
    }

    @Test func tooSmallNoticeAndRecovery() {
        let (app, terminal) = makeApp(rows: 9, cols: 80)
        var screen = app.render()
        expectGolden(screen, "too-small-80x9")
        #expect(screen.text().contains("terminal too small"))
        terminal.resize(rows: 24, cols: 39)
        app.handle(terminal.events.removeFirst())
        screen = app.render()
        #expect(screen.text().contains("39×24"))
        terminal.resize(rows: 24, cols: 80)
        app.handle(terminal.events.removeFirst())
        screen = app.render()
        #expect(!screen.text().contains("too small"))
        #expect(screen.text().contains("1/5"))
    }
}
