import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The snapshot file: what one load produced, per input file, with the stamps that
/// say whether it still holds.
///
/// Layout (format 3; paragraphs in ``CompactText`` since 3): sections (``SnapshotWriter/Section``: bytes, then the checksum of
/// those bytes), one after the other:
/// - the header: magic, ``formatVersion``, the program's ``FileStamp``, the load limits
///   that change results (`maxFileBytes`), the number of files and of blocks;
/// - blocks of up to ``blockFiles`` files: their count, then per file its raw path,
///   stamp, report entry and documents;
/// - the trailer: the number of sections before it, and each one's offset, length and
///   checksum;
///
/// then the trailer's offset and length (8 bytes each) and the checksum of the whole
/// file. A reader finds the trailer from the end, checks that the sections tile the file,
/// and decodes the blocks on all cores, each verified by its own checksum; the trailer's
/// checksum, which covers every other section's, names the content (``CorpusLoader/SnapshotUse/corpusID``).
/// Written to a temporary file in the same directory and renamed into place, so a reader
/// never sees half a snapshot.
enum CorpusSnapshot {
    static let magic = Array("xunshi corpus snapshot\n".utf8)
    /// Bump when the layout or the meaning of any stored field changes.
    static let formatVersion: UInt64 = 4
    /// Files per block: enough blocks to keep every core busy, few enough to cost nothing.
    static let blockFiles = 512

    /// One input file's part of a load.
    struct Part {
        var rawPath: [UInt8]
        var stamp: FileStamp
        var documents: [Document]
        var entry: LoadReport.Entry
    }

    /// Writes `parts` to `path` atomically; its id (what ``read(_:options:program:)`` will
    /// return with the parts), or `nil` when it could not (the load goes on without a snapshot).
    @discardableResult
    static func write(_ parts: [Part], options: LoadOptions, to path: String, program: FileStamp) -> UInt64? {
        var id: UInt64?
        let written = SnapshotFile.write(to: path) { w in
            var sections: [SnapshotWriter.Section] = []
            let blocks = stride(from: 0, to: parts.count, by: blockFiles).map { $0..<min(parts.count, $0 + blockFiles) }
            var start = w.beginSection()
            for b in magic { w.byte(b) }
            w.uint(formatVersion)
            program.write(to: w)
            w.uint(UInt64(options.maxFileBytes))
            w.uint(UInt64(parts.count))
            w.uint(UInt64(blocks.count))
            sections.append(w.endSection(start))
            for block in blocks {
                start = w.beginSection()
                w.uint(UInt64(block.count))
                for part in parts[block] {
                    part.rawPath.withUnsafeBytes { w.bytes($0) }
                    part.stamp.write(to: w)
                    part.entry.write(to: w)
                    w.uint(UInt64(part.documents.count))
                    for document in part.documents { document.write(to: w) }
                }
                sections.append(w.endSection(start))
            }
            start = w.beginSection()
            w.uint(UInt64(sections.count))
            for section in sections {
                w.fixed(UInt64(section.offset)); w.fixed(UInt64(section.length)); w.fixed(section.checksum)
            }
            let trailer = w.endSection(start)
            w.fixed(UInt64(trailer.offset))
            w.fixed(UInt64(trailer.length))
            id = trailer.checksum
        }
        return written ? id : nil
    }

    /// The parts stored at `path`, in the order they were written, when the snapshot was
    /// written by this program with the same limits; `id` names the file's content (an index
    /// snapshot records the `id` of the corpus snapshot it was built from).
    static func read(_ path: String, options: LoadOptions, program: FileStamp) throws -> (parts: [Part], id: UInt64) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SnapshotError.unreadable }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SnapshotError.unreadable }
        let (sections, id) = try trailer(fd: fd, size: Int(info.st_size))

        let header = SnapshotReader(fd: fd, offset: sections[0].offset, size: sections[0].length)
        for b in magic where try header.byte() != b { throw SnapshotError.malformed("not a snapshot") }
        guard try header.uint() == formatVersion, try FileStamp(reading: header) == program,
              try header.uint() == UInt64(options.maxFileBytes) else { throw SnapshotError.stale }
        let count = try header.uint(), blockCount = try header.uint()
        guard blockCount == sections.count - 1, try header.verifyChecksum() == sections[0].checksum else {
            throw SnapshotError.malformed("header")
        }

        let results = BlockResults(count: Int(blockCount))
        DispatchQueue.concurrentPerform(iterations: Int(blockCount)) { b in
            results.set(b, Result { try readBlock(fd: fd, sections[b + 1]) })
        }
        var parts: [Part] = []
        parts.reserveCapacity(Int(min(count, UInt64(info.st_size))))
        for b in 0..<Int(blockCount) { parts += try results.take(b).get() }
        guard parts.count == count else { throw SnapshotError.malformed("file count") }
        return (parts, id)
    }

    /// The id of the snapshot at `path` (its trailer's checksum, as ``read(_:options:program:wanted:)``
    /// returns it) without reading the rest, or `nil` when it has no readable trailer.
    static func id(at path: String) -> UInt64? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        return try? trailer(fd: fd, size: Int(info.st_size)).1
    }

    /// The sections listed by the trailer at the end of the file (checked to tile it
    /// exactly), and the trailer's checksum.
    private static func trailer(fd: Int32, size: Int) throws -> ([SnapshotWriter.Section], UInt64) {
        guard size >= 24 + 8 else { throw SnapshotError.truncated }
        var tail = [UInt8](repeating: 0, count: 16)
        guard pread(fd, &tail, 16, off_t(size - 24)) == 16 else { throw SnapshotError.unreadable }
        func word(_ at: Int) -> Int {
            Int(truncatingIfNeeded: (0..<8).reduce(UInt64(0)) { $0 | UInt64(tail[at + $1]) << (8 * UInt64($1)) })
        }
        let offset = word(0), length = word(8)
        guard offset >= 0, length >= 8, offset <= size - 24 - length, offset + length == size - 24 else {
            throw SnapshotError.malformed("trailer position")
        }
        let r = SnapshotReader(fd: fd, offset: offset, size: length)
        let n = try r.count()
        guard n >= 1 else { throw SnapshotError.malformed("no sections") }
        var sections: [SnapshotWriter.Section] = []
        var end = 0
        for _ in 0..<n {
            let section = SnapshotWriter.Section(offset: Int(truncatingIfNeeded: try r.fixed()),
                                                 length: Int(truncatingIfNeeded: try r.fixed()), checksum: try r.fixed())
            guard section.offset == end, section.length >= 8, section.length <= offset - end else {
                throw SnapshotError.malformed("sections")
            }
            end += section.length
            sections.append(section)
        }
        guard end == offset else { throw SnapshotError.malformed("sections") }
        return (sections, try r.verifyChecksum())
    }

    /// One block's parts.
    private static func readBlock(fd: Int32, _ section: SnapshotWriter.Section) throws -> [Part] {
        let r = SnapshotReader(fd: fd, offset: section.offset, size: section.length)
        let count = try r.count()
        var parts: [Part] = []
        parts.reserveCapacity(count)
        for _ in 0..<count {
            let rawPath: [UInt8] = try r.array()
            let stamp = try FileStamp(reading: r)
            let entry = try LoadReport.Entry(reading: r)
            let n = try r.count()
            var documents: [Document] = []
            documents.reserveCapacity(n)
            for _ in 0..<n { documents.append(try Document(reading: r)) }
            parts.append(Part(rawPath: rawPath, stamp: stamp, documents: documents, entry: entry))
        }
        guard try r.verifyChecksum() == section.checksum else { throw SnapshotError.malformed("block checksum") }
        return parts
    }
}

/// Per block, the result of decoding it (each slot written by one worker).
private final class BlockResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<[CorpusSnapshot.Part], Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ b: Int, _ result: Result<[CorpusSnapshot.Part], Error>) {
        lock.lock()
        slots[b] = result
        lock.unlock()
    }

    /// The slot's result, removed from the slot (so its documents are not held twice).
    func take(_ b: Int) -> Result<[CorpusSnapshot.Part], Error> {
        lock.lock()
        defer { lock.unlock() }
        let result = slots[b]!
        slots[b] = nil
        return result
    }
}
