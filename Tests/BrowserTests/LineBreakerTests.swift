@testable import Browser
import Curses
import Testing

@Suite struct LineBreakerTests {
    static let text = "近日，吉林省委召开常委会议，审议通过《关于建立巡视巡察监督与其他监督贯通融合“1+X”工作机制的意见》，明确总体目标（含5个方面）、基本原则、主要任务。本轮巡视发现问题线索74件，立案22人。Inspection teams reviewed 31 units, finding problems."

    func wrap(_ s: String, _ width: Int) -> [String] {
        let chars = Array(s)
        let widths = chars.map { DisplayWidth.of($0) }
        return LineBreaker.wrap(chars, widths: widths, width: width).map { String(chars[$0]) }
    }

    @Test(arguments: [7, 8, 9, 10, 11, 12, 13, 17, 20, 31, 40])
    func punctuationRulesHoldAtEveryWidth(width: Int) {
        let lines = wrap(Self.text, width)
        #expect(lines.joined().filter { $0 != " " } == Self.text.filter { $0 != " " })
        for (i, l) in lines.enumerated() {
            #expect(DisplayWidth.of(l) <= width, "line \(i) too wide: \(l)")
            if i > 0, let first = l.first { #expect(!LineBreaker.noStart.contains(first), "line \(i) starts with \(first): \(l)") }
            if i < lines.count - 1, let last = l.last { #expect(!LineBreaker.noEnd.contains(last), "line \(i) ends with \(last): \(l)") }
        }
    }

    @Test func closingPunctuationCarriesThePreviousCharacterDown() {
        // 6 columns fit "近日" + "，" would start line 2: 日 moves down with it.
        #expect(wrap("近日，吉林", 4) == ["近", "日，", "吉林"])
    }

    @Test func openingPunctuationMovesToTheNextLine() {
        #expect(wrap("通过《关于", 6) == ["通过", "《关于"])
    }

    @Test func asciiWordsStayWhole() {
        #expect(wrap("reviewed units", 10) == ["reviewed", "units"])
    }

    @Test func wideCharactersNeverOverflow() {
        // An odd width cannot hold a trailing half of a wide character.
        #expect(wrap("巡视巡察", 5) == ["巡视", "巡察"])
    }
}
