import Browser
import Corpus
import Curses
import Foundation
import Testing
import XunshiTestSupport

/// Resource limits: huge documents render and scroll, and a corpus over the limits loads what
/// fits and reports the rest. Times are printed, not asserted (the machine is shared).
@Suite(.serialized) struct LargeDocumentTests {
    /// Writes `text` as `name` in a fresh directory, loads it with the real loader and returns the documents.
    func load(_ name: String, _ text: String) throws -> [Document] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-large-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        return CorpusLoader.load(paths: [dir.path]).documents
    }

    /// Opens the first document in the reader on an 80×24 scripted terminal, renders, jumps to
    /// the end, pages back up and down; returns the seconds of each step.
    func openAndScroll(_ documents: [Document]) -> (open: Double, end: Double, pages: Double, canvas: Canvas) {
        let terminal = ScriptedTerminal(rows: 24, cols: 80)
        let app = BrowserApp(terminal: terminal)
        app.state.append(documents)
        var canvas = app.render()
        let open = seconds { app.handle(.key(.enter)); canvas = app.render() }
        let end = seconds { app.handle(.key(.end)); canvas = app.render() }
        let pages = seconds {
            for _ in 0..<20 { app.handle(.key(.pageUp)); _ = app.render() }
            for _ in 0..<20 { app.handle(.key(.pageDown)); canvas = app.render() }
        }
        return (open, end, pages, canvas)
    }

    func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func oneMegabyteSingleLineRendersAndScrolls() throws {
        let unit = "巡视巡察组移交问题线索74件，立案22人。"   // 20 characters, 58 bytes
        let line = String(repeating: unit, count: 1_048_576 / unit.utf8.count)
        var documents: [Document] = []
        let load = seconds { documents = (try? self.load("one_line.txt", "吉林：长行测试\n\n" + line + "结尾标记\n")) ?? [] }
        let document = try #require(documents.first, "the 1 MB document did not load")
        #expect(document.text.utf8.count > 1_000_000)
        let t = openAndScroll(documents)
        print(String(format: "1 MB single line: load %.2f s, open %.3f s, to end %.3f s, 40 pages %.3f s", load, t.open, t.end, t.pages))
        #expect(t.canvas.text().contains("结尾标记"), "the end of the line is not on screen after End")
    }

    @Test func hundredThousandShortLinesRenderAndScroll() throws {
        let lines = (0..<100_000).map { "第\($0)行。" }
        var documents: [Document] = []
        let load = seconds { documents = (try? self.load("many_lines.txt", "四川：多行测试\n\n" + lines.joined(separator: "\n") + "\n")) ?? [] }
        let document = try #require(documents.first, "the 100,000-line document did not load")
        #expect(document.paragraphs.count >= 99_000, "paragraphs: \(document.paragraphs.count)")
        let t = openAndScroll(documents)
        print(String(format: "100,000 lines: load %.2f s, open %.3f s, to end %.3f s, 40 pages %.3f s", load, t.open, t.end, t.pages))
        #expect(t.canvas.text().contains("第99999行"), "the last line is not on screen after End")
    }

    /// A corpus over the file-size and document-count limits loads what fits and reports the rest.
    @Test func overTheLimitsLoadsWhatFits() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-limits-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<6 {
            try Data("吉林：第\(i)篇\n\n巡视组立案\(i)人。\n".utf8).write(to: dir.appendingPathComponent("doc\(i).txt"))
        }
        try Data(("吉林：大文件\n\n" + String(repeating: "巡", count: 2000)).utf8).write(to: dir.appendingPathComponent("big.txt"))
        var options = LoadOptions()
        options.maxFileBytes = 1000
        options.maxDocuments = 4
        let (documents, report) = CorpusLoader.load(paths: [dir.path], options: options)
        #expect(documents.count == 4)
        #expect(report.entries.count == 7)
        let reasons = report.entries.compactMap(\.reason)
        #expect(reasons.filter { $0.hasPrefix("file too large") }.count == 1, "\(reasons)")
        #expect(reasons.filter { $0.hasPrefix("document limit reached") }.count == 2, "\(reasons)")
    }

    /// Queries longer than the limit are refused with a message that says so.
    @Test func overlongQueryIsRefused() throws {
        #expect(throws: QueryError.self) { try Query.parse(String(repeating: "巡", count: Query.maxLength + 1)) }
        do {
            _ = try Query.parse(String(repeating: "a", count: 5000))
            Issue.record("a 5,000-character query was accepted")
        } catch let error as QueryError {
            #expect(error.description.contains("too long"))
            #expect(error.description.contains("1000"))
        }
        #expect((try? Query.parse(String(repeating: "巡 ", count: Query.maxLength / 2))) != nil)
    }
}
