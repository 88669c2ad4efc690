import MemoryHints
import Testing
import XunshiTestSupport

/// The block test of the initials scan gives the same answer 32 places at a time (AVX2,
/// where the processor has it) as 16 at a time.
@Suite struct InitialsBlocksTests {
    @Test func bothWidthsFindTheSameBlock() {
        var random = SplitMix64(state: 17)
        for round in 0..<400 {
            let n = Int(random.next() % 300)
            // Few distinct classes, some above `several` (classes of several letters).
            let classes = (0..<n).map { _ in UInt8([0, 1, 2, 3, 24, 28, 30][Int(random.next() % 7)]) }
            let want = (0..<Int(1 + random.next() % 5)).map { _ in UInt8([1, 2, 3, 24][Int(random.next() % 4)]) }
            let from = n == 0 ? 0 : Int(random.next() % UInt64(n))
            classes.withUnsafeBufferPointer { c in
                want.withUnsafeBufferPointer { w in
                    guard let base = c.baseAddress else { return }
                    let wide = InitialsBlocks.next(base, from: from, count: n, want: w, several: 26)
                    let narrow = InitialsBlocks.nextSixteenAtATime(base, from: from, count: n, want: w, several: 26)
                    #expect(wide == narrow, "round \(round): \(n) classes from \(from), want \(want)")
                }
            }
        }
    }
}
