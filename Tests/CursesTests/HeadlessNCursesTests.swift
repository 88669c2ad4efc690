import Testing
@testable import Curses

/// Drives the real ncurses drawing path headless (`newterm` writing to
/// /dev/null) and reads the screen back with `mvwinnwstr`.
///
/// ncurses has one global screen, so these tests run serially.
@Suite(.serialized) struct HeadlessNCursesTests {
    @Test func wideCharactersLandInTheRightColumns() throws {
        let term = try NCursesTerminal(headless: Size(rows: 4, cols: 20))
        defer { term.shutdown() }
        #expect(term.size == Size(rows: 4, cols: 20))
        #expect(!term.capabilities.asciiOnly)
        let canvas = Canvas(size: term.size)
        canvas.put("吉林省ab", row: 0, col: 2)
        canvas.put("x，y😀z", row: 1, col: 0)
        canvas.put("e\u{301}|", row: 2, col: 0, style: Style(.selection))
        term.present(canvas)
        #expect(term.screenLine(0) == "  吉林省ab")
        #expect(term.screenLine(0, from: 4) == "林省ab")
        #expect(term.screenLine(0, from: 8) == "ab")
        #expect(term.screenLine(1) == "x，y😀z")
        #expect(term.screenLine(1, from: 3) == "y😀z")
        #expect(term.screenLine(1, from: 6) == "z")
        #expect(term.screenLine(2, from: 1) == "|")
    }

    @Test func laterFramesReplaceWideCharactersCleanly() throws {
        let term = try NCursesTerminal(headless: Size(rows: 2, cols: 12))
        defer { term.shutdown() }
        let canvas = Canvas(size: term.size)
        canvas.put("巡视组", row: 0, col: 0)
        term.present(canvas)
        canvas.clear()
        canvas.put("a巡视", row: 0, col: 0)
        term.present(canvas)
        #expect(term.screenLine(0) == "a巡视")
        #expect(term.screenLine(0, from: 3) == "视")
    }

    @Test func zwjAndVariationSequencesMatchTheCanvasWidths() throws {
        let term = try NCursesTerminal(headless: Size(rows: 2, cols: 20))
        defer { term.shutdown() }
        let canvas = Canvas(size: term.size)
        let used = canvas.put("👨‍👩‍👧|❤️|", row: 0, col: 0)
        #expect(used == 10)
        term.present(canvas)
        // Each component in its own cell, no joiners; ❤ (1 column for
        // ncurses) is padded to the 2 columns the canvas measured.
        #expect(term.screenLine(0) == "👨👩👧|❤ |")
        #expect(term.screenLine(0, from: 9) == "|")
    }

    @Test func wideAmbiguousPolicyIsPaddedToWhatNcursesPlaces() throws {
        let term = try NCursesTerminal(headless: Size(rows: 1, cols: 12))
        defer { term.shutdown() }
        let canvas = Canvas(size: term.size, ambiguousWidth: .wide)
        #expect(canvas.put("“a”|", row: 0, col: 0) == 6)
        term.present(canvas)
        // glibc counts “ as 1 column, so each gets a blank to fill its 2.
        #expect(term.screenLine(0) == "“ a” |")
        #expect(term.screenLine(0, from: 5) == "|")
    }
}
