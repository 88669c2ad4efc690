import Testing
import XunshiTestSupport
@testable import Corpus

/// Generated texts for pinyin tests against the brute-force reference
/// (``PinyinBruteForceTests/matches(_:_:_:)``): filler characters with words put in at
/// random places, each text spelled by its characters' readings.
struct PinyinReferenceTexts {
    static let filler = Array("工作省委大了都要深化落实督")

    let texts: [String]
    /// The readings of each character of each text.
    let spelled: [[[[UInt8]]]]

    /// `count` texts of `lengths.lowerBound` filler characters plus up to `lengths.count − 1`
    /// more, into each of which (`i`) the words `words(i)` are put in turn at random places.
    init(count: Int, lengths: Range<Int>, seed: UInt64, words: (Int) -> [String]) {
        var random = SplitMix64(state: seed)
        texts = (0..<count).map { i in
            var text = (0..<(lengths.lowerBound + Int(random.next() % UInt64(lengths.count)))).map { _ in random.pick(Self.filler) }
            for word in words(i) {
                text.insert(contentsOf: Array(word), at: Int(random.next() % UInt64(text.count + 1)))
            }
            return String(text)
        }
        var readings: [Character: [[UInt8]]] = [:]
        spelled = texts.map { text in
            text.map { c in
                if let known = readings[c] { return known }
                let r = PinyinBruteForceTests.lookUpReadings(c)
                readings[c] = r
                return r
            }
        }
    }

    /// The first place a match of `term` starts in text `doc`, by the brute-force rule.
    func firstMatch(_ term: String, in doc: Int) -> Int? {
        let letters = ArraySlice(Array(term.utf8))
        return spelled[doc].indices.first { PinyinBruteForceTests.matches(letters, spelled[doc], $0) }
    }

    /// An index of the texts, each a document titled 通报.
    func index() -> SearchIndex {
        makeIndex(texts.enumerated().map { makeDocument("d\($0)", title: "通报", text: $1) })
    }

    /// Expects each of `terms`, typed letter by letter (each keystroke refining the one
    /// before) and then afresh, to match the texts the reference finds.
    func expectTypedAndFreshAgree(_ index: SearchIndex, terms: [String],
                                  sourceLocation: SourceLocation = #_sourceLocation) throws {
        for term in terms {
            _ = index.matches(Query())
            var expected: [Int] = []
            for end in 1...term.count {
                let prefix = String(term.prefix(end))
                expected = (end == 1 ? Array(texts.indices) : expected).filter { firstMatch(prefix, in: $0) != nil }
                #expect(index.matches(try Query.parse(prefix)) == expected, "typed \(prefix)", sourceLocation: sourceLocation)
            }
            #expect(index.matches(try Query.parse(term), refine: false) == expected, "fresh \(term)", sourceLocation: sourceLocation)
        }
    }
}
