import Testing
import XunshiTestSupport
@testable import Corpus

/// The index keeps its last few searches: a query typed again, or gone back to by deleting
/// letters, is answered from them, with the results of a fresh search.
@Suite struct RecentSearchTests {
    static let documents = [
        makeDocument("a", title: "巡视巡察工作", text: "巡视巡察监督，巡视巡察。"),
        makeDocument("b", title: "通报", text: "巡视巡监督检查"),
        makeDocument("c", title: "巡视", text: "巡视，省委巡视。"),
        makeDocument("d", title: "其他", text: "监督工作"),
    ]

    /// Types `text` letter by letter, unranked as the browser's list asks.
    static func type(_ index: SearchIndex, _ text: String) throws {
        for end in 1...text.count { _ = index.matches(try Query.parse(String(text.prefix(end)), typing: true)) }
    }

    @Test func deletingALetterRecallsTheShorterQuery() throws {
        let index = makeIndex(Self.documents)
        try Self.type(index, "巡视巡察")
        let evaluated = index.termsEvaluated
        let back = try Query.parse("巡视巡", typing: true)
        #expect(index.matches(back) == [0, 1])
        #expect(index.termsEvaluated == evaluated, "answered from the kept search")
        // Typing on from it refines its matches.
        #expect(index.matches(try Query.parse("巡视巡监", typing: true)) == [1])
        #expect(index.termsEvaluated == evaluated + 1)
        #expect(index.matches(back) == [0, 1])
        #expect(index.termsEvaluated == evaluated + 1)
    }

    @Test func aRankedSearchOnlyRecallsARankedOne() throws {
        let index = makeIndex(Self.documents)
        let query = try Query.parse("巡视")
        _ = index.matches(query)
        let evaluated = index.termsEvaluated
        // The unranked search's title flags are not exact: ranked, it is searched again.
        let ranked = index.search(query)
        #expect(index.termsEvaluated == evaluated + 1)
        #expect(index.search(query) == ranked)
        #expect(index.termsEvaluated == evaluated + 1)
        #expect(ranked == makeIndex(Self.documents).search(query, refine: false))
        #expect(ranked.first?.titleMatches == 1)
    }

    @Test func keptSearchesAreFewAndForgottenWhenDocumentsAreAdded() throws {
        #expect(SearchIndex.recentSearches < 18)
        let index = makeIndex(Self.documents)
        let queries = ["巡", "视", "察", "监", "督", "省", "委", "工", "作", "通", "其", "他", "检", "查", "巡视", "巡察", "监督", "报"]
        for q in queries { _ = index.matches(try Query.parse(q)) }
        #expect(index.recent.count == SearchIndex.recentSearches)
        #expect(index.recent.last?.terms.first?.units == Array("报".utf16))
        // Other filters or fields are other searches.
        _ = index.matches(try Query.parse("报"), filters: Filters(provinces: ["吉林"]))
        #expect(index.recent.suffix(2).map(\.filters) == [Filters(), Filters(provinces: ["吉林"])])
        index.add([makeDocument("e", title: "报", text: "巡视")])
        #expect(index.recent.isEmpty)
        #expect(index.matches(try Query.parse("报")) == [1, 4])
    }
}
