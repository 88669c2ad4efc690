import Testing
@testable import Corpus

@Suite struct FilterTests {
    let docs = [
        makeDocument("jl21", title: "巡察", text: "巡察工作", date: "2021-03-01", province: "吉林", source: "新浪财经",
                     level: .county, kinds: ["巡察"]),
        makeDocument("jl23", title: "巡视", text: "巡察工作", date: "2023-03-01", province: "吉林", source: "吉林省纪委监委网站",
                     level: .province, kinds: ["巡视"]),
        makeDocument("sc20", title: "巡察", text: "巡察工作", date: "2020-07-01", province: "四川", source: "新浪新闻",
                     level: .city, kinds: ["巡察", "巡视"]),
        makeDocument("undated", title: "巡察", text: "巡察工作"),
    ]

    @Test func fieldFilters() throws {
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "province:吉林").sorted() == ["jl21", "jl23"])
        #expect(try ids(index, docs, "province:吉林省").sorted() == ["jl21", "jl23"])
        #expect(try ids(index, docs, "prov:jilin").sorted() == ["jl21", "jl23"])
        #expect(try ids(index, docs, "prov:sc") == ["sc20"])
        #expect(try ids(index, docs, "year:2021") == ["jl21"])
        #expect(try ids(index, docs, "year:2020..2021 巡察") == ["jl21", "sc20"])
        #expect(try ids(index, docs, "kind:巡视").sorted() == ["jl23", "sc20"])
        #expect(try ids(index, docs, "level:县") == ["jl21"])
        #expect(try ids(index, docs, "source:新浪").sorted() == ["jl21", "sc20"])
    }

    @Test func facetFiltersCombineWithTheQuery() throws {
        let index = makeIndex(docs)
        let filters = Filters(provinces: ["吉林", "四川"], years: [2020, 2023])
        #expect(try ids(index, docs, "巡察", filters: filters).sorted() == ["jl23", "sc20"])
        #expect(try ids(index, docs, "", filters: Filters(kinds: ["巡视"])).sorted() == ["jl23", "sc20"])
        #expect(try ids(index, docs, "", filters: Filters(levels: ["市", "县"])).sorted() == ["jl21", "sc20"])
        #expect(try ids(index, docs, "province:四川", filters: Filters(provinces: ["吉林"])).isEmpty)
    }

    @Test func unknownFieldIsAnErrorNotAnEmptyList() {
        let index = makeIndex(docs)
        #expect(throws: QueryError.self) { try index.search("foo:1") }
        #expect(throws: QueryError.self) { try index.search("year:abc") }
    }
}
