import Corpus
import Testing
import XunshiTestSupport

/// Replays the `query` fuzzing inputs (former crashes in `Fuzz/regressions/query`, plus the
/// minimised corpus) through the parser and a search over two documents, as the fuzz target does.
struct QueryFuzzRegressionTests {
    static let documents: [Document] = {
        var a = Document(id: "a", path: "a.txt", title: "吉林：巡视巡察贯通融合", date: "2021-12-21",
                         paragraphs: ["截至目前，巡视巡察组移交问题线索74件，立案22人，留置19人。"])
        var b = Document(id: "b", path: "b.txt", title: "四川珙縣:巡審聯動打出監督組合拳", date: "2024-04-29",
                         paragraphs: ["縣委巡察機構始終堅持問題導向。"])
        Extraction.enrich(&a)
        Extraction.enrich(&b)
        return [a, b]
    }()

    @Test func queryTargetInputsParseAndSearch() {
        let inputs = FuzzInputs.files(target: "query")
        #expect(!inputs.isEmpty, "no fuzz inputs found for query")
        let index = SearchIndex()
        index.add(Self.documents)
        for input in inputs {
            guard let query = try? Query.parse(String(decoding: input.bytes, as: UTF8.self)) else { continue }
            for result in index.search(query) {
                let found = index.highlights(query, in: Self.documents[result.document])
                let scalars = Self.documents[result.document].text.unicodeScalars.count
                #expect(found.textHits.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= scalars },
                        "hit out of range for \(input.name)")
            }
        }
    }
}
