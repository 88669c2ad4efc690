import Testing
@testable import Corpus

/// The prefilter of pinyin scans: the stretch every match starts with, and the table the
/// scan reads.
@Suite struct PinyinFilterTests {
    /// A table prepared for the characters of `text`.
    static func table(_ text: String) -> PinyinTable {
        var table = PinyinTable()
        table.prepare(Array(text.utf16))
        return table
    }

    static func letters(_ mask: UInt32) -> String {
        String((0..<26).filter { mask & (1 << UInt32($0)) != 0 }.map { Character(Unicode.Scalar(UInt8(0x61 + $0))) })
    }

    static func stretch(_ query: String, over text: String) -> [String] {
        table(text).withView { view in PinyinFilter.stretch(Array(query.utf8), view: view).map(letters) }
    }

    static let text = "巡视巡察监督重庆银行长江省委书记"

    @Test func initialsThatStartNoSyllableEachTakeOneCharacter() {
        // No syllable starts xs, sx or xc: four characters, one letter each.
        #expect(Self.stretch("xsxc", over: Self.text) == ["x", "s", "x", "c"])
        #expect(Self.stretch("xsx", over: Self.text) == ["x", "s", "x"])
        // `sh` starts syllables (shi, sheng, shu): the stretch stops at the `s`.
        #expect(Self.stretch("xshi", over: Self.text) == ["x", "s"])
    }

    @Test func aQueryNoSyllableStartsWithNeedsTwoCharacters() {
        // After a complete first piece (x, xun) the second character starts with u or s;
        // once the table holds the syllable xu (需), also with n.
        #expect(Self.stretch("xuns", over: Self.text) == ["x", "su"])
        #expect(Self.stretch("xuns", over: Self.text + "需") == ["x", "nsu"])
        // zh is an initial of its own (zhong): the second character may start with h or o... or q after zhong.
        #expect(Self.stretch("zhongq", over: Self.text) == ["z", "hoq"])
    }

    @Test func aPrefixOfASyllableMayBeOneCharacter() {
        #expect(Self.stretch("xun", over: Self.text) == ["x"])
        #expect(Self.stretch("x", over: Self.text) == ["x"])
        #expect(Self.stretch("zho", over: Self.text) == ["z"])
    }

    @Test func tableClearsTheBitsOfAllowedPositions() {
        let table = Self.table(Self.text)
        let (bits, goal) = table.withView { view in PinyinLattice(Array("xsxc".utf8), view: view).filterTable() }
        #expect(goal == 0b1000)
        // 巡 may stand at 0 and 2 (x), 视 and 省 at 1 (s), 察 at 3 (c), 重 (zhong/chong) at 3 too.
        #expect(~bits[Int("巡".utf16.first!)] == 0b0101)
        #expect(~bits[Int("视".utf16.first!)] == 0b0010)
        #expect(~bits[Int("察".utf16.first!)] == 0b1000)
        #expect(~bits[Int("重".utf16.first!)] == 0b1000)
        #expect(~bits[Int("银".utf16.first!)] == 0)
        #expect(bits[Int("a".utf16.first!)] == 0xFF)
    }

    @Test func scanFindsTheFirstMatchPastFailedStretches() {
        var table = Self.table("巡视组巡视巡察")
        table.prepare(Array("组".utf16))
        let text = Array("巡视组巡视巡察".utf16)
        let found = table.withView { view -> Range<Int>? in
            let matcher = PinyinMatcher(Array("xsxc".utf16))!.prepared(for: view)
            return text.withUnsafeBufferPointer { matcher.first(in: $0, view: view) }
        }
        #expect(found == 3..<7)
    }
}
