import Testing
@testable import Curses

@Suite struct SanitizerTests {
    @Test func plainTextIsUnchanged() {
        let text = "吉林省委巡视组 found 5 件 é 😀 \u{FFFD}"
        #expect(Sanitizer.sanitize(text) == text)
    }

    @Test func clearScreenSequenceBecomesVisible() {
        #expect(Sanitizer.sanitize("a\u{1B}[2Jb") == "a␛[2Jb")
    }

    @Test func osc52ClipboardWriteBecomesVisible() {
        #expect(Sanitizer.sanitize("\u{1B}]52;c;SGVsbG8=\u{07}") == "␛]52;c;SGVsbG8=␇")
    }

    @Test func belNulTabAndDelete() {
        #expect(Sanitizer.sanitize("x\u{07}y") == "x␇y")
        #expect(Sanitizer.sanitize("\u{0}") == "␀")
        #expect(Sanitizer.sanitize("a\tb") == "a b")
        #expect(Sanitizer.sanitize("\u{7F}") == "␡")
        #expect(Sanitizer.sanitize("l1\nl2\r") == "l1␊l2␍")
    }

    @Test func c1ControlsIncludingEightBitCSI() {
        #expect(Sanitizer.sanitize("a\u{9B}31mb") == "a¤31mb")
        #expect(Sanitizer.sanitize("\u{85}\u{80}\u{9F}") == "¤¤¤")
    }

    @Test func bidiControlsAreNeutralised() {
        #expect(Sanitizer.sanitize("abc\u{202E}fed") == "abc⇄fed")
        let all = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}"
        #expect(Sanitizer.sanitize(all) == String(repeating: "⇄", count: 12))
        #expect(Sanitizer.sanitize("a\u{2028}b") == "a␤b")
    }

    @Test func scalarCountIsPreserved() {
        let text = "\u{1B}[1;31m红\u{202E}\u{0}\u{9B}\u{7F}\t"
        #expect(Sanitizer.sanitize(text).unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func outputHasNoControls() {
        let text = String(String.UnicodeScalarView((0..<0xA0).compactMap(Unicode.Scalar.init)))
        let clean = Sanitizer.sanitize(text)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }
}
