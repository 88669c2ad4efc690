@testable import Corpus
import Testing
import XunshiTestSupport

/// A stored text keeps the folded units and the places folding changed: the paragraphs
/// come back exactly, the units are the index's folding, and damaged exceptions decode to
/// some text without a crash.
@Suite struct StoredTextExceptionsTests {
    /// Scalars folding keeps, changes to one unit, expands, or takes from outside the BMP.
    static let alphabet: [String] = [
        "巡", "视", "察", "組", "審", "聯", "動", "，", "：", "（", "）", "。", "、", "“", "”", "Ａ", "ｂ", "１",
        "A", "z", "7", " ", "\t", "㈱", "ﬁ", "½", "İ", "ẞ", "𝐀", "😀", "𠀀", "①", "é", "\u{301}", "\u{FEFF}",
    ]

    static func paragraphs(_ generator: inout SplitMix64) -> [String] {
        (0..<Int.random(in: 0...4, using: &generator)).map { _ in
            String((0..<Int.random(in: 0...30, using: &generator)).map { _ in
                alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }.joined())
        }
    }

    @Test func paragraphsComeBackExactlyAndTheUnitsAreTheIndexFolding() {
        var generator = SplitMix64(state: 41)
        var normalizer = SearchNormalizer()
        for _ in 0..<400 {
            let paragraphs = Self.paragraphs(&generator)
            let text = StoredText(paragraphs: paragraphs, figures: [])
            #expect(text.isWellFormed)
            #expect(text.paragraphs.map { Array($0.unicodeScalars) } == paragraphs.map { Array($0.unicodeScalars) })
            #expect(Array(text.units) == normalizer.normalize(paragraphs.joined(separator: "\n")))
            #expect(text.displayUnits == Array(paragraphs.joined(separator: "\n").utf16), "the whole text, as UTF-16")
        }
    }

    @Test func onlyWhatFoldingChangesIsAnException() {
        let simplified = StoredText(paragraphs: ["巡视巡察反馈问题线索12件"], figures: [])
        #expect(simplified.exceptions.isEmpty, "Simplified Han and ASCII fold to themselves")
        let punctuated = StoredText(paragraphs: ["巡视，巡察：Ａ"], figures: [])
        // Three records of 1 + 2 bytes: `，` `：` `Ａ` (gap varint, two-byte scalar).
        #expect(punctuated.exceptions.count == 9)
        #expect(punctuated.paragraph(0) == "巡视，巡察：Ａ")
    }

    @Test func damagedExceptionsDecodeWithoutACrash() {
        var generator = SplitMix64(state: 5)
        for _ in 0..<300 {
            let paragraphs = Self.paragraphs(&generator)
            let good = StoredText(paragraphs: paragraphs, figures: [])
            var bytes = good.exceptions
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                if bytes.isEmpty || Bool.random(using: &generator) {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                } else {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
            }
            let damaged = StoredText(chunk: good.chunk, start: good.units.baseAddress ?? UnsafePointer(good.chunk.base.baseAddress!),
                                     count: good.units.count, ends: good.ends, exceptions: bytes, figures: [], sentences: [])
            #expect(damaged.paragraphs.count == paragraphs.count)
        }
    }

    @Test func endsThatDoNotFitTheUnitsAreNotWellFormed() {
        let text = StoredText(paragraphs: ["巡视", "巡察"], figures: [])
        #expect(text.ends == [2, 5] && text.isWellFormed)
        func with(_ ends: [Int32]) -> StoredText {
            StoredText(chunk: text.chunk, start: text.units.baseAddress!, count: text.units.count, ends: ends,
                       exceptions: [], figures: [], sentences: [])
        }
        #expect(!with([2, 4]).isWellFormed, "short of the units")
        #expect(!with([3, 3, 5]).isWellFormed, "no room for the joining newline")
        #expect(!with([]).isWellFormed, "units but no paragraph")
        #expect(with([1, 3, 5]).isWellFormed)
    }

    @Test func theIndexScansTheStoredUnitsWhereTheyLie() throws {
        var document = Document(id: "a", path: "a", title: "巡视", paragraphs: ["巡視組，反饋。", "整改"])
        document.storeText()
        let stored = try #require(document.stored)
        let index = SearchIndex()
        index.add([document])
        #expect(index.texts[0].baseAddress == stored.units.baseAddress, "not copied")
        #expect(try index.search("巡视组").count == 1)
    }
}
