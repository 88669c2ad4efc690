@testable import Browser
import Corpus
import Curses
import Testing
import XunshiTestSupport

@Suite struct IndexSelectorTests {
    let docs = Fixtures.documents

    func selector(_ documents: [Document]) -> IndexSelector {
        let s = IndexSelector()
        s.didAppend(documents[...], at: 0..<documents.count)
        return s
    }

    @Test func everyTermMustMatchAndFiltersApply() throws {
        let s = selector(docs)
        #expect(try s.select(query: "", filters: ActiveFilters(), in: docs).sorted() == [0, 1, 2, 3, 4])
        #expect(try s.select(query: "吉林 留置", filters: ActiveFilters(), in: docs).sorted() == [0])
        var f = ActiveFilters()
        f.levels = ["县"]
        #expect(try s.select(query: "", filters: f, in: docs) == [3])
        f = ActiveFilters()
        f.kinds = ["专项巡视", "巡察"]
        #expect(try s.select(query: "", filters: f, in: docs).sorted() == [0, 1, 3])
    }

    @Test func malformedQueriesAreErrorsWithAMessage() {
        let s = selector(docs)
        #expect(throws: QueryError.self) { try s.select(query: "colour:red", filters: ActiveFilters(), in: docs) }
        #expect(throws: QueryError.self) { try s.select(query: "year:2022..20x", filters: ActiveFilters(), in: docs) }
    }

    @Test func hitsAreUnicodeScalarOffsets() {
        // U+20000 is one scalar; "é" written as e + U+0301 is two scalars but one Character.
        let d = Document(id: "x", path: "x", title: "Ab", paragraphs: ["𠀀e\u{301}巡视", "二巡视"])
        let s = selector([d])
        let hits = s.hits(query: "巡视", index: 0, in: [d])
        #expect(hits.text == [3..<5, 7..<9])  // 𠀀 e ◌́ 巡 视 \n 二 巡 视
        let text = Array(d.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[3..<5])) == "巡视")
        #expect(s.hits(query: "aB", index: 0, in: [d]).title == [0..<2])
    }
}

@Suite struct LayoutTests {
    @Test func sideBySideFrom100Columns() throws {
        let wide = Layout(size: Size(rows: 30, cols: 100))
        #expect(wide.sideBySide)
        #expect(try #require(wide.list).cols == 40)
        #expect(try #require(wide.reader).col == 41)
        let narrow = Layout(size: Size(rows: 30, cols: 99))
        #expect(!narrow.sideBySide)
        #expect(try #require(narrow.list).cols == 99)
        let rule = try #require(narrow.rule)
        #expect(try #require(narrow.reader).row == rule.row + 1)
        #expect(narrow.status.row == 28 && narrow.prompt.row == 29)
    }

    @Test func zoomGivesOnePaneEverything() {
        let l = Layout(size: Size(rows: 30, cols: 120), zoomed: .reader)
        #expect(l.list == nil)
        #expect(l.reader == Rect(row: 0, col: 0, rows: 28, cols: 120))
    }

    @Test func minimumIs40x10() {
        #expect(Layout(size: Size(rows: 10, cols: 40)).isTooSmall == false)
        #expect(Layout(size: Size(rows: 9, cols: 40)).isTooSmall)
        #expect(Layout(size: Size(rows: 10, cols: 39)).isTooSmall)
    }
}

@Suite struct InboxTests {
    @Test func drainHandsOverEverythingOnce() {
        let inbox = Inbox()
        inbox.push([Fixtures.documents[0]], status: LoadStatus(filesDone: 1, filesTotal: 3, documents: 1, seconds: 0.1))
        inbox.push([Fixtures.documents[1]], status: LoadStatus(filesDone: 2, filesTotal: 3, documents: 2, seconds: 0.2))
        let first = inbox.drain()
        #expect(first.documents.count == 2)
        #expect(first.status?.filesDone == 2)
        #expect(inbox.drain().documents.isEmpty)
        inbox.finish(report: LoadReport(), seconds: 0.3)
        let last = inbox.drain()
        #expect(last.status?.finished == true)
        #expect(last.status?.filesDone == 3)
        #expect(last.report != nil)
    }

    @Test func drainInChunksKeepsFinishedUntilTheQueueIsEmpty() {
        let inbox = Inbox()
        inbox.push(Array(Fixtures.documents.prefix(3)), status: LoadStatus(filesDone: 3, filesTotal: 5, documents: 3, seconds: 0.1))
        inbox.push(Array(Fixtures.documents.suffix(2)), status: LoadStatus(filesDone: 5, filesTotal: 5, documents: 5, seconds: 0.2))
        inbox.finish(report: LoadReport(), seconds: 0.3)
        let first = inbox.drain(limit: 2)
        #expect(first.documents.map(\.id) == Fixtures.documents.prefix(2).map(\.id))
        #expect(first.more)
        #expect(first.report == nil && first.status == nil, "finished must not overtake queued documents")
        let second = inbox.drain(limit: 2)
        #expect(second.documents.count == 2 && second.more && second.report == nil)
        let last = inbox.drain(limit: 2)
        #expect(last.documents.map(\.id) == [Fixtures.documents[4].id])
        #expect(!last.more)
        #expect(last.status?.finished == true && last.report != nil)
    }

    @Test func pushesAndChunkedDrainsInterleavedKeepEveryDocumentInOrderOnce() {
        let inbox = Inbox()
        var random = SplitMix64(state: 3)
        var next = 0, received: [String] = []
        for _ in 0..<300 {
            let n = Int(random.next() % 40)
            inbox.push((next..<next + n).map { Document(id: "d\($0)", path: "d\($0)", title: "t", paragraphs: []) },
                       status: LoadStatus(filesDone: next + n, filesTotal: 100_000, documents: next + n, seconds: 0))
            next += n
            let drained = inbox.drain(limit: 1 + Int(random.next() % 25))
            received += drained.documents.map(\.id)
            #expect(drained.more == (received.count < next))
        }
        received += inbox.drain().documents.map(\.id)
        #expect(received == (0..<next).map { "d\($0)" })
    }

    @Test func theLoopTakesAChunkPerTurn() {
        let terminal = ScriptedTerminal(rows: 24, cols: 80)
        let app = BrowserApp(terminal: terminal)
        app.absorbBudget = 0
        let many = (0..<(BrowserApp.documentsPerTurn + 10)).map { i in
            Document(id: "d\(i)", path: "d\(i).txt", title: "巡察 \(i)", date: "2021-01-01", paragraphs: ["正文"])
        }
        app.inbox.push(many, status: LoadStatus(filesDone: many.count, filesTotal: many.count, documents: many.count, seconds: 1))
        app.absorbInbox()
        #expect(app.state.documents.count == BrowserApp.documentsPerTurn)
        #expect(app.inboxHasMore)
        app.absorbInbox()
        #expect(app.state.documents.count == many.count)
        #expect(!app.inboxHasMore)
    }

    @Test func aTurnTakesMoreChunksWithinItsTimeBudget() {
        let app = BrowserApp(terminal: ScriptedTerminal(rows: 24, cols: 80))
        app.absorbBudget = 60
        let many = (0..<(BrowserApp.documentsPerTurn * 3 + 10)).map { i in
            Document(id: "d\(i)", path: "d\(i).txt", title: "巡察 \(i)", date: "2021-01-01", paragraphs: ["正文"])
        }
        app.inbox.push(many, status: LoadStatus(filesDone: 7, filesTotal: 9, documents: many.count, seconds: 1))
        app.inbox.finish(report: LoadReport(), seconds: 2)
        #expect(app.absorbInbox())
        #expect(app.state.documents.map(\.id) == many.map(\.id), "every chunk in one turn, in order")
        #expect(!app.inboxHasMore)
        #expect(app.state.loading?.finished == true && app.state.loadReport != nil)
    }
}

@Suite struct DateSortKeyTests {
    @Test func datesBecomeComparableIntegers() {
        #expect(AppState.dateKey("2024-04-29") == 20240429)
        #expect(AppState.dateKey("2021-11-07") < AppState.dateKey("2021-12-21"))
        #expect(AppState.dateKey(nil) == 0)
        #expect(AppState.dateKey("2024-4-29") == 0)
        #expect(AppState.dateKey("20x4-04-29") == 0)
    }

    @Test func newestFirstWithUndatedLast() {
        let state = AppState()
        state.append([
            Document(id: "a", path: "a", title: "a", date: "2021-11-07", paragraphs: ["x"]),
            Document(id: "b", path: "b", title: "b", date: nil, paragraphs: ["x"]),
            Document(id: "c", path: "c", title: "c", date: "2024-04-29", paragraphs: ["x"]),
        ])
        #expect(state.visible.map { state.documents[$0].id } == ["c", "a", "b"])
    }

    /// A cursor on the first row stays there as newer documents arrive above it; one the
    /// user moved down stays on its document; one in the reader stays on its document.
    @Test func theFirstRowKeepsTheCursorWhileDocumentsArrive() {
        func doc(_ id: String, _ date: String) -> Document {
            Document(id: id, path: id, title: id, date: date, paragraphs: ["x"])
        }
        let state = AppState()
        state.append([doc("a", "2021-01-01"), doc("b", "2020-01-01")])
        #expect(state.selectedDocument?.id == "a")
        state.append([doc("c", "2022-01-01")])
        #expect(state.selectedRow == 0 && state.selectedDocument?.id == "c")
        // Narrowed by a query: the same.
        state.refresh()
        state.append([doc("d", "2023-01-01")])
        #expect(state.selectedDocument?.id == "d")
        // Moved down by the user: the document stays selected.
        state.select(row: 1)
        let chosen = state.selectedDocument?.id
        state.append([doc("e", "2024-01-01")])
        #expect(state.selectedDocument?.id == chosen && state.selectedRow == 2)
        // On the first row but reading: the document stays selected.
        state.select(row: 0)
        state.focus = .reader
        state.append([doc("f", "2025-01-01")])
        #expect(state.selectedDocument?.id == "e" && state.selectedRow == 1)
    }
}
