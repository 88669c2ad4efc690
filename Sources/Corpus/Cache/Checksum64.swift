/// A fast 64-bit checksum over a byte stream, fed in pieces of any size.
///
/// Catches accidental damage to a snapshot (a torn write, a flipped bit on disk) that
/// the reader's structural checks cannot see, such as a changed byte inside a stored
/// paragraph. Not a cryptographic hash: snapshots live in the user's own cache
/// directory. Written here because the standard library's `Hasher` is seeded per
/// process (useless for a file) and the toolchain's Foundation on Linux offers no
/// checksum.
///
/// The stream is cut into 32-byte blocks whose four 8-byte words feed four independent
/// lanes (multiply, xor-shift), so the CPU overlaps four multiplies: about 6.7 GB/s
/// instead of 4.1 GB/s with one lane, where a snapshot read checksums about 1 GB at
/// 100,000 documents. The value depends only on the bytes, not on how they were cut into
/// pieces.
struct Checksum64 {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) =
        (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
    /// Bytes of an unfinished block (the first `carried` of these 32).
    private var carry: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var carried = 0
    private var length: UInt64 = 0

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    private static func mix(_ state: inout UInt64, _ word: UInt64) {
        state = (state ^ word) &* multiplier
        state ^= state >> 31
    }

    @inline(__always)
    private mutating func block(_ p: UnsafeRawPointer) {
        Self.mix(&lanes.0, UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)))
        Self.mix(&lanes.1, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        Self.mix(&lanes.2, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
        Self.mix(&lanes.3, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)))
    }

    mutating func update(_ raw: UnsafeRawBufferPointer) {
        guard let base = raw.baseAddress, raw.count > 0 else { return }
        length &+= UInt64(raw.count)
        var i = 0
        if carried > 0 {
            let n = min(32 - carried, raw.count)
            withUnsafeMutableBytes(of: &carry) { c in c.baseAddress!.advanced(by: carried).copyMemory(from: base, byteCount: n) }
            carried += n
            i = n
            guard carried == 32 else { return }
            var full = carry
            withUnsafeBytes(of: &full) { block($0.baseAddress!) }
            carried = 0
        }
        while i + 32 <= raw.count {
            block(base + i)
            i += 32
        }
        if i < raw.count {
            carry = (0, 0, 0, 0)
            withUnsafeMutableBytes(of: &carry) { c in c.baseAddress!.copyMemory(from: base + i, byteCount: raw.count - i) }
            carried = raw.count - i
        }
    }

    /// The checksum of everything fed so far (the stream can go on being fed).
    var value: UInt64 {
        var copy = self
        if carried > 0 {
            // The unfinished block, zero-padded (its length is mixed in below).
            var padded = carry
            withUnsafeMutableBytes(of: &padded) { c in
                for k in carried..<32 { c[k] = 0 }
            }
            withUnsafeBytes(of: &padded) { copy.block($0.baseAddress!) }
        }
        var state = copy.lanes.0
        Self.mix(&state, copy.lanes.1)
        Self.mix(&state, copy.lanes.2)
        Self.mix(&state, copy.lanes.3)
        Self.mix(&state, length)
        return state
    }
}
