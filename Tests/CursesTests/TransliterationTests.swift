import Testing
@testable import Curses

@Suite struct TransliterationTests {
    @Test func hanBecomesTonelessPinyin() {
        #expect(Transliteration.ascii("吉林") == "ji lin")
        #expect(Transliteration.ascii("巡视") == "xun shi")
    }

    @Test func punctuationBecomesAscii() {
        #expect(Transliteration.ascii("，") == ",")
        #expect(Transliteration.ascii("。") == ".")
        #expect(Transliteration.ascii("（一）") == "(yi)")
        #expect(Transliteration.ascii("“立案”") == "\"li an\"")
        #expect(Transliteration.ascii("《报告》") == "<bao gao>")
        #expect(Transliteration.ascii("a…b") == "a...b")
    }

    @Test func remainingNonAsciiBecomesQuestionMark() {
        #expect(Transliteration.ascii("x😀y") == "x?y")
        #expect(Transliteration.ascii("café") == "cafe")
    }

    @Test func asciiInputIsUnchanged() {
        #expect(Transliteration.ascii("plain text 123") == "plain text 123")
    }

    @Test func outputIsPrintableAsciiSoColumnsEqualCharacters() {
        let text = "吉林省委第一巡视组，发现问题线索5件、立案3人。"
        let ascii = Transliteration.ascii(text)
        #expect(ascii.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
        #expect(DisplayWidth.of(ascii) == ascii.count)
    }

    @Test func cacheIsBoundedAndReturnsStoredValues() {
        let cache = TransliterationCache(limit: 3)
        for i in 0..<10 { cache.store("v\(i)", for: "k\(i)") }
        #expect(cache.count <= 6)
        #expect(cache.value(for: "k9") == "v9")
        #expect(cache.value(for: "k0") == nil)
    }

    @Test func cachedResultEqualsComputedResult() {
        let text = "中央第三巡视组"
        let first = Transliteration.ascii(text)
        #expect(Transliteration.ascii(text) == first)
        #expect(Transliteration.compute(text) == first)
    }

    @Test func concurrentCallsAgree() async {
        let inputs = (0..<40).map { "第\($0 % 8)巡视组，问题线索" }
        let expected = inputs.map(Transliteration.compute)
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for (i, text) in inputs.enumerated() {
                group.addTask { (i, Transliteration.ascii(text)) }
            }
            var out = Array(repeating: "", count: inputs.count)
            for await (i, r) in group { out[i] = r }
            return out
        }
        #expect(results == expected)
    }
}
