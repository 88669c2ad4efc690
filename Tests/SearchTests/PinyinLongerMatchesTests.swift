import Foundation
import Testing
import XunshiTestSupport
@testable import Corpus

/// Terms whose matches may have three characters or more (`zhengzhix`: `zheng zhi x`, `zhen g
/// zhi x`, `zhe n g zhi x` …), whose longer keystrokes find where a match may start from the
/// classes path by path: the answers are the brute-force reference's, typed letter by letter
/// and fresh, with matches of four and five characters far from the texts' starts and texts
/// holding the shorter term but not the longer.
@Suite struct PinyinLongerMatchesTests {
    /// 1,200 texts of 80–280 characters: 政治 in most, 政治巡视 (`zheng zhi x`) in a fifth,
    /// 真格之下 (`zhen g zhi x`) and 这年国之学 (`zhe n g zhi x`) in a few, often past the first
    /// 64 places; 监督检查 (`jiandujianc`, `jian du j`) in a third.
    static let reference = PinyinReferenceTexts(count: 1_200, lengths: 80..<280, seed: 53) { i in
        [("政治", i % 10 < 8), ("政治巡视", i % 5 == 0), ("真格之下", i % 7 == 1), ("这年国之学", i % 11 == 2),
         ("真格之", i % 13 == 3),  // `zhen g zhi` with no `x…` after it
         ("监督检查", i % 3 == 0), ("监督", i % 2 == 0)]
            .filter(\.1).map(\.0)
    }

    @Test func typedAndFreshAgreeWithBruteForce() throws {
        let reference = Self.reference, index = reference.index()
        try reference.expectTypedAndFreshAgree(index, terms: ["zhengzhixunshi", "jiandujiancha", "zhenguozhix"])
        // Matches of four and five characters only are found (真格之下, 这年国之学).
        let longOnly = reference.texts.indices.filter {
            reference.firstMatch("zhengzhix", in: $0) != nil && !reference.texts[$0].contains("政治巡")
        }
        #expect(longOnly.count > 100)
        #expect(Set(longOnly).isSubset(of: Set(index.matches(try Query.parse("zhengzhix"), refine: false))))
    }
}
