#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where corpus snapshots live, and their file names.
///
/// A snapshot holds everything a load produced (per input file: its report entry and
/// documents), stamped with each file's ``FileStamp`` and the program's own, so the next
/// load of the same paths decodes it instead of parsing every file again; files that
/// changed, appeared or went away are handled one by one (see
/// ``CorpusLoader/load(paths:options:cache:onBatch:)``).
///
/// Directory: `$XUNSHI_CACHE_DIR`, else `$XDG_CACHE_HOME/xunshi`, else `~/.cache/xunshi`.
/// One file per set of corpus paths: `corpus-<16 hex digits>.snapshot`, the digits an
/// FNV-1a hash of the paths made absolute. The corpus itself is never written to.
public struct SnapshotCache: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The standard directory for `environment`, or `nil` when none can be told.
    public static func standard(environment: [String: String]) -> SnapshotCache? {
        if let dir = environment["XUNSHI_CACHE_DIR"], !dir.isEmpty { return SnapshotCache(directory: PathText.absolute(dir)) }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return SnapshotCache(directory: xdg + "/xunshi") }
        if let home = environment["HOME"], home.hasPrefix("/") { return SnapshotCache(directory: home + "/.cache/xunshi") }
        return nil
    }

    /// The snapshot file for a load of `paths`.
    public func file(for paths: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for path in paths {
            for byte in PathText.absolute(path).utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return directory + "/corpus-" + String(repeating: "0", count: 16 - hex.count) + hex + ".snapshot"
    }


    /// Creates the directory (and parents) with mode 0700.
    func ensureDirectory() -> Bool {
        var path = ""
        for part in directory.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + part
            if mkdir(path, 0o700) != 0 && errno != EEXIST { return false }
        }
        return true
    }
}
