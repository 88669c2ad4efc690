import Testing
import XunshiTestSupport
@testable import Corpus

/// Where a pinyin match can start at the earliest, from the first positions of common
/// bigrams (``PinyinLattice/firstPositions(in:documents:)``): never past a text's first
/// match, and the typed answers that start their scans there agree with the brute-force
/// reference.
@Suite struct PinyinFirstPositionTests {
    static let filler = Array("工作省委大了都要深化落实督")
    static let alphabet = Array(Set(filler + Array("纪检监察积极建基机及巡视训示组实现事项深圳政安而举")))
    static let readings = Dictionary(uniqueKeysWithValues: alphabet.map { ($0, PinyinBruteForceTests.lookUpReadings($0)) })

    /// 1,600 texts of 20–220 characters: common bigrams (纪检 in 70 %, 巡视 in half, 积极 in
    /// a third, 实现 in a quarter: bitmaps with position columns) and rarer ones (基建, 训示,
    /// 深圳, 机基: varint lists, no column) at random places.
    static let texts: [String] = {
        var random = SplitMix64(state: 41)
        return (0..<1_600).map { i in
            var text = (0..<Int(20 + random.next() % 200)).map { _ in random.pick(filler) }
            func put(_ s: String, _ when: Bool) {
                guard when else { return }
                text.insert(contentsOf: Array(s), at: Int(random.next() % UInt64(text.count + 1)))
            }
            put("纪检监察", i % 10 < 7)
            put("纪检组", i % 4 == 1)
            put("积极", i % 3 == 0)
            put("巡视巡察", i % 2 == 0)
            put("巡视组", i % 5 == 1)
            put("实现", i % 4 == 0)
            put("事项", i % 6 == 0)
            put("基建", i % 13 == 0)
            put("训示", i % 17 == 0)
            put("机建及", i % 29 == 0)
            put("深圳", i % 19 == 0)
            put("深政", i % 23 == 0)
            put("机基安检", i % 31 == 0)  // `ji ji an j`: the other path of `jijianj`
            put("深政而", i % 37 == 0)  // `shen zh e`: a path of `shenzhe` beside 深圳's
            put("纪检举", i % 41 == 0)  // 检举 beside 检监: two bigrams after the same 检
            return String(text)
        }
    }()

    static let terms = ["jijian", "jijianj", "jijianjiancha", "xunshix", "xunshixuncha", "shenzhe", "jijij", "shixianj", "jianch"]

    /// The readings of each character of each text.
    static let spelled = texts.map { $0.map { readings[$0]! } }

    /// The first place a match of `term` starts in text `doc`, by the brute-force rule.
    static func firstMatch(_ term: String, in doc: Int) -> Int? {
        let letters = ArraySlice(Array(term.utf8))
        return spelled[doc].indices.first { PinyinBruteForceTests.matches(letters, spelled[doc], $0) }
    }

    @Test func boundsNeverPassTheFirstMatch() throws {
        let index = makeIndex(Self.texts.enumerated().map { makeDocument("d\($0)", title: "通报", text: $1) })
        let 纪检 = try #require(index.body.list(PostingTable.key(0x7EAA, 0x68C0)))
        #expect(index.body.positionColumn(of: 纪检) != nil)
        let grain = PostingTable.positionGrain
        var bounded = 0, tightened = 0
        for term in Self.terms {
            let lattice = index.pinyin.withView { PinyinLattice(Array(term.utf8), view: $0) }
            guard let bounds = lattice.firstPositions(in: index.body, documents: index.count) else { continue }
            bounded += 1
            for doc in Self.texts.indices {
                guard let first = Self.firstMatch(term, in: doc) else { continue }
                #expect(Int(bounds[doc]) * grain <= first, "\(term) in document \(doc): bound \(bounds[doc]), match at \(first)")
                if bounds[doc] > 0 { tightened += 1 }
            }
        }
        #expect(bounded >= 4)
        #expect(tightened > 1_000)
    }

    @Test func typedTermsStartingThereAgreeWithBruteForce() throws {
        let index = makeIndex(Self.texts.enumerated().map { makeDocument("d\($0)", title: "通报", text: $1) })
        // Each typed after the one before; the keystroke after whole syllables (`jijianj`,
        // `xunshix`, `shenzhe`) follows one answered from the postings.
        for term in ["jijianjiancha", "xunshixuncha", "shenzhe", "shixianj"] {
            _ = index.matches(Query())
            var expected: [Int] = []
            for end in 1...term.count {
                let prefix = String(term.prefix(end))
                expected = (end == 1 ? Array(Self.texts.indices) : expected).filter { Self.firstMatch(prefix, in: $0) != nil }
                #expect(index.matches(try Query.parse(prefix)) == expected, "typed \(prefix)")
            }
            #expect(index.matches(try Query.parse(term), refine: false) == expected, "fresh \(term)")
        }
    }
}
