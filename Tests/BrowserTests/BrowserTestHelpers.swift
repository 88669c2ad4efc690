import Browser
import Corpus
import Curses
import Foundation
import Testing
import XunshiTestSupport

/// An app over the fixture documents on a scripted terminal of the given size.
func makeApp(rows: Int, cols: Int, documents: [Document] = Fixtures.documents,
             stateFile: StateFile? = nil) -> (BrowserApp, ScriptedTerminal) {
    let terminal = ScriptedTerminal(rows: rows, cols: cols)
    let app = BrowserApp(terminal: terminal, stateFile: stateFile)
    app.state.append(documents)
    return (app, terminal)
}

/// Feeds keys to the app (no run loop) and returns the screen drawn afterwards.
@discardableResult
func press(_ app: BrowserApp, _ keys: Key...) -> Canvas {
    for k in keys { app.handle(.key(k)) }
    return app.render()
}

/// Types text key by key.
@discardableResult
func type(_ app: BrowserApp, _ text: String) -> Canvas {
    for ch in text { app.handle(.key(.character(ch))) }
    return app.render()
}

let goldenDirectory = TestPaths.repositoryRoot.appendingPathComponent("Tests/BrowserTests/Golden")

/// Expects `canvas` to match the golden file `name`.
func expectGolden(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if let problem = Golden.compare(Golden.render(canvas), name: name, directory: goldenDirectory) {
        Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
    }
}

/// The text of screen row `row`, trailing blanks trimmed.
func line(_ canvas: Canvas, _ row: Int) -> String {
    canvas.text().components(separatedBy: "\n")[row]
}

/// Columns where `needle` starts on `row` (display columns), found by matching cell texts.
func column(of needle: String, in canvas: Canvas, row: Int) -> Int? {
    let chars = Array(needle)
    for c in 0..<canvas.size.cols where !canvas[row, c].isContinuation {
        var col = c, ok = true
        for ch in chars {
            while col < canvas.size.cols, canvas[row, col].isContinuation { col += 1 }
            guard col < canvas.size.cols, canvas[row, col].text == String(ch) else { ok = false; break }
            col += 1
        }
        if ok { return c }
    }
    return nil
}

/// The first row whose text contains `needle`.
func row(containing needle: String, in canvas: Canvas) -> Int? {
    canvas.text().components(separatedBy: "\n").firstIndex { $0.contains(needle) }
}
