#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a snapshot file through a fixed buffer: LEB128 integers, length-prefixed
/// UTF-8 strings and raw arrays, little-endian.
///
/// Written by hand rather than through `Codable`: the file holds every document of a
/// corpus (hundreds of megabytes), so it must stream to disk without building the
/// whole encoding in memory first (that would double the peak memory), and decoding it
/// must be much faster than loading the corpus. The format is read only by
/// ``SnapshotReader``, which checks every length against what is left.
final class SnapshotWriter {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20
    /// Bytes written so far (flushed or buffered).
    private(set) var offset = 0
    /// Set when a write failed; later writes do nothing.
    private(set) var failed = false
    /// Checksum of every byte written to the file so far.
    private(set) var checksum = Checksum64()
    /// Checksum of the bytes written since the current section began.
    private var section = Checksum64()

    /// A region of the file that ends with the checksum of its own bytes, so that it can be
    /// read and verified on its own (``SnapshotReader/init(fd:offset:size:)``).
    struct Section {
        /// Offset in the file and length, the trailing checksum included.
        var offset: Int, length: Int
        var checksum: UInt64
    }

    /// Starts a section at the current offset.
    func beginSection() -> Int {
        flush()
        section = Checksum64()
        return offset
    }

    /// Ends the section begun at `start`: appends its checksum and describes it.
    func endSection(_ start: Int) -> Section {
        flush()
        let sum = section.value
        fixed(sum)
        flush()
        return Section(offset: start, length: offset - start, checksum: sum)
    }

    /// Takes ownership of nothing: the caller opens and closes `fd`.
    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    func byte(_ b: UInt8) {
        buffer.append(b)
        offset += 1
        if buffer.count >= Self.flushSize { flush() }
    }

    /// An unsigned integer as LEB128 (7 bits per byte, low bits first).
    func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            byte(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        byte(UInt8(v))
    }

    func int(_ v: Int) { uint(UInt64(bitPattern: Int64(v)) << 1 ^ UInt64(bitPattern: Int64(v) >> 63)) }

    func bool(_ v: Bool) { byte(v ? 1 : 0) }

    func double(_ v: Double) { fixed(v.bitPattern) }

    func fixed(_ v: UInt64) {
        for i in 0..<8 { byte(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
    }

    func string(_ s: String) {
        var s = s
        s.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
    }

    func string(_ s: Substring) {
        var s = s
        s.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
    }

    func optional(_ s: String?) {
        bool(s != nil)
        if let s { string(s) }
    }

    func strings(_ list: [String]) {
        uint(UInt64(list.count))
        for s in list { string(s) }
    }

    /// A length, then the bytes.
    func bytes(_ raw: UnsafeRawBufferPointer) {
        uint(UInt64(raw.count))
        raw_(raw)
    }

    /// An array of trivial values: its count, then its bytes as they are in memory.
    func array<T: BitwiseCopyable>(_ values: [T]) {
        uint(UInt64(values.count))
        values.withUnsafeBytes { raw_($0) }
    }

    /// ``array(_:)`` from a buffer (read back by ``SnapshotReader/array(_:)`` as an array).
    func array<T: BitwiseCopyable>(_ values: UnsafeBufferPointer<T>) {
        uint(UInt64(values.count))
        raw_(UnsafeRawBufferPointer(values))
    }

    private func raw_(_ raw: UnsafeRawBufferPointer) {
        if raw.count > Self.flushSize {
            flush()
            emit(raw)
        } else {
            buffer.append(contentsOf: raw)
            if buffer.count >= Self.flushSize { flush() }
        }
        offset += raw.count
    }

    /// Flushes, then appends the checksum of everything before it (8 bytes, not itself
    /// checksummed). Call once, last.
    func finish() {
        flush()
        let sum = checksum.value
        for i in 0..<8 { buffer.append(UInt8(truncatingIfNeeded: sum >> (8 * UInt64(i)))) }
        flush()
    }

    func flush() {
        buffer.withUnsafeBytes { emit($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func emit(_ raw: UnsafeRawBufferPointer) {
        guard !failed, var p = raw.baseAddress else { return }
        checksum.update(raw)
        section.update(raw)
        var left = raw.count
        while left > 0 {
            let n = write(fd, p, left)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { failed = true; return }
            p += n
            left -= n
        }
    }
}
