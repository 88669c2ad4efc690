import Testing
import XunshiTestSupport
@testable import Corpus

/// Where a pinyin match can start at the earliest, from the first positions of common
/// bigrams (``PinyinLattice/firstPositions(in:documents:)``): never past a text's first
/// match, and the typed answers that start their scans there agree with the brute-force
/// reference.
@Suite struct PinyinFirstPositionTests {
    /// 1,600 texts of 20–220 characters: common bigrams (纪检 in 70 %, 巡视 in half, 积极 in
    /// a third, 实现 in a quarter: bitmaps with position columns) and rarer ones (基建, 训示,
    /// 深圳, 机基: varint lists, no column) at random places.
    static let reference = PinyinReferenceTexts(count: 1_600, lengths: 20..<220, seed: 41) { i in
        [("纪检监察", i % 10 < 7), ("纪检组", i % 4 == 1), ("积极", i % 3 == 0), ("巡视巡察", i % 2 == 0),
         ("巡视组", i % 5 == 1), ("实现", i % 4 == 0), ("事项", i % 6 == 0), ("基建", i % 13 == 0),
         ("训示", i % 17 == 0), ("机建及", i % 29 == 0), ("深圳", i % 19 == 0), ("深政", i % 23 == 0),
         ("机基安检", i % 31 == 0),  // `ji ji an j`: the other path of `jijianj`
         ("深政而", i % 37 == 0),  // `shen zh e`: a path of `shenzhe` beside 深圳's
         ("纪检举", i % 41 == 0)]  // 检举 beside 检监: two bigrams after the same 检
            .filter(\.1).map(\.0)
    }

    static let terms = ["jijian", "jijianj", "jijianjiancha", "xunshix", "xunshixuncha", "shenzhe", "jijij", "shixianj", "jianch"]

    @Test func boundsNeverPassTheFirstMatch() throws {
        let index = Self.reference.index()
        let 纪检 = try #require(index.body.list(PostingTable.key(0x7EAA, 0x68C0)))
        #expect(index.body.positionColumn(of: 纪检) != nil)
        let grain = PostingTable.positionGrain
        var bounded = 0, tightened = 0
        for term in Self.terms {
            let lattice = index.pinyin.withView { PinyinLattice(Array(term.utf8), view: $0) }
            guard let bounds = lattice.firstPositions(in: index.body, documents: index.count) else { continue }
            bounded += 1
            for doc in Self.reference.texts.indices {
                guard let first = Self.reference.firstMatch(term, in: doc) else { continue }
                #expect(Int(bounds[doc]) * grain <= first, "\(term) in document \(doc): bound \(bounds[doc]), match at \(first)")
                if bounds[doc] > 0 { tightened += 1 }
            }
        }
        #expect(bounded >= 4)
        #expect(tightened > 1_000)
    }

    @Test func typedTermsStartingThereAgreeWithBruteForce() throws {
        // Each typed after the one before; the keystroke after whole syllables (`jijianj`,
        // `xunshix`, `shenzhe`) follows one answered from the postings.
        try Self.reference.expectTypedAndFreshAgree(Self.reference.index(),
                                                    terms: ["jijianjiancha", "xunshixuncha", "shenzhe", "shixianj"])
    }
}
