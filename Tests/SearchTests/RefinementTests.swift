import Testing
import XunshiTestSupport
@testable import Corpus

/// Typing a query keystroke by keystroke (which refines the previous results) gives the
/// same results as searching each prefix afresh.
@Suite struct RefinementTests {
    static let alphabet = Array("巡视察监督工作省委審聯動查") + ["a", "b", "x", "s"]

    func corpus(_ random: inout SplitMix64) -> [Document] {
        (0..<300).map { i in
            let text = String((0..<Int(20 + random.next() % 60)).map { _ in random.pick(Self.alphabet) })
            let title = String((0..<Int(2 + random.next() % 6)).map { _ in random.pick(Self.alphabet) })
            let year = 2018 + Int(random.next() % 6)
            return makeDocument("d\(i)", title: title, text: text, date: "\(year)-01-0\(1 + i % 9)",
                                province: random.pick(["吉林", "四川", "新疆"]))
        }
    }

    @Test func typedQueriesMatchFreshSearches() throws {
        var random = SplitMix64(state: 42)
        let docs = corpus(&random)
        let index = makeIndex(docs)
        let pieces = ["巡", "视", "察", "监督", "審", "x", "s", "xs", "a", " ", " -", "\"", "省委"]
        for _ in 0..<60 {
            let text = (0..<Int(1 + random.next() % 6)).map { _ in random.pick(pieces) }.joined()
            let filters = random.next() % 3 == 0 ? Filters(provinces: ["吉林"]) : Filters()
            _ = index.search(Query(), filters: filters)
            // Type it, then delete it again (backspace must not refine).
            for end in Array(1...text.count) + (1..<text.count).reversed() {
                let prefix = String(text.prefix(end))
                guard let query = try? Query.parse(prefix) else { continue }
                let typed = index.search(query, filters: filters)
                let fresh = index.search(query, filters: filters, refine: false)
                #expect(typed == fresh, "query \(prefix)")
            }
        }
    }

    @Test func refinementIsUsedAndForgottenAfterAdd() throws {
        let docs = [makeDocument("a", title: "t", text: "巡视巡察"), makeDocument("b", title: "t", text: "巡视")]
        let index = makeIndex(docs)
        #expect(index.search(try Query.parse("巡视")).count == 2)
        #expect(index.recent.last?.matched == [0, 1])
        #expect(index.search(try Query.parse("巡视巡")).count == 1)
        index.add([makeDocument("c", title: "t", text: "巡视巡察")])
        #expect(index.search(try Query.parse("巡视巡察")).map(\.document) == [0, 2])
    }
}
