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

    /// The exact scan of 64 places at a time (AVX-512 VBMI) finds the first place a scalar
    /// loop finds, across blocks and at the end of the bytes, with tables of 128 and 256 entries.
    @Test(.enabled(if: InitialsBlocks.exactScanAvailable, "the processor has no AVX-512 VBMI"))
    func exactScanFindsWhatAScalarLoopFinds() {
        var random = SplitMix64(state: 23)
        var found = 0
        for round in 0..<2_000 {
            let wide = round % 2 == 1
            let n = Int(random.next() % 400)
            let k = Int(1 + random.next() % 8)
            // Tables whose entries pass each letter about half the time, so matches are found.
            let table = (0..<(wide ? 256 : 128)).map { _ in UInt8(truncatingIfNeeded: random.next()) | UInt8(truncatingIfNeeded: random.next()) }
            let pool: [UInt8] = wide ? [0, 1, 5, 24, 30, 127, 128, 200, 254, 255] : [0, 1, 5, 24, 30, 60, 126, 127]
            let bytes = (0..<n).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
            let from = Int(random.next() % UInt64(n + 1))
            var expected = n
            if n >= k && from <= n - k {
                for q in from...(n - k) where (0..<k).allSatisfy({ table[Int(bytes[q + $0])] & (1 << $0) != 0 }) {
                    expected = q
                    break
                }
            }
            let got = bytes.withUnsafeBufferPointer { b in table.withUnsafeBufferPointer { t in
                // An empty array's storage: a valid pointer that is never read.
                InitialsBlocks.first(b.baseAddress ?? t.baseAddress!, from: from, count: n, table: t.baseAddress!, letters: k, wide: wide)
            } }
            #expect(got == expected, "round \(round): \(n) bytes from \(from), \(k) letters, wide \(wide)")
            if expected < n { found += 1 }
        }
        #expect(found > 500)
    }

    /// The places per step the bench reports are those of the scan that runs.
    @Test func placesPerStepSayWhichScanRuns() {
        #expect([1, 16, 32, 64].contains(InitialsBlocks.placesPerStep))
        #expect((InitialsBlocks.placesPerStep == 64) == InitialsBlocks.exactScanAvailable)
    }
}
