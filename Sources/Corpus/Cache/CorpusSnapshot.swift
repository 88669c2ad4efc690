import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The snapshot file: what one load produced, per input file, with the stamps that
/// say whether it still holds.
///
/// Layout: magic, ``formatVersion``, the program's ``FileStamp``, the load limits
/// that change results (`maxFileBytes`), the number of files, then per file its raw
/// path, stamp, report entry and documents; then an end mark and a ``Checksum64`` of
/// everything before it. Written to a temporary
/// file in the same directory and renamed into place, so a reader never sees half a
/// snapshot; a damaged one is rejected by the reader's checks and the end mark.
enum CorpusSnapshot {
    static let magic = Array("xunshi corpus snapshot\n".utf8)
    static let end = Array("\nend of snapshot\n".utf8)
    /// Bump when the layout or the meaning of any stored field changes.
    static let formatVersion: UInt64 = 1

    /// One input file's part of a load.
    struct Part {
        var rawPath: [UInt8]
        var stamp: FileStamp
        var documents: [Document]
        var entry: LoadReport.Entry
    }

    /// Writes `parts` to `path` atomically; false when it could not (the load goes on
    /// without a snapshot).
    @discardableResult
    static func write(_ parts: [Part], options: LoadOptions, to path: String, program: FileStamp) -> Bool {
        SnapshotFile.write(to: path) { w in
            for b in magic { w.byte(b) }
            w.uint(formatVersion)
            program.write(to: w)
            w.uint(UInt64(options.maxFileBytes))
            w.uint(UInt64(parts.count))
            for part in parts {
                part.rawPath.withUnsafeBytes { w.bytes($0) }
                part.stamp.write(to: w)
                part.entry.write(to: w)
                w.uint(UInt64(part.documents.count))
                for document in part.documents { document.write(to: w) }
            }
            for b in end { w.byte(b) }
        }
    }

    /// The parts stored at `path`, keyed by raw path, when the snapshot was written by
    /// this program with the same limits; parts whose file is not in `wanted` with the
    /// same stamp are skipped while reading (not kept in memory). `stored` counts every
    /// part in the file, kept or not; `id` is the file's checksum, which names its content
    /// (an index snapshot records the `id` of the corpus snapshot it was built from).
    static func read(_ path: String, options: LoadOptions, program: FileStamp,
                     wanted: [RawPathKey: FileStamp]) throws -> (parts: [RawPathKey: Part], stored: Int, id: UInt64) {
        try SnapshotFile.read(path) { r in
            for b in magic where try r.byte() != b { throw SnapshotError.malformed("not a snapshot") }
            guard try r.uint() == formatVersion, try FileStamp(reading: r) == program,
                  try r.uint() == UInt64(options.maxFileBytes) else { throw SnapshotError.stale }
            let count = try r.count()
            var parts: [RawPathKey: Part] = [:]
            parts.reserveCapacity(min(count, wanted.count))
            for _ in 0..<count {
                let rawPath: [UInt8] = try r.array()
                let stamp = try FileStamp(reading: r)
                let entry = try LoadReport.Entry(reading: r)
                let n = try r.count()
                var documents: [Document] = []
                documents.reserveCapacity(n)
                for _ in 0..<n { documents.append(try Document(reading: r)) }
                let key = RawPathKey(rawPath)
                if wanted[key] == stamp { parts[key] = Part(rawPath: rawPath, stamp: stamp, documents: documents, entry: entry) }
            }
            for b in end where try r.byte() != b { throw SnapshotError.malformed("no end mark") }
            return (parts, count, try r.verifyChecksum())
        }
    }
}
