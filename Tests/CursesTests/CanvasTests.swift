import Testing
@testable import Curses

@Suite struct CanvasTests {
    @Test func putPlacesWideCharactersWithContinuations() {
        let canvas = Canvas(size: Size(rows: 2, cols: 10))
        let used = canvas.put("吉林a", row: 0, col: 1)
        #expect(used == 5)
        #expect(canvas[0, 1].text == "吉")
        #expect(canvas[0, 2].isContinuation)
        #expect(canvas[0, 3].text == "林")
        #expect(canvas[0, 5].text == "a")
        #expect(canvas.text() == " 吉林a\n")
    }

    @Test func putClipsToMaxWidthWithEllipsis() {
        let canvas = Canvas(size: Size(rows: 1, cols: 20))
        let used = canvas.put("巡视组发现问题线索", row: 0, col: 0, maxWidth: 7)
        #expect(used == 7)
        #expect(canvas.line(0) == "巡视组…")
        #expect(canvas[0, 7].text == " ")
    }

    @Test func putClipsAtTheRightEdge() {
        let canvas = Canvas(size: Size(rows: 1, cols: 6))
        canvas.put("abc吉林", row: 0, col: 0)
        #expect(canvas.line(0) == "abc吉…")
        let edge = Canvas(size: Size(rows: 1, cols: 4))
        edge.put("ab吉", row: 0, col: 0)
        #expect(edge.line(0) == "ab吉")
    }

    @Test func putOutsideTheCanvasDrawsNothing() {
        let canvas = Canvas(size: Size(rows: 1, cols: 4))
        #expect(canvas.put("x", row: 1, col: 0) == 0)
        #expect(canvas.put("x", row: 0, col: 4) == 0)
        #expect(canvas.put("x", row: -1, col: 0) == 0)
        #expect(canvas.text() == "")
    }

    @Test func negativeColumnScrollsAndBlanksAStraddlingWideCharacter() {
        let canvas = Canvas(size: Size(rows: 1, cols: 6))
        canvas.put("吉林省", row: 0, col: -1)
        #expect(canvas[0, 0].text == " ")
        #expect(canvas[0, 1].text == "林")
        #expect(canvas.line(0) == " 林省")
    }

    @Test func overwritingTheRightHalfBlanksTheLeftHalf() {
        let canvas = Canvas(size: Size(rows: 1, cols: 6))
        canvas.put("吉林", row: 0, col: 0)
        canvas.put("x", row: 0, col: 1)
        #expect(canvas.line(0) == " x林")
        #expect(!canvas[0, 0].isContinuation)
    }

    @Test func overwritingTheLeftHalfBlanksTheRightHalf() {
        let canvas = Canvas(size: Size(rows: 1, cols: 6))
        canvas.put("吉林", row: 0, col: 0)
        canvas.put("y", row: 0, col: 2)
        #expect(canvas.line(0) == "吉y")
        #expect(canvas[0, 3].text == " ")
    }

    @Test func wideOverShiftedWideKeepsInvariants() {
        let canvas = Canvas(size: Size(rows: 1, cols: 6))
        canvas.put("吉林", row: 0, col: 0)
        canvas.put("省", row: 0, col: 1)
        #expect(canvas.line(0) == " 省")
        for c in 0..<6 where canvas[0, c].isContinuation {
            #expect(c > 0 && !canvas[0, c - 1].isContinuation && canvas[0, c - 1].text != " ")
        }
    }

    @Test func controlCharactersAreSanitisedBeforeDrawing() {
        let canvas = Canvas(size: Size(rows: 1, cols: 20))
        let used = canvas.put("a\u{1B}[2Jb", row: 0, col: 0)
        #expect(canvas.line(0) == "a␛[2Jb")
        #expect(used == 6)
    }

    @Test func zwjSequenceIsDrawnAsSeparateCells() {
        let canvas = Canvas(size: Size(rows: 1, cols: 10))
        #expect(canvas.put("👨‍👩‍👧!", row: 0, col: 0) == 7)
        #expect(canvas[0, 0].text == "👨")
        #expect(canvas[0, 2].text == "👩")
        #expect(canvas[0, 4].text == "👧")
        #expect(canvas[0, 6].text == "!")
    }

    @Test func asciiModeTransliteratesBeforeMeasuring() {
        let canvas = Canvas(size: Size(rows: 1, cols: 30), asciiOnly: true)
        let used = canvas.put("吉林，立案", row: 0, col: 0)
        let line = canvas.line(0)
        #expect(line.unicodeScalars.allSatisfy { $0.value < 0x80 })
        #expect(used == line.count)
        #expect(line.lowercased().hasPrefix("ji lin"))
    }

    @Test func asciiModeUsesAnAsciiEllipsis() {
        let canvas = Canvas(size: Size(rows: 1, cols: 30), asciiOnly: true)
        canvas.put("吉林省委巡视组", row: 0, col: 0, maxWidth: 8)
        #expect(canvas.line(0) == "ji lin ~")
    }

    @Test func fillRestyleAndCopy() {
        let canvas = Canvas(size: Size(rows: 1, cols: 4))
        canvas.fill(row: 0, col: 1, width: 10, style: Style(.bar))
        #expect(canvas[0, 0].style == .plain)
        #expect(canvas[0, 3].style == Style(.bar))
        canvas.restyle(row: 0, col: 0, width: 2, style: Style(.highlight))
        #expect(canvas[0, 1].style == Style(.highlight))
        let copy = canvas.copy()
        canvas.clear()
        #expect(copy[0, 1].style == Style(.highlight))
        #expect(canvas[0, 1].style == .plain)
    }

    @Test func ambiguousPolicyDecidesCellWidths() {
        let narrow = Canvas(size: Size(rows: 1, cols: 10))
        #expect(narrow.put("“引”", row: 0, col: 0) == 4)
        #expect(narrow[0, 1].text == "引")
        let wide = Canvas(size: Size(rows: 1, cols: 10), ambiguousWidth: .wide)
        #expect(wide.put("“引”", row: 0, col: 0) == 6)
        #expect(wide[0, 1].isContinuation)
        #expect(wide[0, 2].text == "引")
        #expect(wide[0, 4].text == "”")
    }
}
