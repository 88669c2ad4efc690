@testable import Browser
import Corpus
import Curses
import Testing
import XunshiTestSupport

@Suite struct AppBehaviourTests {
    @Test func resizeKeepsSelectionAndReadingPosition() throws {
        let (app, terminal) = makeApp(rows: 16, cols: 50)
        press(app, .character("j"), .character("j"), .character("j"), .tab)
        press(app, .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"))
        let before = app.render()
        let topText = try #require(app.state.readerAnchor.textOffset)
        let id = app.state.selectedDocument?.id
        terminal.resize(rows: 40, cols: 120)
        app.handle(terminal.events.removeFirst())
        let after = app.render()
        #expect(app.state.selectedDocument?.id == id)
        // The reader's first line still holds the same text offset.
        let layout = try #require(app.reader.layout(app.state, width: 120 - 48 - 2, ambiguous: .narrow))
        let top = layout.line(for: app.state.readerAnchor)
        #expect(layout.lines[top].offsets.contains(topText) || layout.lines[top].start <= topText)
        #expect(before.text() != after.text())
        #expect(app.state.focus == .reader)
    }

    @Test func sortCyclesDateProvinceTitleRelevance() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        let ids = { app.state.visible.map { app.state.documents[$0].id.prefix(3) } }
        #expect(ids() == ["003", "002", "001", "000", "004"])
        press(app, .character("o"))
        #expect(app.state.sort == .province)
        #expect(ids() == ["002", "000", "004", "003", "001"])  // 吉林 < 四川 < 新疆 by code point
        press(app, .character("o"))
        #expect(app.state.sort == .title)
        press(app, .character("o"))
        #expect(app.state.sort == .relevance)
        #expect(ids() == ["003", "002", "001", "000", "004"])  // no query: newest first
        press(app, .character("o"))
        #expect(app.state.sort == .date)
    }

    @Test func nextAndPreviousDocumentMoveTheSelectionFromTheReader() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .enter, .character("]"), .character("]"))
        #expect(app.state.selectedRow == 2)
        #expect(app.state.focus == .reader)
        press(app, .character("["))
        #expect(app.state.selectedRow == 1)
    }

    @Test func zoomGivesTheFocusedPaneTheScreen() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        let screen = press(app, .tab, .character("z"))
        #expect(!screen.text().contains("标题"))  // the list header is gone
        #expect(line(screen, 0).contains("四川珙縣"))
        let back = press(app, .escape)
        #expect(back.text().contains("标题"))
    }

    @Test func movementIsClamped() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        press(app, .character("k"), .ctrl("u"))
        #expect(app.state.selectedRow == 0)
        press(app, .character("G"), .character("j"), .pageDown)
        #expect(app.state.selectedRow == 4)
        press(app, .ctrl("d"))
        #expect(app.state.selectedRow == 4)
        press(app, .character("g"))
        #expect(app.state.selectedRow == 0)
    }

    @Test func unboundKeysSayHowToGetHelp() {
        let (app, _) = makeApp(rows: 24, cols: 80)
        let screen = press(app, .character("Q"))
        #expect(line(screen, 23).contains("? shows the keys"))
        press(app, .character("j"))
        #expect(app.state.message == nil)
    }

    @Test func framesArePresentedOnlyWhenSomethingChanged() {
        let (app, terminal) = makeApp(rows: 24, cols: 80)
        app.presentIfChanged()
        app.presentIfChanged()
        #expect(terminal.presented.count == 1)
        app.handle(.key(.character("k")))  // already at the top: same screen
        app.presentIfChanged()
        #expect(terminal.presented.count == 1)
        app.handle(.key(.character("j")))
        app.presentIfChanged()
        #expect(terminal.presented.count == 2)
    }
}

extension ReaderAnchor {
    var textOffset: Int? { if case .text(let o) = self { o } else { nil } }
}
