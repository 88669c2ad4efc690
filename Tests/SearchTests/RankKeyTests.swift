import Testing
import XunshiTestSupport
@testable import Corpus

/// Ranked rows sorted as packed integer pairs (``RankKey``) come out in exactly the order of
/// the field-by-field comparison, and every field is read back as it was.
@Suite struct RankKeyTests {
    /// Rows with many ties: few title counts, scores that differ only in their last bits,
    /// repeated and negative dates, undated rows.
    static func rows(_ count: Int, seed: UInt64) -> [SearchIndex.Row] {
        var generator = SplitMix64(state: seed)
        let scores = [0, 1.5, 1.5.nextUp, 1.5.nextUp.nextUp, 2.75, 2.75.nextDown, 1e-300, 7.25, 40]
        let dates: [Int32] = [0, 20210105, 20210105, 20240601, 19991231, -5, Int32.max, Int32.min]
        return (0..<count).map { i in
            SearchIndex.Row(doc: UInt32(i * 3 + Int.random(in: 0..<3, using: &generator)),
                            titles: Int32.random(in: 0..<3, using: &generator),
                            score: scores.randomElement(using: &generator)! * Double(Int.random(in: 1...2, using: &generator)),
                            date: dates.randomElement(using: &generator)!)
        }.shuffled(using: &generator)
    }

    static func same(_ a: [SearchIndex.Row], _ b: [SearchIndex.Row]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            x.doc == y.doc && x.titles == y.titles && x.score.bitPattern == y.score.bitPattern && x.date == y.date
        }
    }

    @Test(arguments: [1, 2, 5, 40, 1_000])
    func packedOrderIsTheRowOrder(count: Int) {
        for seed in 1...20 {
            let rows = Self.rows(count, seed: UInt64(seed * 1_000 + count))
            let expected = rows.sorted(by: SearchIndex.precedes)
            #expect(Self.same(SearchIndex.ordered(rows), expected), "seed \(seed)")
        }
    }

    @Test func everyFieldIsReadBack() {
        for row in Self.rows(500, seed: 9) {
            #expect(RankKey.fits(row))
            #expect(Self.same([RankKey(row).row], [row]))
        }
    }

    @Test func rowsThatDoNotFitAreSortedTheSameWay() {
        var rows = Self.rows(300, seed: 4)
        rows[7].doc = 1 << 24  // beyond the key's 24 bits
        #expect(!RankKey.fits(rows[7]))
        rows[8].score = -0.0  // its sign bit would rank it first
        #expect(!RankKey.fits(rows[8]))
        #expect(SearchIndex.ordered(Array(rows[8...9])).map(\.doc) == Array(rows[8...9]).sorted(by: SearchIndex.precedes).map(\.doc))
        #expect(Self.same(SearchIndex.ordered(rows), rows.sorted(by: SearchIndex.precedes)))
    }

    /// Keys with shared and differing bytes at every position, around the size where the
    /// radix sort takes over.
    @Test(arguments: [0, 1, 511, 512, 513, 4_000])
    func radixSortIsTheComparisonSort(count: Int) {
        var generator = SplitMix64(state: UInt64(count) + 77)
        let highs: [UInt64] = [0, 1, 0xFF, 0x100, 1 << 56, ~0, ~0 - 1, 0x00FF_00FF_00FF_00FF]
        let keys = (0..<count).map { _ in
            RankKey(high: Bool.random(using: &generator) ? highs.randomElement(using: &generator)! : UInt64.random(in: 0...UInt64.max, using: &generator),
                    low: UInt64.random(in: 0..<4, using: &generator) << 62 | UInt64.random(in: 0..<300, using: &generator))
        }
        #expect(RankKey.radixSorted(keys) == keys.sorted())
        // Keys equal in every byte but one, each byte position in turn.
        for byte in 0..<16 {
            let same = (0..<600).map { i -> RankKey in
                let v = UInt64((i * 37) % 256) << UInt64(8 * (byte % 8))
                return byte < 8 ? RankKey(high: 5, low: v) : RankKey(high: v, low: 5)
            }
            #expect(RankKey.radixSorted(same) == same.sorted(), "byte \(byte)")
        }
    }
}
