import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening, writing and replacing snapshot files, shared by ``CorpusSnapshot`` and
/// ``IndexSnapshot``.
///
/// A file is written to `<path>.<pid>.tmp` in the same directory (mode 0600), synced and
/// renamed over `path`, so a reader sees the old file or the new one, never half of one;
/// its last 8 bytes are the ``Checksum64`` of the rest (``SnapshotWriter/finish()``).
enum SnapshotFile {
    /// Writes through `body` atomically; false when it could not.
    static func write(to path: String, _ body: (SnapshotWriter) -> Void) -> Bool {
        removeAbandoned(next: path)
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        let w = SnapshotWriter(fd: fd)
        body(w)
        w.finish()
        let ok = !w.failed && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Opens `path` and reads it through `body`, which must check the checksum last
    /// (``SnapshotReader/verifyChecksum()``).
    static func read<T>(_ path: String, _ body: (SnapshotReader) throws -> T) throws -> T {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SnapshotError.unreadable }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SnapshotError.unreadable }
        return try body(SnapshotReader(fd: fd, size: Int(info.st_size)))
    }

    /// Deletes temporary files of `path` left by writers that were killed mid-write
    /// (`<path>.<pid>.tmp` whose process is gone).
    static func removeAbandoned(next path: String) {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let directory = String(path[..<slash]), name = String(path[slash...])
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return }
        for other in names where other.hasPrefix(name + ".") && other.hasSuffix(".tmp") {
            let middle = other.dropFirst(name.count + 1).dropLast(4)
            guard let pid = Int32(middle), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory + other)
        }
    }
}
