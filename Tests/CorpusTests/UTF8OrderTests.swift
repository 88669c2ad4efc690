@testable import Corpus
import Testing

/// The load report's entries are sorted by the UTF-8 bytes of their paths, which must be
/// the order of their scalar values (what the report promised before).
@Suite struct UTF8OrderTests {
    static let pieces = ["", "a", "Z", "~", "é", "巡", "察", "\u{7F}", "\u{80}", "\u{FFFD}", "\u{10000}", "😀", "\\xff", "/", "ｱ"]

    @Test func bytesOrderAsScalars() {
        var strings: [String] = []
        for a in Self.pieces { for b in Self.pieces { strings.append(a + b); strings.append("dir/" + a + "x" + b) } }
        for a in strings {
            for b in strings {
                #expect(CorpusLoader.utf8Precedes(a, b) == a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars), "\(a) < \(b)")
            }
        }
    }
}
