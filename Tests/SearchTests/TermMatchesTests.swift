import Testing
@testable import Corpus

/// Merging a term's text and title matches.
@Suite struct TermMatchesTests {
    @Test func mergesTextAndTitleMatches() {
        let merged = TermMatches.merging(text: (docs: [1, 4, 7], frequency: [3, 1, 2], first: [10, 0, 5]), title: [0, 4, 9])
        #expect(merged.docs == [0, 1, 4, 7, 9])
        #expect(merged.frequency == [0, 3, 1, 2, 0])
        #expect(merged.inTitle == [true, false, true, false, true])
        #expect(merged.textStart == [-1, 10, 0, 5, -1])
        #expect(merged.pinyinStart == [0, 0, 0, 0, 0])
        #expect(TermMatches.merging(text: (docs: [], frequency: [], first: []), title: []).docs.isEmpty)
        #expect(TermMatches.merging(text: (docs: [2], frequency: [1], first: [0]), title: []).inTitle == [false])
    }
}
