import Testing
@testable import Curses

@Suite struct TruncationTests {
    @Test func fittingTextIsUnchanged() {
        #expect(DisplayWidth.truncate("吉林", to: 4) == "吉林")
        #expect(DisplayWidth.truncate("abc", to: 10) == "abc")
    }

    @Test func cutTextEndsInEllipsisAndFillsTheWidth() {
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.truncate("吉林省委", to: 5) == "吉林…")
    }

    @Test func wideCharacterIsNeverSplit() {
        // Room for 3 columns before the ellipsis: "ab" then 漢 needs 2 → pad.
        let cut = DisplayWidth.truncate("ab漢字", to: 4)
        #expect(cut == "ab… ")
        #expect(DisplayWidth.of(cut) == 4)
        #expect(DisplayWidth.truncate("吉林省委", to: 4) == "吉… ")
    }

    @Test func tinyWidths() {
        #expect(DisplayWidth.truncate("吉林", to: 1) == "…")
        #expect(DisplayWidth.truncate("吉林", to: 0) == "")
        // Under the wide policy the ellipsis itself is 2 columns.
        #expect(DisplayWidth.truncate("吉林", to: 1, ambiguous: .wide) == " ")
        #expect(DisplayWidth.truncate("abcdef", to: 4, ambiguous: .wide) == "ab…")
    }

    @Test func customEllipsis() {
        #expect(DisplayWidth.truncate("ji lin sheng", to: 6, ellipsis: "~") == "ji li~")
    }

    @Test func resultNeverExceedsWidth() {
        let samples = ["吉林省委巡视组发现问题", "a“b”c…", "👨‍👩‍👧x", "e\u{301}e\u{301}e\u{301}"]
        for s in samples {
            for w in 0...12 {
                let cut = DisplayWidth.truncate(s, to: w)
                #expect(DisplayWidth.of(cut) <= w, "\(s) to \(w)")
                if DisplayWidth.of(s) > w { #expect(DisplayWidth.of(cut) == w, "\(s) to \(w)") }
            }
        }
    }

    @Test func prefixFitting() {
        #expect(DisplayWidth.prefix("吉林省", fitting: 5) == "吉林")
        #expect(DisplayWidth.prefix("吉林省", fitting: 6) == "吉林省")
        #expect(DisplayWidth.prefix("ab吉", fitting: 3) == "ab")
        #expect(DisplayWidth.prefix("abc", fitting: 0) == "")
        let rest = "一二三四五"[...]
        let first = DisplayWidth.prefix(rest, fitting: 4)
        #expect(first == "一二")
        #expect(rest[first.endIndex...] == "三四五")
    }
}
