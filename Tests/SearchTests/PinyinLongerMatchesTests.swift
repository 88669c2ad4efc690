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
    static let filler = Array("工作省委大了都要深化落实督")
    static let alphabet = Array(Set(filler + Array("政治巡视真格之下这年国学监督检查件")))
    static let readings = Dictionary(uniqueKeysWithValues: alphabet.map { ($0, PinyinBruteForceTests.lookUpReadings($0)) })

    /// 1,200 texts of 80–280 characters: 政治 in most, 政治巡视 (`zheng zhi x`) in a fifth,
    /// 真格之下 (`zhen g zhi x`) and 这年国之学 (`zhe n g zhi x`) in a few, often past the first
    /// 64 places; 监督检查 (`jiandujianc`, `jian du j`) in a third.
    static let texts: [String] = {
        var random = SplitMix64(state: 53)
        return (0..<1_200).map { i in
            var text = (0..<Int(80 + random.next() % 200)).map { _ in random.pick(filler) }
            func put(_ s: String, _ when: Bool) {
                guard when else { return }
                text.insert(contentsOf: Array(s), at: Int(random.next() % UInt64(text.count + 1)))
            }
            put("政治", i % 10 < 8)
            put("政治巡视", i % 5 == 0)
            put("真格之下", i % 7 == 1)
            put("这年国之学", i % 11 == 2)
            put("真格之", i % 13 == 3)  // `zhen g zhi` with no `x…` after it
            put("监督检查", i % 3 == 0)
            put("监督", i % 2 == 0)
            return String(text)
        }
    }()

    static let spelled = texts.map { $0.map { readings[$0]! } }

    static func firstMatch(_ term: String, in doc: Int) -> Int? {
        let letters = ArraySlice(Array(term.utf8))
        return spelled[doc].indices.first { PinyinBruteForceTests.matches(letters, spelled[doc], $0) }
    }

    @Test func typedAndFreshAgreeWithBruteForce() throws {
        let index = makeIndex(Self.texts.enumerated().map { makeDocument("d\($0)", title: "通报", text: $1) })
        for term in ["zhengzhixunshi", "jiandujiancha", "zhenguozhix"] {
            _ = index.matches(Query())
            var expected: [Int] = []
            for end in 1...term.count {
                let prefix = String(term.prefix(end))
                expected = (end == 1 ? Array(Self.texts.indices) : expected).filter { Self.firstMatch(prefix, in: $0) != nil }
                #expect(index.matches(try Query.parse(prefix)) == expected, "typed \(prefix)")
            }
            #expect(index.matches(try Query.parse(term), refine: false) == expected, "fresh \(term)")
        }
        // Matches of four and five characters only are found (真格之下, 这年国之学).
        let longOnly = Self.texts.indices.filter { Self.firstMatch("zhengzhix", in: $0) != nil && !Self.texts[$0].contains("政治巡") }
        #expect(longOnly.count > 100)
        #expect(Set(longOnly).isSubset(of: Set(index.matches(try Query.parse("zhengzhix"), refine: false))))
    }
}
