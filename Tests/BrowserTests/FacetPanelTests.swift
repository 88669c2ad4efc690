import Browser
import Curses
import Testing
import XunshiTestSupport

@Suite struct FacetPanelTests {
    @Test func panelShowsCountsAndTogglesNarrowTheList() throws {
        let (app, _) = makeApp(rows: 30, cols: 100)
        var screen = press(app, .character("f"))
        expectGolden(screen, "facets-100x30")
        #expect(app.state.focus == .facets)
        // Province rows come first, by count: 吉林 3.
        let r = try #require(row(containing: "[ ] 吉林", in: screen))
        #expect(panel(screen, r).hasSuffix("3"))
        screen = press(app, .character(" "))
        #expect(app.state.filters.provinces == ["吉林"])
        #expect(app.state.visible.count == 3)
        #expect(line(screen, 28).contains("[省:吉林]"))
        #expect(screen.text().contains("[x] 吉林"))
        // Year counts now only count 吉林 documents: 2021 has two.
        let y = try #require(row(containing: "[ ] 2021", in: screen))
        #expect(panel(screen, y).hasSuffix("2"))
        // Toggling the same value off restores the list.
        press(app, .enter)
        #expect(app.state.visible.count == 5)
        press(app, .escape)
        #expect(app.state.facetsOpen == false)
        #expect(app.state.focus == .list)
    }

    @Test func clearFiltersDropsQueryAndFilters() {
        let (app, _) = makeApp(rows: 30, cols: 100)
        press(app, .character("f"), .character(" "), .character("f"), .character("/"))
        type(app, "监督")
        press(app, .enter, .character("x"))
        #expect(app.state.query.isEmpty)
        #expect(app.state.filters.isEmpty)
        #expect(app.state.visible.count == 5)
    }
}

/// The facet panel's part of row `r` (left of the rule), trailing blanks trimmed.
private func panel(_ canvas: Canvas, _ r: Int) -> String {
    var s = String(line(canvas, r).split(separator: "│", omittingEmptySubsequences: false)[0])
    while s.last == " " { s.removeLast() }
    return s
}
