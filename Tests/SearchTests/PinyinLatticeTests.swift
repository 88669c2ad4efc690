import Testing
import XunshiTestSupport
@testable import Corpus

/// The lattice of a pinyin term: which characters can stand at a match's first places, and
/// the documents the index says can hold a match.
@Suite struct PinyinLatticeTests {
    static let text = "广光管关古故国个阿安南东重庆长江冲区"

    static func lattice(_ query: String, over text: String = text) -> (PinyinLattice, PinyinTable) {
        let table = PinyinFilterTests.table(text)
        return (table.withView { PinyinLattice(Array(query.utf8), view: $0) }, table)
    }

    static func units(_ s: String) -> Set<UInt16> { Set(s.utf16) }

    @Test func onlyCharactersOnAPathStandFirst() {
        // guang: 广 光 (guang), 管 关 (guan, then a g…), 古 故 (gu, then a…); not 国 or 个: a
        // g alone must be followed by a piece starting with u, and no syllable does.
        let (lattice, _) = Self.lattice("guang")
        let first = Set(lattice.edges.filter { $0.from == 0 }.flatMap(\.units))
        #expect(first == Self.units("广光管关古故"))
        let (table, goal) = lattice.filterTable()
        #expect(goal == 1)  // 广 alone is a match: the stretch is one place
        for u in "广光管关古故".utf16 { #expect(table[Int(u)] & 1 == 0) }
        for u in "国个南东".utf16 { #expect(table[Int(u)] & 1 == 1) }
    }

    @Test func placesEveryPathHasAreChecked() {
        // chongq: 重 (chong) then 庆/区 (q…), or 长/冲 (ch…) then a piece starting with o, or c
        // then hong…: no path is one character long, so two places.
        let (lattice, _) = Self.lattice("chongq")
        let (table, goal) = lattice.filterTable()
        #expect(goal == 0b10)
        #expect(table[Int("重".utf16.first!)] & 1 == 0)
        #expect(table[Int("庆".utf16.first!)] & 0b10 == 0)
        #expect(table[Int("广".utf16.first!)] == 0xFF)
    }

    @Test func aTermNoReadingSpellsHasNoPath() {
        let (lattice, _) = Self.lattice("qqqv")
        #expect(!lattice.canMatch)
        #expect(lattice.filterTable().table.allSatisfy { $0 == 0xFF })
    }

    @Test func aLongTermKeepsAPrefixWithinTheEdgeLimit() throws {
        let (lattice, _) = Self.lattice(String(repeating: "guangdongchongqing", count: 4))
        #expect(lattice.length > 0 && lattice.length <= PinyinLattice.maximumLetters && !lattice.isWhole)
        #expect(lattice.edges.count <= PinyinLattice.maximumEdges)
        // Matched in full all the same: the prefix only narrows.
        let docs = ["广东广东广东广东", "广东广东广东西", "广东广东广东广"].enumerated().map { makeDocument("d\($0)", title: "报告", text: $1) }
        let index = makeIndex(docs)
        #expect(index.matches(try Query.parse(String(repeating: "guangdong", count: 4))) == [0])
        #expect(index.matches(try Query.parse(String(repeating: "guangdong", count: 3) + "g")) == [0, 2])
    }

    @Test func aMatchOfSeveralCharactersBesideOneOfASingleCharacter() throws {
        // guang: 广 alone, 管个 (guan, g), 古安南个 (gu, a, n, g); not 国个 or 关南.
        let docs = ["管个", "广", "国个", "古安南个", "关南"].enumerated().map { makeDocument("d\($0)", title: "报告", text: $1) }
        let index = makeIndex(docs)
        #expect(index.matches(try Query.parse("guang")) == [0, 1, 3])
        #expect(index.matches(try Query.parse("guang"), refine: false) == [0, 1, 3])
    }

    /// The narrowing asks for one character between two bigrams: 管个 and 国东 are `guan g`
    /// and `g d`, but through different characters of `g`, so `guangd` cannot match there;
    /// 管个 and 个东 in one document can (the index does not say where), in two cannot; nor
    /// can 管国 and 国东 in two. 个东 is in a third of the documents: its list is a bitmap,
    /// read within those of 管个; that of 国东 is not.
    @Test func aLongMatchNeedsTheSameCharacterOnBothBigrams() throws {
        let filler = "巡视察省委了要"
        let texts = (0..<3_600).map { i -> String in
            var text = (i % 3 == 0 ? "个东" : "") + filler + (i % 10 == 1 ? "管个" : "") + filler
            if i % 50 == 7 { text += "管个东" }
            if i % 40 == 9 { text += "管个国东" }
            if i % 40 == 19 { text += "广东" }
            if i % 40 == 29 { text += "管国" }
            if i % 40 == 39 { text += "国东" }
            return text
        }
        let docs = texts.enumerated().map { makeDocument("d\($0)", title: "报告", text: $1) }
        let index = makeIndex(docs)
        let key = PostingTable.key(Array("个东".utf16)[0], Array("个东".utf16)[1])
        #expect(index.body.list(key).map { index.body.bitmaps[$0] } == true)
        let lattice = index.pinyin.withView { PinyinLattice(Array("guangd".utf8), view: $0) }
        func documents(_ bits: [UInt64]?) -> [Int]? {
            bits.map { bits in docs.indices.filter { bits[$0 / 64] & (1 << UInt64($0 % 64)) != 0 } }
        }
        let long = docs.indices.filter { $0 % 50 == 7 || ($0 % 3 == 0 && ($0 % 10 == 1 || $0 % 40 == 9)) }
        #expect(documents(lattice.candidates(in: index.body, documents: index.count, minimumEdges: 3)) == long)
        let any = docs.indices.filter { long.contains($0) || $0 % 40 == 19 }
        #expect(documents(lattice.candidates(in: index.body, documents: index.count)) == any)
        #expect(index.matches(try Query.parse("guangd")) == docs.indices.filter { $0 % 50 == 7 || $0 % 40 == 19 })
    }

    /// A first bigram in most documents (管个 in three quarters) is no condition: the
    /// characters after it may follow anything, and the narrowing keeps what the next bigram
    /// allows (个东 or 国东), every match among them.
    @Test func aFirstBigramInMostDocumentsIsNoCondition() throws {
        let texts = (0..<3_600).map { i -> String in
            (i % 4 == 0 ? "" : "管个巡视") + (i % 30 == 1 ? "个东" : "") + (i % 70 == 3 ? "国东" : "") + (i % 90 == 5 ? "管个东" : "")
                + "察省委了要"
        }
        let docs = texts.enumerated().map { makeDocument("d\($0)", title: "报告", text: $1) }
        let index = makeIndex(docs)
        let lattice = index.pinyin.withView { PinyinLattice(Array("guangd".utf8), view: $0) }
        let narrowed = try #require(lattice.candidates(in: index.body, documents: index.count, minimumEdges: 3))
        let kept = docs.indices.filter { narrowed[$0 / 64] & (1 << UInt64($0 % 64)) != 0 }
        #expect(kept == docs.indices.filter { $0 % 30 == 1 || $0 % 70 == 3 || $0 % 90 == 5 })
        #expect(index.matches(try Query.parse("guangd")) == docs.indices.filter { $0 % 90 == 5 })
    }

    /// Random texts over characters whose readings overlap (guan/guang/gu, an/a, chong/zhong
    /// …), random terms spelled from them: the index agrees with the brute-force reference.
    @Test func randomTermsAgreeWithBruteForce() throws {
        let alphabet = Array("广光管关古故国个阿安南东重庆长江冲区红洪黄湖户内吉林纪律山西陕")
        var random = SplitMix64(state: 23)
        let docs = (0..<400).map { i in
            makeDocument("d\(i)", title: String((0..<Int(1 + random.next() % 3)).map { _ in random.pick(alphabet) }),
                         text: String((0..<Int(3 + random.next() % 20)).map { _ in random.pick(alphabet) }))
        }
        let index = makeIndex(docs)
        let texts = docs.map { $0.text.map(PinyinBruteForceTests.readings) }
        let titles = docs.map { $0.title.map(PinyinBruteForceTests.readings) }
        var checked = 0
        for _ in 0..<120 {
            var q: [UInt8] = []
            for _ in 0..<Int(1 + random.next() % 4) {
                let r = random.pick(PinyinBruteForceTests.readings(random.pick(alphabet)))
                q += random.next() % 3 == 0 ? [r[0]] : r
            }
            let term = String(decoding: q, as: UTF8.self)
            for end in 1...term.count {
                let prefix = String(term.prefix(end))
                let inText = docs.indices.filter { PinyinBruteForceTests.contains(texts[$0], pinyin: prefix) }
                let expected = docs.indices.filter {
                    inText.contains($0) || PinyinBruteForceTests.contains(titles[$0], pinyin: prefix)
                }
                #expect(index.matches(try Query.parse(prefix)) == expected, "typed \(prefix)")
                checked += 1
                // However few look-ups the narrowing may make, it keeps every text that matches.
                let lattice = index.pinyin.withView { PinyinLattice(Array(prefix.utf8), view: $0) }
                for bound in [1, 3, 8] {
                    guard let narrowed = lattice.candidates(in: index.body, documents: index.count,
                                                            lookups: (bound, 4 * bound)) else { continue }
                    let missed = inText.filter { narrowed[$0 / 64] & (1 << UInt64($0 % 64)) == 0 }
                    #expect(missed.isEmpty, "\(prefix) within \(bound) look-ups a pair")
                }
            }
        }
        #expect(checked > 500)
    }

    /// A corpus where 重庆 is in a third of the documents: its bigram list is a bitmap, and the
    /// narrowing still leaves out two thirds. Answers agree with the brute-force reference.
    @Test func narrowingThroughABitmapAgreesWithBruteForce() throws {
        var random = SplitMix64(state: 11)
        let filler = Array("巡视察监督工作省委大了都要")
        let docs = (0..<3_600).map { i -> Document in
            var text = String((0..<Int(4 + random.next() % 12)).map { _ in random.pick(filler) })
            if i % 3 == 0 { text.insert(contentsOf: "重庆", at: text.index(text.startIndex, offsetBy: Int(random.next() % 3))) }
            if i % 50 == 7 { text += "长江冲区" }
            return makeDocument("d\(i)", title: i % 97 == 5 ? "重庆" : "报告", text: text)
        }
        let index = makeIndex(docs)
        let key = PostingTable.key(Array("重庆".utf16)[0], Array("重庆".utf16)[1])
        #expect(index.body.list(key).map { index.body.bitmaps[$0] } == true)
        let texts = docs.map { $0.text.map(PinyinBruteForceTests.readings) }
        let titles = docs.map { $0.title.map(PinyinBruteForceTests.readings) }
        for term in ["chongq", "chongqing", "cq", "zhongq", "chq", "changj", "chongqu", "jiangc"] {
            let narrowed = index.pinyin.withView { PinyinLattice(Array(term.utf8), view: $0) }
                .candidates(in: index.body, documents: index.count)
            #expect(narrowed != nil, "\(term) is narrowed")
            for end in 1...term.count {
                let prefix = String(term.prefix(end))
                let expected = docs.indices.filter {
                    PinyinBruteForceTests.contains(texts[$0], pinyin: prefix) || PinyinBruteForceTests.contains(titles[$0], pinyin: prefix)
                }
                #expect(index.matches(try Query.parse(prefix)) == expected, "typed \(prefix)")
                #expect(index.matches(try Query.parse(prefix), refine: false) == expected, "fresh \(prefix)")
            }
        }
    }
}
