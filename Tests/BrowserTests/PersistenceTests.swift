import Browser
import Corpus
import Foundation
import Testing
import XunshiTestSupport

@Suite struct PersistenceTests {
    func temporaryFile() -> StateFile {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-state-\(UUID().uuidString)")
        return StateFile(url: dir.appendingPathComponent("xunshi/state.json"))
    }

    /// Deletes the temporary directory holding `file`.
    func remove(_ file: StateFile) {
        try? FileManager.default.removeItem(at: file.url.deletingLastPathComponent().deletingLastPathComponent())
    }

    @Test func standardLocationFollowsXDG() {
        #expect(StateFile.standard(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"])?.url.path == "/x/state/xunshi/state.json")
        #expect(StateFile.standard(environment: ["HOME": "/home/a"])?.url.path == "/home/a/.local/state/xunshi/state.json")
        #expect(StateFile.standard(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])?.url.path == "/h/.local/state/xunshi/state.json")
        #expect(StateFile.standard(environment: [:]) == nil)
    }

    @Test func queryFiltersAndSelectionSurviveARestart() throws {
        let file = temporaryFile()
        defer { remove(file) }
        do {
            let (app, _) = makeApp(rows: 24, cols: 80, stateFile: file)
            press(app, .character("/"))
            type(app, "监督")
            press(app, .enter, .character("f"), .character(" "), .escape, .character("j"))
            app.save()
        }
        let dir = file.url.deletingLastPathComponent()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["state.json"])  // no temp file left
        guard case .loaded(let saved) = file.read() else { Issue.record("state not saved"); return }
        #expect(saved.query == "监督")
        #expect(saved.filters.provinces == ["吉林"])
        // A new run restores it; the selection comes back when its document arrives.
        let terminal = ScriptedTerminal(rows: 24, cols: 80)
        let app = BrowserApp(terminal: terminal, stateFile: file)
        app.restore()
        app.state.append(Array(Fixtures.documents.prefix(2)))
        app.state.append(Array(Fixtures.documents.dropFirst(2)))
        #expect(app.state.query == "监督")
        #expect(app.state.filters.provinces == ["吉林"])
        #expect(app.state.selectedDocument?.id == saved.selectedID)
        #expect(app.state.history == ["监督"])
    }

    @Test func brokenFileIsIgnoredWithANotice() throws {
        let file = temporaryFile()
        defer { remove(file) }
        try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: file.url)
        let (app, _) = makeApp(rows: 24, cols: 80, stateFile: file)
        app.restore()
        let screen = app.render()
        #expect(line(screen, 23).contains("unreadable and was ignored"))
        #expect(app.state.query.isEmpty)
        #expect(app.state.visible.count == 5)
    }

    @Test func missingFileIsQuiet() {
        let (app, _) = makeApp(rows: 24, cols: 80, stateFile: temporaryFile())
        app.restore()
        #expect(app.state.message == nil)
    }
}
