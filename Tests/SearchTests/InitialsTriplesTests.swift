import Testing
import XunshiTestSupport
@testable import Corpus

/// The first places of common triples (and pairs) of first letters: each column holds its
/// triple's first place in every text (coarsely, never past it) or says it is absent, and
/// searches of initials that use them find what a scan of the texts finds.
@Suite struct InitialsTriplesTests {
    static let pool = PinyinInitialsTests.pool.filter { !$0.isASCII || $0 == " " }

    static func texts(_ count: Int, length: ClosedRange<Int>, seed: UInt64) -> [String] {
        var generator = SplitMix64(state: seed)
        return (0..<count).map { _ in
            String((0..<Int.random(in: length, using: &generator)).map { _ in pool.randomElement(using: &generator)! })
        }
    }

    @Test func eachColumnHoldsItsTriplesFirstPlace() {
        let texts = Self.texts(60, length: 0...700, seed: 3)
        let (store, _, initials) = PinyinInitialsTests.build(texts, withTriples: true)
        let triples = initials.triples
        #expect(triples.columns > 20 && triples.count == texts.count)
        var checked = 0, absent = 0
        var pairs = 0
        for key in 0..<InitialsTriples.keyCount where triples.columnOf[key] >= 0 {
            let pair = key >= InitialsTriples.tripleKeys, k = key - (pair ? InitialsTriples.tripleKeys : 0)
            let letters = (pair ? [k / 26, k % 26] : [k / 676, k / 26 % 26, k % 26]).map { UInt32(1) << UInt32($0) }
            if pair { pairs += 1 }
            let column = triples.column(Int(triples.columnOf[key]))
            for d in 0..<texts.count {
                let n = store[d].count, width = letters.count
                let first = n < width ? nil : (0...(n - width)).first { p in
                    (0..<width).allSatisfy { i in
                        initials.letters(ofClass: PinyinInitialsTests.classOf(initials, d, p + i)) & letters[i] != 0
                    }
                }
                let expected = first.map { UInt8(min($0 / PostingTable.positionGrain, 254)) } ?? InitialsTriples.absent
                #expect(column[d] == expected, "triple \(key) in text \(d)")
                checked += 1
                if first == nil { absent += 1 }
            }
        }
        #expect(checked > 2_000 && absent > 100, "absent triples and present ones were checked")
        #expect(pairs > 20, "pairs of letters have columns too")
    }

    /// Every triple and pair without a column that a text holds has its bit set in the
    /// text's signature (a clear bit is taken as proof of absence), and the signatures do
    /// not hold every bit (they still tell texts apart).
    @Test func signaturesHoldEveryRarerTripleAndPair() {
        let texts = Self.texts(130, length: 0...900, seed: 4)
        let (store, _, initials) = PinyinInitialsTests.build(texts, withTriples: true)
        let triples = initials.triples
        var rare = 0, clear = 0
        for d in 0..<texts.count {
            let n = store[d].count
            let sets = (0..<n).map { initials.letters(ofClass: PinyinInitialsTests.classOf(initials, d, $0)) }
            var held = Set<Int>()
            for p in 0..<n {
                for a in 0..<26 where sets[p] & (1 << UInt32(a)) != 0 {
                    for b in 0..<26 where p + 1 < n && sets[p + 1] & (1 << UInt32(b)) != 0 {
                        held.insert(InitialsTriples.tripleKeys + a * 26 + b)
                        for c in 0..<26 where p + 2 < n && sets[p + 2] & (1 << UInt32(c)) != 0 {
                            held.insert(a * 676 + b * 26 + c)
                        }
                    }
                }
            }
            var bits = Set<Int>()
            for key in held where triples.columnOf[key] < 0 {
                let letters = (key >= InitialsTriples.tripleKeys
                    ? [(key - InitialsTriples.tripleKeys) / 26, (key - InitialsTriples.tripleKeys) % 26]
                    : [key / 676, key / 26 % 26, key % 26]).map { UInt16(0x61 + $0) }
                let bit = triples.signatureBit(of: letters[...])
                guard let bit else { Issue.record("key \(key) has neither a column nor a bit"); continue }
                #expect(triples.signature(bit)[d >> 6] & (1 << UInt64(d & 63)) != 0, "key \(key) in text \(d)")
                bits.insert(bit)
                rare += 1
            }
            clear += (0..<InitialsTriples.signatureBits).filter { triples.signature($0)[d >> 6] & (1 << UInt64(d & 63)) == 0 }.count
            #expect((0..<InitialsTriples.signatureBits).allSatisfy { b in
                bits.contains(b) || triples.signature(b)[d >> 6] & (1 << UInt64(d & 63)) == 0
            }, "text \(d) has no bits but its keys'")
        }
        #expect(rare > 5_000 && clear > texts.count * InitialsTriples.signatureBits / 2, "rarer keys were checked, and clear bits")
    }

    @Test func documentsAddedLaterGetTheirColumnsToo() throws {
        let first = Self.texts(80, length: 50...400, seed: 5), later = Self.texts(60, length: 50...400, seed: 6)
        let documents = (first + later).enumerated().map { Document(id: "d\($0)", path: "d\($0)", title: "题", paragraphs: [$1]) }
        let index = Self.indexWithTriples(Array(documents.prefix(first.count)))
        _ = try index.search("jdj")
        #expect(index.initials.triples.count == first.count)
        index.add(Array(documents.dropFirst(first.count)))
        try Self.expectScanAgreement(index, queries: ["jdj", "jdjc", "xsxc", "rmzf", "swsj", "wtxs", "ljzf", "xs", "zf"])
        #expect(index.initials.triples.count == documents.count)
    }

    @Test func initialsSearchesFindWhatTheTextScanFinds() throws {
        let texts = Self.texts(300, length: 0...700, seed: 9)
        let documents = texts.enumerated().map { Document(id: "d\($0)", path: "d\($0)", title: "题", paragraphs: [$1]) }
        let index = Self.indexWithTriples(documents)
        var generator = SplitMix64(state: 13)
        let letters = Array("xsjcdzqwrmfgbtylhk")
        var queries = ["jdj", "jdjc", "xsxc", "xsx", "rmzf", "zfg", "gbqz", "swsjc", "wtxszz", "cqyh", "xs", "jd", "zf", "qq"]
        for _ in 0..<80 {
            queries.append(String((0..<Int.random(in: 2...6, using: &generator)).map { _ in letters.randomElement(using: &generator)! }))
        }
        try Self.expectScanAgreement(index, queries: queries)
        #expect(index.initials.triples.count == documents.count && index.initials.triples.columns > 20, "the triples were used")
        // Typed letter by letter, each keystroke refining the last.
        for query in ["jdjc", "swsjcz", "rmzfgb"] {
            index.forgetRecentSearches()
            for k in 1...query.count { try Self.expectScanAgreement(index, queries: [String(query.prefix(k))], forget: false) }
        }
    }

    /// An index of `documents` whose classes and triples were made in the background, as
    /// when loading ends (a search alone makes the classes only).
    static func indexWithTriples(_ documents: [Document]) -> SearchIndex {
        let index = makeIndex(documents)
        index.makeInitialsInBackground()?.wait()
        return index
    }

    @Test func aSearchAloneMakesTheClassesButNotTheTriples() throws {
        let documents = Self.texts(50, length: 50...300, seed: 8).enumerated().map {
            Document(id: "d\($0)", path: "d\($0)", title: "题", paragraphs: [$1])
        }
        let index = makeIndex(documents)
        try Self.expectScanAgreement(index, queries: ["jdj", "xs"])
        #expect(index.initials.count == documents.count && !index.initials.triples.isChosen)
    }

    /// The documents `index` finds for each query are those whose text or title a plain
    /// scan of the units (no classes, no columns) finds a match in.
    static func expectScanAgreement(_ index: SearchIndex, queries: [String], forget: Bool = true,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        for query in queries {
            if forget { index.forgetRecentSearches() }
            let found = Set(try index.search(query).map(\.document))
            let expected = index.pinyin.withView { view -> Set<Int> in
                let plain = PinyinMatcher(Array(query.utf16))!.prepared(for: view)
                return Set((0..<index.count).filter { d in
                    plain.first(in: index.texts[d], view: view) != nil || plain.first(in: index.titleTexts[d], view: view) != nil
                })
            }
            #expect(found == expected, "\(query)", sourceLocation: sourceLocation)
        }
    }
}
