internal import CPrefetch

/// The vector steps of a scan over per-unit pinyin classes (C functions over SSE2, AVX2 and
/// AVX-512 VBMI where the processor has them, `CPrefetch/initials.h`: Swift's SIMD types
/// compiled them lane by lane).
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

    /// Places a scan tests per step on this processor: 64 (AVX-512 VBMI, with
    /// ``first(_:from:count:table:letters:wide:)``), 32 (AVX2), 16 (SSE2) or 1.
    public static let placesPerStep = Int(xs_initials_places_per_step())

    /// Whether ``first(_:from:count:table:letters:wide:)`` answers on this processor
    /// (AVX-512 VBMI).
    public static let exactScanAvailable = xs_initials_first_available() != 0

    /// The first place `q >= from` with `q + letters <= count` where, for every `i < letters`,
    /// `table[bytes[q + i]]` has bit `i` set; `count` when there is none (also where
    /// ``exactScanAvailable`` is false). `1 <= letters <= 8`. `table` has 256 entries when
    /// `wide`, else 128 and every byte of `bytes` is below 128. Each 64 bytes are looked up
    /// in the table at once, so the answer is exact: no place needs checking afterwards.
    @inline(__always)
    public static func first(_ bytes: UnsafePointer<UInt8>, from: Int, count: Int, table: UnsafePointer<UInt8>,
                             letters: Int, wide: Bool) -> Int {
        Int(xs_initials_first(bytes, from, count, table, letters, wide ? 1 : 0))
    }

    /// The first place `q` in `from..<count` where the entries of `places` tables for the
    /// bytes from `q` on (`tables[i]` for `bytes[q + i]`, 0 past `count`) share a set bit;
    /// `count` when there is none (also where ``exactScanAvailable`` is false). `1 <= places
    /// <= 8`; the tables follow each other, each of 256 entries when `wide`, else 128 laid out
    /// as ``first(_:from:count:table:letters:wide:)``'s. Exact, 64 places at a time.
    @inline(__always)
    public static func firstOfGroups(_ bytes: UnsafePointer<UInt8>, from: Int, count: Int, tables: UnsafePointer<UInt8>,
                                     places: Int, wide: Bool) -> Int {
        Int(xs_groups_first(bytes, from, count, tables, places, wide ? 1 : 0))
    }
}
