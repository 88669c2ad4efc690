internal import CPrefetch

/// The vector step of a scan over per-unit pinyin classes (C functions over SSE2, and AVX2
/// where the processor has it, `CPrefetch/initials.h`: Swift's SIMD types compiled it lane by lane).
public enum InitialsBlocks {
    /// Blocks of 16 places `p…p+15`, for `p = from, from + 16 …`: the first where some
    /// place `q` may start a match, i.e. for every `i < want.count` the byte `bytes[q + i]`
    /// is `want[i]` or greater than `several`; only blocks whose places' bytes all lie
    /// below `count` are tried. Returns that block's `p`, or the first `p` past the blocks
    /// tried when none may match (`from` itself where the processor has no SSE2).
    @inline(__always)
    public static func next(_ bytes: UnsafePointer<UInt8>, from: Int, count: Int, want: UnsafeBufferPointer<UInt8>,
                            several: UInt8) -> Int {
        Int(xs_initials_next_block(bytes, from, count, want.baseAddress, want.count, several))
    }

    /// ``next(_:from:count:want:several:)`` 16 places at a time only (no AVX2), to check
    /// that both give the same answer.
    public static func nextSixteenAtATime(_ bytes: UnsafePointer<UInt8>, from: Int, count: Int,
                                          want: UnsafeBufferPointer<UInt8>, several: UInt8) -> Int {
        Int(xs_initials_next_block_sse2(bytes, from, count, want.baseAddress, want.count, several))
    }
}
