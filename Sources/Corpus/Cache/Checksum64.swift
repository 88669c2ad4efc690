/// A fast 64-bit checksum over a byte stream, fed in pieces of any size.
///
/// Catches accidental damage to a snapshot (a torn write, a flipped bit on disk) that
/// the reader's structural checks cannot see, such as a changed byte inside a stored
/// paragraph. Not a cryptographic hash: snapshots live in the user's own cache
/// directory. Written here because the standard library's `Hasher` is seeded per
/// process (useless for a file) and the toolchain's Foundation on Linux offers no
/// checksum; eight bytes per multiply keep it well above disk speed.
struct Checksum64 {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3
    private var carry: UInt64 = 0
    private var carried = 0
    private var length: UInt64 = 0

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 31
    }

    mutating func update(_ raw: UnsafeRawBufferPointer) {
        guard let base = raw.baseAddress else { return }
        length &+= UInt64(raw.count)
        var i = 0
        while carried > 0 && carried < 8 && i < raw.count {
            carry |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << (8 * UInt64(carried))
            carried += 1
            i += 1
        }
        if carried == 8 {
            mix(carry)
            carry = 0
            carried = 0
        }
        while i + 8 <= raw.count {
            mix(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        while i < raw.count {
            carry |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << (8 * UInt64(carried))
            carried += 1
            i += 1
        }
    }

    /// The checksum of everything fed so far (the stream can go on being fed).
    var value: UInt64 {
        var copy = self
        if carried > 0 { copy.mix(carry) }
        copy.mix(length)
        return copy.state
    }
}
