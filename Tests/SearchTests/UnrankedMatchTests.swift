import Testing
@testable import Corpus

/// `SearchIndex.matches` (the set, unranked) against `search` (ranked), and parsing a
/// query that is still being typed.
@Suite struct UnrankedMatchTests {
    let docs = [
        makeDocument("a", title: "吉林省委巡视", text: "巡视巡察工作\n监督检查", date: "2021-03-01"),
        makeDocument("b", title: "巡察通报", text: "巡察整改\n業務", date: "2020-05-02"),
        makeDocument("c", title: "其他", text: "业务培训", date: "2022-01-01"),
        makeDocument("d", title: "年度总结", text: "巡视监督", date: "2021-07-07"),
    ]

    @Test func matchesIsTheSetSearchRanks() throws {
        let index = makeIndex(docs)
        for text in ["巡", "巡察", "巡视巡察", "xs", "yewu", "业务", "-巡察", "year:2021 巡视", "量子", ""] {
            let query = try Query.parse(text)
            let set = index.matches(query, refine: false)
            #expect(set == set.sorted(), "query \(text)")
            #expect(set == index.search(query, refine: false).map(\.document).sorted(), "query \(text)")
        }
        #expect(index.matches(try Query.parse("巡察")) == [0, 1])
        #expect(index.matches(try Query.parse("yewu")) == [1, 2])
    }

    @Test func typingIgnoresATrailingFieldNamePrefix() throws {
        for text in ["y", "ye", "YEA", "year", "巡察 prov", "巡察 kin", "so"] {
            let typed = try Query.parse(text, typing: true)
            #expect(typed.terms.allSatisfy { $0.text == "巡察" } && typed.fields.isEmpty, "query \(text)")
            #expect(try Query.parse(text).terms.count == (text.hasPrefix("巡察") ? 2 : 1), "query \(text)")
        }
        // Followed by a space, quoted, excluded, or not a field prefix: a term as usual.
        #expect(try Query.parse("ye ", typing: true).terms.map(\.text) == ["ye"])
        #expect(try Query.parse("\"ye\"", typing: true).terms.map(\.text) == ["ye"])
        #expect(try Query.parse("-ye", typing: true).terms.map(\.text) == ["ye"])
        #expect(try Query.parse("yew", typing: true).terms.map(\.text) == ["yew"])
        #expect(try Query.parse("year:2021", typing: true).fields == [.year(2021...2021)])
    }

    @Test func typedUnrankedMatchesEqualFreshSearches() throws {
        let index = makeIndex(docs)
        for text in ["巡视巡察", "xsxc", "year:2021 巡视", "yewu"] {
            _ = index.matches(Query())
            for end in 1...text.count {
                let prefix = String(text.prefix(end))
                guard let query = try? Query.parse(prefix, typing: true) else { continue }
                let typed = index.matches(query)
                #expect(typed == index.search(query, refine: false).map(\.document).sorted(), "query \(prefix)")
            }
        }
    }
}
