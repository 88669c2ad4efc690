import CNCursesW
import Testing
@testable import Curses

@Suite struct KeyDecoderTests {
    private func code(_ c: Int32) -> Key? {
        KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(bitPattern: c))
    }

    private func char(_ v: UInt32) -> Key? {
        KeyDecoder.decode(status: OK, value: v)
    }

    @Test func noInput() {
        #expect(KeyDecoder.decode(status: ERR, value: 0) == nil)
    }

    @Test func characters() {
        #expect(char(0x61) == .character("a"))
        #expect(char(0x5409) == .character("吉"))
        #expect(char(0xFF0C) == .character("，"))
        #expect(char(0x1F600) == .character("😀"))
        #expect(char(0x20) == .character(" "))
    }

    @Test func arrowsAndPaging() {
        #expect(code(KEY_UP) == .up)
        #expect(code(KEY_DOWN) == .down)
        #expect(code(KEY_LEFT) == .left)
        #expect(code(KEY_RIGHT) == .right)
        #expect(code(KEY_PPAGE) == .pageUp)
        #expect(code(KEY_NPAGE) == .pageDown)
        #expect(code(KEY_HOME) == .home)
        #expect(code(KEY_END) == .end)
        #expect(code(KEY_FIND) == .home)
        #expect(code(KEY_SELECT) == .end)
        #expect(code(KEY_IC) == .insert)
        #expect(code(KEY_DC) == .delete)
    }

    @Test func functionKeys() {
        for n in 1...12 {
            #expect(code(xs_key_f(Int32(n))) == .function(n))
        }
        #expect(code(KEY_F0) == .unknown(KEY_F0))
    }

    @Test func enterBackspaceTabEscape() {
        #expect(char(13) == .enter)
        #expect(char(10) == .enter)
        #expect(code(KEY_ENTER) == .enter)
        #expect(code(KEY_BACKSPACE) == .backspace)
        #expect(char(127) == .backspace)
        #expect(char(8) == .backspace)
        #expect(char(9) == .tab)
        #expect(code(KEY_BTAB) == .backTab)
        #expect(char(27) == .escape)
    }

    @Test func resize() {
        #expect(code(KEY_RESIZE) == .resize)
    }

    @Test func controlLetters() {
        #expect(char(1) == .ctrl("a"))
        #expect(char(4) == .ctrl("d"))
        #expect(char(12) == .ctrl("l"))
        #expect(char(26) == .ctrl("z"))
        for v: UInt32 in 1...26 where ![8, 9, 10, 13].contains(v) {
            guard case .ctrl(let letter)? = char(v) else {
                Issue.record("\(v) is not a ctrl key")
                continue
            }
            #expect(letter.asciiValue == UInt8(0x60 + v))
        }
    }

    @Test func unnamedCodesAreKept() {
        #expect(code(KEY_MOUSE) == .unknown(KEY_MOUSE))
        #expect(char(0) == .unknown(0))
        #expect(char(0x9B) == .unknown(0x9B))
    }
}
