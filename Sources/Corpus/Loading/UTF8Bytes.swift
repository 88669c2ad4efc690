#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers over a string's contiguous UTF-8 storage, for the loader's hot loops.
///
/// Native Swift strings are contiguous UTF-8, so these run on a raw buffer without
/// copying; a bridged or otherwise non-contiguous string is copied to an array first.
/// Results are exactly those of the equivalent `unicodeScalars` / `utf8` view operations.
enum UTF8Bytes {
    /// Calls `body` with the UTF-8 bytes of `s`.
    @inline(__always)
    static func with<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = s.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the UTF-8 bytes of `s`.
    @inline(__always)
    static func with<R>(_ s: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = s.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// The number of Unicode scalars in `bytes` (valid UTF-8): bytes that are not continuation bytes.
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// `s.unicodeScalars.count`, counted on bytes.
    static func scalarCount(_ s: String) -> Int { with(s) { scalarCount($0) } }

    /// Whether `bytes` holds `byte` (memchr).
    @inline(__always)
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// Calls `body` with the value of each scalar of `bytes` (valid UTF-8, as every Swift
    /// string's storage is), in order: the same sequence `unicodeScalars` gives.
    @inline(__always)
    static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                body(UInt32(b0)); i += 1
            } else if b0 < 0xE0 {
                body(UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)); i += 2
            } else if b0 < 0xF0 {
                body(UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)); i += 3
            } else {
                body(UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                     | UInt32(bytes[i + 3] & 0x3F)); i += 4
            }
        }
    }

    /// `Array(s.unicodeScalars)`, decoded from the UTF-8 buffer into an array sized exactly.
    static func scalars(_ s: String) -> [Unicode.Scalar] {
        with(s) { bytes in
            let count = scalarCount(bytes)
            // Never 0 here: an empty array from this initialiser writes its count into the
            // shared empty-array storage, which ThreadSanitizer reports as a race between threads.
            guard count > 0 else { return [] }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                var k = 0
                // Values decoded from valid UTF-8 are valid scalars.
                forEachScalar(bytes) { v in buffer[k] = unsafeBitCast(v, to: Unicode.Scalar.self); k += 1 }
                initialized = k
            }
        }
    }

    /// UTF-8 of `scalars` as a string (encoded directly, no per-scalar string appends).
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars { append(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 encoding of `scalar` to `bytes`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = scalar.value
        switch v {
        case ..<0x80:
            bytes.append(UInt8(v))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | (v >> 12))); bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (v >> 18))); bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
