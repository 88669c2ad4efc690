import Testing
@testable import Curses

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func cjkIsTwoColumns() {
        #expect(DisplayWidth.of("吉林省") == 6)
        #expect(DisplayWidth.of("问题线索5件") == 11)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of(Character("𠀀")) == 2)  // CJK extension B
    }

    @Test func fullwidthPunctuationIsTwoColumns() {
        #expect(DisplayWidth.of(Character("，")) == 2)
        #expect(DisplayWidth.of(Character("。")) == 2)
        #expect(DisplayWidth.of(Character("（")) == 2)
        #expect(DisplayWidth.of("Ａ１") == 4)
    }

    @Test func combiningMarksAddNothing() {
        let decomposed = "e\u{301}"
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
    }

    @Test func emojiPresentationIsTwoColumns() {
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of("a😀b") == 4)
    }

    @Test func variationSelector16WidensNarrowEmoji() {
        #expect(DisplayWidth.of(Character("\u{2764}")) == 1)
        #expect(DisplayWidth.of(Character("\u{2764}\u{FE0F}")) == 2)
        #expect(DisplayWidth.of(Character("a\u{FE0F}")) == 1)  // not an emoji base
    }

    @Test func zwjSequenceIsMeasuredAsItsComponents() {
        let family: Character = "👨‍👩‍👧"
        #expect(DisplayWidth.of(family) == 6)
        let cells = DisplayWidth.cells(of: family)
        #expect(cells.map(\.text) == ["👨", "👩", "👧"])
        #expect(cells.map(\.width) == [2, 2, 2])
    }

    @Test func skinToneModifierIsDropped() {
        let thumbs: Character = "👍🏽"
        #expect(DisplayWidth.of(thumbs) == 2)
        #expect(DisplayWidth.cells(of: thumbs).map(\.text) == ["👍"])
    }

    @Test func flagIsTwoOneColumnIndicators() {
        let flag: Character = "🇨🇳"
        #expect(DisplayWidth.of(flag) == 2)
        #expect(DisplayWidth.cells(of: flag).map(\.width) == [1, 1])
    }

    @Test(arguments: ["“", "”", "…", "·", "—", "‘", "±"])
    func ambiguousCharactersFollowThePolicy(_ text: String) {
        let ch = Character(text)
        #expect(DisplayWidth.of(ch, ambiguous: .narrow) == 1)
        #expect(DisplayWidth.of(ch, ambiguous: .wide) == 2)
    }

    @Test func ambiguousPolicyInAString() {
        let quote = "“巡视”…"
        #expect(DisplayWidth.of(quote) == 7)
        #expect(DisplayWidth.of(quote, ambiguous: .wide) == 10)
    }

    @Test func controlsMeasureZero() {
        #expect(DisplayWidth.scalarWidth(0x1B) == 0)
        #expect(DisplayWidth.scalarWidth(0x9B) == 0)
        #expect(DisplayWidth.scalarWidth(0x7F) == 0)
    }

    @Test func widthOfStringIsSumOfCells() {
        let text = "a中é😀👨‍👩‍👧🇨🇳❤️“"
        let sum = text.reduce(0) { $0 + DisplayWidth.cells(of: $1).reduce(0) { $0 + $1.width } }
        #expect(DisplayWidth.of(text) == sum)
        #expect(sum == 1 + 2 + 1 + 2 + 6 + 2 + 2 + 1)
    }

    @Test func tableIsSortedAndDisjoint() {
        let r = WidthTable.ranges
        for i in stride(from: 0, to: r.count, by: 2) {
            #expect(r[i] <= r[i + 1] >> 2)
            if i + 2 < r.count { #expect(r[i + 1] >> 2 < r[i + 2]) }
        }
    }
}
