import Testing
@testable import Curses

@Suite struct TerminalSessionTests {
    @Test func interactiveNeedsTtysAndAUsefulTerm() {
        let env = ["TERM": "xterm-256color"]
        #expect(TerminalSession.isInteractive(environment: env, stdinIsTerminal: true, stdoutIsTerminal: true))
        #expect(!TerminalSession.isInteractive(environment: env, stdinIsTerminal: false, stdoutIsTerminal: true))
        #expect(!TerminalSession.isInteractive(environment: env, stdinIsTerminal: true, stdoutIsTerminal: false))
        #expect(!TerminalSession.isInteractive(environment: [:], stdinIsTerminal: true, stdoutIsTerminal: true))
        #expect(!TerminalSession.isInteractive(environment: ["TERM": "dumb"], stdinIsTerminal: true, stdoutIsTerminal: true))
        #expect(!TerminalSession.isInteractive(environment: ["TERM": ""], stdinIsTerminal: true, stdoutIsTerminal: true))
    }

    @Test func asciiNoticeIsOneAsciiLine() {
        let notice = TerminalSession.asciiNotice
        #expect(notice.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
        #expect(notice.contains("LANG=C.UTF-8"))
    }

    @Test func noColorNeedsANonEmptyValueOrTheOption() {
        #expect(!TerminalSession.colorDisabled(option: false, environment: [:]))
        #expect(!TerminalSession.colorDisabled(option: false, environment: ["NO_COLOR": ""]))
        #expect(TerminalSession.colorDisabled(option: false, environment: ["NO_COLOR": "1"]))
        #expect(TerminalSession.colorDisabled(option: true, environment: [:]))
    }
}
