@testable import Browser
import Corpus
import Testing
import XunshiTestSupport

/// The list's relevance order (`o` to `relevance`) is the ranking of `xunshi search`:
/// more title terms, higher BM25, newer; without a query, newest first.
@Suite struct RelevanceOrderTests {
    /// Documents whose ranking for `监督` differs from their date order: the oldest has the
    /// term in its title, the newest once in a long text.
    static let documents: [Document] = [
        doc("a", title: "年度工作会议", date: "2024-06-01", text: "会议强调监督。" + String(repeating: "其他内容。", count: 60)),
        doc("b", title: "加强监督检查", date: "2019-03-02", text: "监督监督，监督到位。"),
        doc("c", title: "巡察反馈", date: "2022-08-15", text: "监督监督监督，监督是关键。"),
        doc("d", title: "无关通报", date: "2023-01-09", text: "没有这个词。"),
        doc("e", title: "整改落实", date: "2021-05-20", text: "强化监督。"),
    ]

    static func doc(_ id: String, title: String, date: String, text: String) -> Document {
        Document(id: id, path: "\(id).txt", title: title, date: date, source: "测试", script: .simplified,
                 paragraphs: [text], places: Places(province: "吉林"), level: .province, kinds: ["巡察"])
    }

    /// The ids `SearchIndex.search` ranks for `query` over `documents`, as `xunshi search` prints them.
    static func searchOrder(_ query: String) throws -> [String] {
        let index = SearchIndex()
        index.add(documents)
        return try index.search(query).map { documents[$0.document].id }
    }

    @Test func relevanceListsTheSearchRanking() throws {
        let (app, _) = makeApp(rows: 24, cols: 100, documents: Self.documents)
        let ids = { app.state.visible.map { app.state.documents[$0].id } }
        press(app, .character("/"))
        type(app, "监督")
        press(app, .enter)
        #expect(ids() == ["a", "c", "e", "b"], "newest first while sorted by date")
        press(app, .character("o"), .character("o"), .character("o"))
        #expect(app.state.sort == .relevance)
        let ranked = try Self.searchOrder("监督")
        #expect(ranked.first == "b", "the title match first")
        #expect(ids() == ranked)
        #expect(ids() != ["a", "c", "e", "b"])
        // The status line names the order.
        #expect(app.render().text().contains("sort:relevance"))
        // A longer query is ranked again; back to date order with the next `o`.
        press(app, .character("/"))
        type(app, " 检查")
        press(app, .enter)
        #expect(ids() == (try Self.searchOrder("监督 检查")))
        press(app, .character("o"))
        #expect(app.state.sort == .date)
        #expect(ids() == ["b"])
    }

    @Test func withoutAQueryRelevanceIsNewestFirst() {
        let (app, _) = makeApp(rows: 24, cols: 100, documents: Self.documents)
        let ids = { app.state.visible.map { app.state.documents[$0].id } }
        let byDate = ids()
        press(app, .character("o"), .character("o"), .character("o"))
        #expect(app.state.sort == .relevance)
        #expect(ids() == byDate)
        #expect(byDate == ["a", "d", "c", "e", "b"])
    }

    @Test func theSelectionStaysWhenTheOrderChanges() {
        let (app, _) = makeApp(rows: 24, cols: 100, documents: Self.documents)
        press(app, .character("/"))
        type(app, "监督")
        press(app, .enter, .character("j"))
        let chosen = app.state.selectedDocument?.id
        press(app, .character("o"), .character("o"), .character("o"))
        #expect(app.state.selectedDocument?.id == chosen)
    }
}
