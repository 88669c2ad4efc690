@testable import Corpus
import Testing
import XunshiTestSupport

/// The scans' prefetch budget follows what they read, within one to four lines.
@Suite struct ReadAheadTests {
    @Test func startsAtFourLinesAndFollowsTheReads() {
        var text = ReadAhead(unitBytes: 2)
        #expect(text.lines == 4, "as before it adapted: 256 bytes")
        for _ in 0..<64 { text.read(0) }
        #expect(text.lines == 1, "matches at the start offset: one line")
        for _ in 0..<64 { text.read(40) }
        #expect(text.lines == 2, "80 bytes: the line they start in and the next")
        for _ in 0..<64 { text.read(10_000) }
        #expect(text.lines == 4, "long reads: at most four lines")
        var classes = ReadAhead(unitBytes: 1)
        for _ in 0..<64 { classes.read(100) }
        #expect(classes.lines == 2, "100 one-byte classes")
    }

    @Test func staysWithinItsBoundsWhateverIsRead() {
        var generator = SplitMix64(state: 11)
        for unitBytes in [1, 2] {
            var ahead = ReadAhead(unitBytes: unitBytes)
            for _ in 0..<10_000 {
                ahead.read(Int.random(in: -5...5_000, using: &generator))
                #expect((1...4).contains(ahead.lines))
            }
        }
    }
}
