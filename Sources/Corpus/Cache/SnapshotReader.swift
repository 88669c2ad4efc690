#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads what ``SnapshotWriter`` wrote, through a fixed buffer.
///
/// Every length is checked against the bytes left in the file before anything is
/// allocated, so a truncated or damaged file throws ``SnapshotError`` instead of
/// crashing or allocating absurd amounts; the caller then loads the corpus afresh.
final class SnapshotReader {
    private let fd: Int32
    private var buffer: [UInt8]
    private var position = 0
    private var filled = 0
    /// Bytes of the file not yet in the buffer.
    private var fileLeft: Int
    private static let chunk = 4 << 20
    /// File bytes read so far, and where the trailing checksum starts.
    private var fileOffset = 0
    private let checksumStart: Int
    /// Checksum of the bytes read so far below ``checksumStart``.
    private var checksum = Checksum64()

    /// Where the region read starts in the file.
    private let base: Int
    /// Asked before every read from the file: when it says so, the read throws
    /// ``SnapshotError/cancelled`` (a reader on another thread whose result is no longer wanted).
    var isCancelled: (@Sendable () -> Bool)?

    /// Reads the `size` bytes of the file from `offset` on (by `pread`, so readers of other
    /// regions may share `fd`), whose last 8 are the checksum of the rest.
    init(fd: Int32, offset: Int = 0, size: Int) {
        self.fd = fd
        base = offset
        fileLeft = size
        checksumStart = max(0, size - 8)
        buffer = Array(repeating: 0, count: min(Self.chunk, max(size, 16)))
    }

    /// Reads the trailing checksum (it must be all that is left) and compares it with the
    /// checksum of everything read before it; returns it (it identifies the file's content).
    @discardableResult
    func verifyChecksum() throws -> UInt64 {
        guard remaining == 8 else { throw SnapshotError.malformed("bytes after the end mark") }
        let stored = try fixed()
        guard stored == checksum.value else { throw SnapshotError.malformed("checksum") }
        return stored
    }

    /// Bytes not yet consumed (buffered or in the file).
    var remaining: Int { filled - position + fileLeft }

    /// Makes `n` (≤ the chunk size) bytes available in the buffer.
    private func need(_ n: Int) throws {
        if filled - position >= n { return }
        guard remaining >= n else { throw SnapshotError.truncated }
        let kept = filled - position
        buffer.withUnsafeMutableBytes { raw in
            if kept > 0 { raw.baseAddress!.copyMemory(from: raw.baseAddress! + position, byteCount: kept) }
        }
        position = 0
        filled = kept
        let wanted = min(buffer.count - kept, fileLeft)
        let got = try buffer.withUnsafeMutableBytes { raw in try readFully(into: raw.baseAddress! + kept, count: wanted) }
        filled += got
        fileLeft -= got
        guard filled >= n else { throw SnapshotError.truncated }
    }

    private func readFully(into p: UnsafeMutableRawPointer, count: Int) throws -> Int {
        if let isCancelled, isCancelled() { throw SnapshotError.cancelled }
        var done = 0
        while done < count {
            let n = pread(fd, p + done, count - done, off_t(base + fileOffset))
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw SnapshotError.unreadable }
            if n == 0 { break }
            let hashed = max(0, min(n, checksumStart - fileOffset))
            if hashed > 0 { checksum.update(UnsafeRawBufferPointer(start: p + done, count: hashed)) }
            fileOffset += n
            done += n
        }
        return done
    }

    func byte() throws -> UInt8 {
        try need(1)
        defer { position += 1 }
        return buffer[position]
    }

    func uint() throws -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw SnapshotError.malformed("integer too long") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    func int() throws -> Int {
        let z = try uint()
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    /// A count or length: at most `limit`, and at most the bytes left (every counted item
    /// takes at least one byte).
    func count(max limit: Int = .max) throws -> Int {
        let v = try uint()
        guard v <= UInt64(min(limit, remaining)) else { throw SnapshotError.malformed("length \(v) past the end") }
        return Int(v)
    }

    func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw SnapshotError.malformed("not a boolean")
        }
    }

    func fixed() throws -> UInt64 {
        try need(8)
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(buffer[position + i]) << (8 * UInt64(i)) }
        position += 8
        return v
    }

    func double() throws -> Double { Double(bitPattern: try fixed()) }

    func string() throws -> String {
        let n = try count()
        if n <= buffer.count {
            try need(n)
            defer { position += n }
            return buffer.withUnsafeBufferPointer { String(decoding: $0[position..<position + n], as: UTF8.self) }
        }
        let bytes: [UInt8] = try raw(n)
        return String(decoding: bytes, as: UTF8.self)
    }

    func optional() throws -> String? { try bool() ? try string() : nil }

    func strings() throws -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    /// An array written by ``SnapshotWriter/array(_:)``, read straight into its storage.
    ///
    /// With `spare` > 0 the array has room for `n / spare` more elements, so that appending
    /// a few does not move it (a move leaves the old copy's memory to the allocator, and
    /// every list of an index that grows by a little would move).
    func array<T: BitwiseCopyable>(_: T.Type = T.self, spare: Int = 0) throws -> [T] {
        let n = try count()
        let stride = MemoryLayout<T>.stride
        guard n <= remaining / max(1, stride) else { throw SnapshotError.malformed("array past the end") }
        guard n > 0 else { return [] }  // see UTF8Bytes.scalars: never an empty array this way
        return try [T](unsafeUninitializedCapacity: spare > 0 ? n + n / spare : n) { out, initialized in
            if n > 0 { try copy(into: UnsafeMutableRawPointer(out.baseAddress!), count: n * stride) }
            initialized = n
        }
    }

    /// An array of units written by ``SnapshotWriter/array(_:)``, appended to `store` as
    /// one document's text, read straight into its place (no intermediate array).
    func units(into store: TextStore) throws {
        let n = try count()
        guard n <= remaining / 2 else { throw SnapshotError.malformed("array past the end") }
        try store.append(count: n) { destination in try copy(into: UnsafeMutableRawPointer(destination), count: n * 2) }
    }

    /// An array of units written by ``SnapshotWriter/array(_:)``, read straight into room
    /// in `arena`: the chunk, where the units start, and their count.
    func units(into arena: TextArena) throws -> (chunk: TextChunk, start: UnsafePointer<UInt16>, count: Int) {
        let n = try count()
        guard n <= remaining / 2 else { throw SnapshotError.malformed("array past the end") }
        let (chunk, start) = arena.allocate(n)
        try copy(into: UnsafeMutableRawPointer(start), count: n * 2)
        return (chunk, UnsafePointer(start), n)
    }

    private func raw(_ n: Int) throws -> [UInt8] {
        guard n > 0 else { return [] }
        return try [UInt8](unsafeUninitializedCapacity: n) { out, initialized in
            if n > 0 { try copy(into: UnsafeMutableRawPointer(out.baseAddress!), count: n) }
            initialized = n
        }
    }

    /// Copies `count` bytes from the buffer, then from the file directly.
    private func copy(into p: UnsafeMutableRawPointer, count: Int) throws {
        guard count > 0 else { return }
        let fromBuffer = min(count, filled - position)
        buffer.withUnsafeBytes { raw in p.copyMemory(from: raw.baseAddress! + position, byteCount: fromBuffer) }
        position += fromBuffer
        let rest = count - fromBuffer
        guard rest > 0 else { return }
        let got = try readFully(into: p + fromBuffer, count: rest)
        fileLeft -= got
        guard got == rest else { throw SnapshotError.truncated }
    }
}

/// Why a snapshot could not be used.
enum SnapshotError: Error, Equatable, CustomStringConvertible {
    case truncated, unreadable, cancelled
    case malformed(String)
    case stale

    var description: String {
        switch self {
        case .truncated: "truncated"
        case .unreadable: "none yet, or unreadable"
        case .cancelled: "no longer wanted"
        case .malformed(let what): "damaged (\(what))"
        case .stale: "made by another build of xunshi or with other limits"
        }
    }
}
