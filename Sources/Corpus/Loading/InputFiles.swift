#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input file found by ``InputFiles/enumerate(_:)``.
struct InputFile: Sendable {
    /// The path as bytes, for the system calls (file names need not be UTF-8).
    var rawPath: [UInt8]
    /// The path to show: the argument joined with the relative path, invalid bytes as `\xNN`.
    var path: String
    /// The path the corpus snapshot knows the file by: the argument resolved (`realpath`)
    /// joined with the relative path, the same however the argument was spelled (`corpus`,
    /// `./corpus`, an absolute path, a symbolic link to it). Files are sorted by it.
    var key: [UInt8]
    /// The document id: the relative path without extension (a file argument: its stem).
    var id: String
    /// Size in bytes at enumeration time.
    var size: Int
    /// The file's stamp from the same `stat` (links followed), for the snapshot cache.
    var stamp: FileStamp
}

extension InputFile {
    /// `files` in the order they are loaded, numbered and stored in: by ``key``, and by raw
    /// path where two share a key (one file reached through two names).
    static func inLoadOrder(_ files: [InputFile]) -> [InputFile] {
        files.sorted { a, b in
            a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.rawPath.lexicographicallyPrecedes(b.rawPath)
        }
    }
}

/// Finds the input files under the paths given on the command line.
///
/// Directories are walked recursively in byte order of names. Symbolic links are
/// followed, but a directory already visited (same device and inode) is not entered
/// again, so link loops end. Names starting with `.` are ignored silently (version
/// control and editor files); every other file that is not loaded is reported with
/// the reason.
enum InputFiles {
    /// Extensions of files read as documents (lower-cased, without the dot).
    static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "xml"]

    struct Key: Hashable { var device: UInt64; var inode: UInt64 }

    static func enumerate(_ arguments: [String]) -> (files: [InputFile], skipped: [LoadReport.Entry]) {
        var files: [InputFile] = []
        var skipped: [LoadReport.Entry] = []
        var visited = Set<Key>()
        for argument in arguments {
            let rawArgument = Array(argument.utf8)
            guard let info = status(rawArgument, follow: true) else {
                skipped.append(.init(path: argument, status: .skipped, reason: reason(for: rawArgument)))
                continue
            }
            let resolved = Array(PathText.absolute(argument).utf8)
            if isDirectory(info) {
                let base = argument.hasSuffix("/") && argument.count > 1 ? String(argument.dropLast()) : argument
                walk(directory: rawArgument, display: base, resolved: resolved, info: info,
                     visited: &visited, files: &files, skipped: &skipped)
            } else {
                let name = rawArgument.split(separator: UInt8(ascii: "/")).last.map(Array.init) ?? rawArgument
                consider(raw: rawArgument, display: argument, relative: name, key: resolved, info: info,
                         files: &files, skipped: &skipped)
            }
        }
        return (files, skipped)
    }

    /// Walks the directory argument `raw` (shown as `display`, resolved to `resolved`).
    private static func walk(directory raw: [UInt8], display: String, resolved: [UInt8], info: stat,
                             visited: inout Set<Key>, files: inout [InputFile], skipped: inout [LoadReport.Entry]) {
        var pending: [([UInt8], [UInt8], stat)] = [(raw, [], info)]
        while let item = pending.popLast() {
            let (dir, rel, dirInfo) = item
            let key = Key(device: UInt64(dirInfo.st_dev), inode: UInt64(dirInfo.st_ino))
            let shown = join(display, PathText.sanitised(rel))
            guard visited.insert(key).inserted else {
                skipped.append(.init(path: shown, status: .skipped, reason: "directory already visited (symbolic link loop)"))
                continue
            }
            guard let names = list(dir) else {
                skipped.append(.init(path: shown, status: .skipped, reason: "unreadable directory: \(errorText())"))
                continue
            }
            var subdirectories: [([UInt8], [UInt8], stat)] = []
            for name in names where name.first != UInt8(ascii: ".") {
                let childRaw = dir + [UInt8(ascii: "/")] + name
                let childRel = rel.isEmpty ? name : rel + [UInt8(ascii: "/")] + name
                guard let childInfo = status(childRaw, follow: true) else {
                    skipped.append(.init(path: join(display, PathText.sanitised(childRel)), status: .skipped,
                                         reason: reason(for: childRaw)))
                    continue
                }
                if isDirectory(childInfo) {
                    subdirectories.append((childRaw, childRel, childInfo))
                } else {
                    consider(raw: childRaw, display: join(display, PathText.sanitised(childRel)), relative: childRel,
                             key: resolved + [UInt8(ascii: "/")] + childRel, info: childInfo, files: &files, skipped: &skipped)
                }
            }
            pending += subdirectories.reversed()
        }
    }

    /// Adds a file when its type and extension are supported, else reports why not.
    private static func consider(raw: [UInt8], display: String, relative: [UInt8], key: [UInt8], info: stat,
                                 files: inout [InputFile], skipped: inout [LoadReport.Entry]) {
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            skipped.append(.init(path: display, status: .skipped, reason: "not a regular file"))
            return
        }
        let (stem, ext) = PathText.splitExtension(relative)
        guard let ext, extensions.contains(ext) else {
            let shown = ext.map { "unsupported extension .\($0)" } ?? "unsupported file (no extension)"
            skipped.append(.init(path: display, status: .skipped, reason: shown))
            return
        }
        files.append(InputFile(rawPath: raw, path: display, key: key, id: PathText.sanitised(stem), size: Int(info.st_size),
                               stamp: FileStamp(info)))
    }

    static func join(_ base: String, _ relative: String) -> String {
        relative.isEmpty ? base : (base.isEmpty ? relative : base + "/" + relative)
    }

    static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

    static func status(_ raw: [UInt8], follow: Bool) -> stat? {
        var info = stat()
        let result = (raw + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { path in
                follow ? stat(path, &info) : lstat(path, &info)
            }
        }
        return result == 0 ? info : nil
    }

    /// Why `raw` cannot be examined: a dangling link, or the system's error text.
    static func reason(for raw: [UInt8]) -> String {
        let error = errorText()
        if let link = status(raw, follow: false), (link.st_mode & S_IFMT) == S_IFLNK {
            return "dangling or looping symbolic link (\(error))"
        }
        return error
    }

    static func errorText() -> String { String(cString: strerror(errno)).lowercased() }

    /// Entry names of a directory (without `.` and `..`), sorted by bytes.
    static func list(_ raw: [UInt8]) -> [[UInt8]]? {
        let handle = (raw + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { opendir($0) }
        }
        guard let handle else { return nil }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name: [UInt8] = withUnsafeBytes(of: &entry.pointee.d_name) { bytes in
                Array(bytes.prefix(while: { $0 != 0 }))
            }
            if name == [0x2E] || name == [0x2E, 0x2E] || name.isEmpty { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }
}
