import Browser
import Curses
import Testing
import XunshiTestSupport

/// The search prompt: live narrowing, highlighted hits, Enter/Esc, history and errors.
@Suite struct SearchScreenTests {
    @Test func listNarrowsOnEveryKeystrokeAndHitsAreHighlighted() throws {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("/"))
        type(app, "乌")
        #expect(app.state.visible.count == 1)
        type(app, "x")
        #expect(app.state.visible.isEmpty)
        press(app, .backspace)
        #expect(app.state.visible.count == 1)
        press(app, .backspace)
        let screen = type(app, "留置")
        expectGolden(screen, "search-80x24")
        #expect(app.state.visible.count == 1)
        #expect(line(screen, 23) == "/留置")
        #expect(screen.cursor?.row == 23 && screen.cursor?.col == 5)
        // Hit in the reader body: highlighted; the figure next to it keeps the highlight role for its hit cells.
        let r = try #require(row(containing: "留置19人", in: screen))
        let c = try #require(column(of: "留置", in: screen, row: r))
        #expect(screen[r, c].style.role == .highlight)
        #expect(screen[r, c + 2].style.role == .highlight)
        #expect(screen[r, c + 4].style.role == .figure)
        press(app, .enter)
        #expect(app.state.prompt == nil)
        #expect(app.state.query == "留置")
        #expect(app.state.history == ["留置"])
    }

    @Test func titleHitsAreHighlightedInTheList() throws {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("/"))
        let screen = type(app, "吉林")
        #expect(app.state.visible.count == 3)
        // The selected row (坚守…) matches in its text only; 吉林：创新… matches in its title.
        let r = try #require(row(containing: "吉林：创新", in: screen))
        #expect(r > 1 && r < 4)
        let c = try #require(column(of: "吉林：创新", in: screen, row: r))
        #expect(screen[r, c].style.role == .highlight)
        #expect(screen[r, c + 2].style.role == .highlight)
        #expect(screen[r, c + 4].style.role == .normal)
    }

    @Test func traditionalTextMatchesSimplifiedQuery() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("/"))
        type(app, "巡审")
        #expect(app.state.visible.map { app.state.documents[$0].id } == ["003_gongxian_audit"])
    }

    @Test func escapeRestoresThePreviousQuery() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("/"))
        type(app, "吉林")
        press(app, .enter)
        press(app, .character("/"), .ctrl("u"))
        type(app, "新疆")
        #expect(app.state.visible.count == 1)
        press(app, .escape)
        #expect(app.state.query == "吉林")
        #expect(app.state.visible.count == 3)
    }

    @Test func invalidQueryShowsAnErrorAndKeepsTheList() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("/"))
        type(app, "吉林")
        let screen = type(app, " year:20x")
        #expect(line(screen, 23).contains("malformed year"))
        #expect(screen[23, 79].style.role == .error)
        #expect(app.state.visible.count == 3)
        press(app, .enter)
        #expect(app.state.prompt != nil, "Enter does not accept an invalid query")
    }

    @Test func historyWalksWithUpAndDown() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        for q in ["吉林", "新疆"] {
            press(app, .character("/"), .ctrl("u"))
            type(app, q)
            press(app, .enter)
        }
        press(app, .character("/"), .ctrl("u"), .up)
        #expect(app.state.prompt?.text == "新疆")
        press(app, .up)
        #expect(app.state.prompt?.text == "吉林")
        press(app, .down, .down)
        #expect(app.state.prompt?.text == "新疆")
    }

    @Test func nextAndPreviousHitMoveThroughTheDocument() {
        let (app, _) = makeApp(rows: 16, cols: 50)
        press(app, .character("/"))
        type(app, "监督")
        press(app, .enter)
        let id = app.state.selectedDocument?.id
        press(app, .character("n"))
        #expect(app.state.message?.text.contains("1/") == true)
        press(app, .character("n"))
        #expect(app.state.message?.text.contains("2/") == true)
        press(app, .character("N"), .character("N"))
        #expect(app.state.message?.text.contains("wrapped") == true)
        #expect(app.state.selectedDocument?.id == id)
    }
}
