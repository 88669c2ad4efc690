#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells whether a file changed since a snapshot was taken, as git's index does:
/// size, modification and status-change times (nanoseconds), inode and device.
///
/// Any edit, replacement (`mv`), `touch` or `chmod` changes at least one of them.
struct FileStamp: Equatable, Sendable {
    var size: UInt64
    var modified: Int64
    var changed: Int64
    var inode: UInt64
    var device: UInt64

    /// The stamp of the file at `rawPath` (links followed), or `nil` when it cannot be read.
    static func of(_ rawPath: [UInt8]) -> FileStamp? {
        var info = stat()
        let ok = (rawPath + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { stat($0, &info) == 0 }
        }
        return ok ? FileStamp(info) : nil
    }

    /// The stamp in `info` (from `stat`).
    init(_ info: stat) {
        self.init(size: UInt64(info.st_size),
                  modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                  inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }

    /// The running program's own stamp: a snapshot written by another build of xunshi
    /// (whose extraction may differ) is not used.
    static var program: FileStamp? {
        if let own = program(at: Array("/proc/self/exe".utf8)) { return own }
        return CommandLine.arguments.first.flatMap { program(at: Array($0.utf8)) }
    }

    /// The stamp of the program file at `rawPath` without its status-change time.
    ///
    /// A new build changes the size, modification time or inode; the status-change time
    /// also moves when nothing in the file does — a hard link (`perf record` links every
    /// binary it profiles into its build-id cache), `chmod`, `chown` — and that must not
    /// throw away every snapshot the program wrote.
    static func program(at rawPath: [UInt8]) -> FileStamp? {
        guard var stamp = of(rawPath) else { return nil }
        stamp.changed = 0
        return stamp
    }

    func write(to w: SnapshotWriter) {
        w.uint(size); w.int(Int(modified)); w.int(Int(changed)); w.uint(inode); w.uint(device)
    }

    init(size: UInt64, modified: Int64, changed: Int64, inode: UInt64, device: UInt64) {
        self.size = size; self.modified = modified; self.changed = changed; self.inode = inode; self.device = device
    }

    init(reading r: SnapshotReader) throws {
        self.init(size: try r.uint(), modified: Int64(try r.int()), changed: Int64(try r.int()),
                  inode: try r.uint(), device: try r.uint())
    }
}
