@testable import Corpus
import Testing
import XunshiTestSupport

/// The compact encoding of the scalars of exceptions: exact round trips, its sizes, and
/// any bytes decode.
@Suite struct CompactTextTests {
    static func encoded(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in s.unicodeScalars { CompactText.append(scalar: scalar.value, to: &out) }
        return out
    }

    static func decoded(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { bytes in
            var out = String.UnicodeScalarView(), i = 0
            while i < bytes.count {
                // A cut sequence ends the text as U+FFFD.
                guard let v = CompactText.scalar(bytes, at: &i) else { out.append("\u{FFFD}"); break }
                out.append(Unicode.Scalar(v)!)
            }
            return String(out)
        }
    }

    @Test(arguments: [
        "", "a", "\0", "巡视巡察", "省委第一巡视组反馈：发现问题线索12件，立案3人。", "ＡＢＣ，。“”…—",
        "巡審聯動", "㐀䶵", "①②③", "Ünïcødé ĳ ΑΒΓ абв", "한국어", "😀 𠀀 𪚥", "\u{FEFF}\u{FFFD}\u{FFFF}",
        "tab\there\r\nline", "\u{7F}\u{80}\u{7FF}\u{800}",
    ])
    func roundTripsExactly(_ s: String) {
        let bytes = Self.encoded(s)
        let back = Self.decoded(bytes)
        #expect(Array(back.unicodeScalars) == Array(s.unicodeScalars))
        #expect(Array(back.utf8) == Array(s.utf8))
    }

    @Test func takesOneByteForASCIITwoForHanAndPunctuationFourForTheRest() {
        #expect(Self.encoded("2021年").count == 4 + 2)
        #expect(Self.encoded("巡视，“回头看”。").count == 2 * 9)
        #expect(Self.encoded("ＡＢ①—").count == 2 * 4)
        #expect(Self.encoded("한😀").count == 4 + 4)
        // Outside the pages: four bytes, one or two more than UTF-8.
        #expect(Self.encoded("é").count == 2 && Self.encoded("\u{7FF}").count == 4 && Self.encoded("한").count == 4)
    }

    @Test func everyPageHasOneLeadAndNoSurrogates() {
        #expect(CompactText.pages.count == 127)
        #expect(!CompactText.pages.contains { (0xD8...0xDF).contains($0) })
        for (i, page) in CompactText.pages.enumerated() { #expect(CompactText.leads[Int(page)] == 0x80 + UInt8(i)) }
    }

    @Test func anyBytesDecodeToValidText() {
        #expect(Self.decoded([0x80]) == "\u{FFFD}", "a lead without its byte")
        #expect(Self.decoded([0x41, 0xFF, 0x01, 0xF6]) == "A\u{FFFD}", "a cut escape")
        #expect(Self.decoded([0xFF, 0x00, 0xD8, 0x00]) == "\u{FFFD}", "an escaped surrogate")
        #expect(Self.decoded([0xFF, 0x11, 0x00, 0x00]) == "\u{FFFD}", "past U+10FFFF")
        var generator = SplitMix64(state: 3)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let s = Self.decoded(bytes)
            // Valid text: its own encoding decodes to it again.
            #expect(Self.decoded(Self.encoded(s)) == s)
        }
    }
}
