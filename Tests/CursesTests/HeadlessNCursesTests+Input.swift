import CNCursesW
import Foundation
import Testing
@testable import Curses

/// Real ncurses input and attribute paths, fed through a pipe.
extension HeadlessNCursesTests {
    /// A headless terminal reading from a pipe; returns it and the write end.
    private func pipedTerminal(noColor: Bool = false) throws -> (NCursesTerminal, Int32) {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        let term = try NCursesTerminal(
            headless: Size(rows: 3, cols: 20), inputFD: fds[0], options: .init(noColor: noColor))
        return (term, fds[1])
    }

    private func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        #expect(write(fd, bytes, bytes.count) == bytes.count)
    }

    @Test func keysAreDecodedFromTerminalInput() throws {
        let (term, writeFD) = try pipedTerminal()
        defer { term.shutdown() }
        send(writeFD, "吉\u{1B}OBq\u{1B}[6~\r\u{7F}\u{04}")
        var events: [TerminalEvent] = []
        for _ in 0..<7 {
            guard let e = term.nextEvent(timeoutMilliseconds: 500) else { break }
            events.append(e)
        }
        #expect(events == [
            .key(.character("吉")), .key(.down), .key(.character("q")), .key(.pageDown),
            .key(.enter), .key(.backspace), .key(.ctrl("d")),
        ])
        close(writeFD)
    }

    @Test func timeoutReturnsNilAfterWaiting() throws {
        let (term, writeFD) = try pipedTerminal()
        defer { term.shutdown(); close(writeFD) }
        let start = Date()
        #expect(term.nextEvent(timeoutMilliseconds: 80) == nil)
        let waited = Date().timeIntervalSince(start)
        #expect(waited >= 0.07 && waited < 1.0)
    }

    @Test func endOfInputIsAHangupWithinASecond() throws {
        let (term, writeFD) = try pipedTerminal()
        defer { term.shutdown() }
        close(writeFD)
        let start = Date()
        #expect(term.nextEvent(timeoutMilliseconds: -1) == .hangup)
        #expect(Date().timeIntervalSince(start) < 1.0)
    }

    @Test func monochromeUsesReverseAndBoldUnderline() throws {
        let (term, writeFD) = try pipedTerminal(noColor: true)
        defer { term.shutdown(); close(writeFD) }
        #expect(term.capabilities.colors == 0)
        let canvas = Canvas(size: term.size)
        canvas.put("sel", row: 0, col: 0, style: Style(.selection))
        canvas.put("hit", row: 1, col: 0, style: Style(.highlight))
        canvas.put("txt", row: 2, col: 0)
        term.present(canvas)
        let sel = term.screenAttributes(row: 0, col: 0)
        let hit = term.screenAttributes(row: 1, col: 0)
        let txt = term.screenAttributes(row: 2, col: 0)
        #expect(sel.attrs & xs_a_reverse() != 0)
        #expect(hit.attrs & xs_a_bold() != 0 && hit.attrs & xs_a_underline() != 0)
        #expect(hit.attrs & xs_a_reverse() == 0)
        #expect(txt.attrs & (xs_a_bold() | xs_a_reverse() | xs_a_underline()) == 0)
        #expect(sel.pair == 0 && hit.pair == 0)
    }

    @Test func colourUsesOnePairPerRole() throws {
        let (term, writeFD) = try pipedTerminal()
        defer { term.shutdown(); close(writeFD) }
        #expect(term.capabilities.colors == 8)  // terminfo "xterm"
        let canvas = Canvas(size: term.size)
        canvas.put("sel", row: 0, col: 0, style: Style(.selection))
        canvas.put("ttl", row: 1, col: 0, style: Style(.title))
        term.present(canvas)
        #expect(term.screenAttributes(row: 0, col: 0).pair == ColorPalette.pairNumber(.selection))
        let title = term.screenAttributes(row: 1, col: 0)
        #expect(title.pair == ColorPalette.pairNumber(.title))
        #expect(title.attrs & xs_a_bold() != 0)
    }
}
