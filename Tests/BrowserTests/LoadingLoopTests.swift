import Browser
import Corpus
import Curses
import Foundation
import Testing
import XunshiTestSupport

@Suite struct LoadingLoopTests {
    /// Documents arrive in batches while the loop runs; the first frame comes before
    /// loading ends, the loop polls only while loading and then blocks.
    @Test func documentsArriveInBatchesWhileTheUIRuns() throws {
        let terminal = ScriptedTerminal(rows: 24, cols: 80)
        let app = BrowserApp(terminal: terminal)
        let docs = Fixtures.documents
        app.run { inbox in
            inbox.push(Array(docs[0..<2]), status: LoadStatus(filesDone: 2, filesTotal: 5, documents: 2, seconds: 0.1))
            Thread.sleep(forTimeInterval: 0.3)
            inbox.push(Array(docs[2...]), status: LoadStatus(filesDone: 5, filesTotal: 5, documents: 5, seconds: 0.4))
            inbox.finish(report: LoadReport(entries: docs.map { .init(path: $0.path, status: .loaded, documents: [$0.id]) }), seconds: 0.4)
        }
        let first = try #require(terminal.presented.first)
        #expect(first.text().contains("loading"))
        #expect(terminal.presented.contains { $0.text().contains("loading 2/5 files") })
        let last = try #require(terminal.lastCanvas)
        // The cursor stays on the first row as newer documents arrive above the first batch's.
        #expect(line(last, 22).hasPrefix(" 1/5"))
        #expect(app.state.selectedDocument?.id == "003_gongxian_audit")
        #expect(!last.text().contains("loading"))
        #expect(terminal.polls > 0)
        #expect(terminal.blockingWaits == 1)  // after loading: one blocking wait, which ended the script
        #expect(app.state.documents.count == 5)
        // Batches merged into the list give the same order as sorting everything at once.
        #expect(app.state.visible.map { app.state.documents[$0].id.prefix(3) } == ["003", "002", "001", "000", "004"])
    }

    /// Before the first batch the number of files is not known (directories being walked,
    /// a snapshot being read): the status line says so instead of `0/0 files, 0 files/s`.
    @Test func beforeTheFirstBatchTheStatusLineSaysLoading() throws {
        let terminal = ScriptedTerminal(rows: 24, cols: 80)
        let app = BrowserApp(terminal: terminal)
        let docs = Fixtures.documents
        app.run { inbox in
            Thread.sleep(forTimeInterval: 0.3)
            inbox.push(docs, status: LoadStatus(filesDone: 5, filesTotal: 5, documents: 5, seconds: 0.3))
            inbox.finish(report: LoadReport(entries: docs.map { .init(path: $0.path, status: .loaded, documents: [$0.id]) }), seconds: 0.3)
        }
        let first = try #require(terminal.presented.first)
        #expect(first.text().contains("loading…"))
        #expect(!terminal.presented.contains { $0.text().contains("0/0 files") })
    }

    @Test func loadReportOverlayListsSkippedFiles() {
        let (app, _) = makeApp(rows: 24, cols: 100)
        app.inbox.finish(report: LoadReport(entries: [
            .init(path: "a.txt", status: .loaded, documents: ["a"]),
            .init(path: "b.pdf", status: .skipped, reason: "unsupported extension .pdf"),
        ]), seconds: 1)
        app.absorbInbox()
        #expect(app.state.message?.text.contains("1 files skipped") == true)
        let screen = press(app, .character("L"))
        #expect(screen.text().contains("b.pdf: unsupported extension .pdf"))
        #expect(screen.text().contains("loaded 1  skipped 1"))
    }
}
