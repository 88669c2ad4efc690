import Foundation

/// Helpers for `xunshi bench`: timing, percentiles, peak RSS, spawning `rg`.
enum BenchSupport {
    /// (label, query) pairs covering each query class the targets name. Pinyin has more than
    /// one: initials beyond four letters, a place name, and a word whose keystrokes include
    /// a letter after whole syllables (`zhengzhix`), the slowest kinds found.
    static let defaultQueries: [(String, String)] = [
        ("1 char 察", "察"),
        ("2 chars 巡察", "巡察"),
        ("4 chars 巡视巡察", "巡视巡察"),
        ("8 chars", "巡视巡察监督与其"),
        ("traditional 監督檢查", "監督檢查"),
        ("pinyin initials xsxc", "xsxc"),
        ("pinyin initials jdjc", "jdjc"),
        ("pinyin xunshi", "xunshi"),
        ("pinyin guangdong", "guangdong"),
        ("pinyin zhengzhixunshi", "zhengzhixunshi"),
        ("3 terms", "巡察 监督 省委"),
        ("field year:2021 巡察", "year:2021 巡察"),
        ("no hits 量子计算机", "量子计算机"),
    ]

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Median wall seconds of three runs of `body` after one untimed run, so a tool reading
    /// files is timed with them in the page cache, as the loader finds them.
    static func warmMedian(_ body: () -> Void) -> Double {
        body()
        let runs = (0..<3).map { _ in time(body) }.sorted()
        return runs[1]
    }

    /// Wall and CPU seconds `body` took; CPU is the whole process's (every thread, user
    /// and system), so work the search spreads over cores is counted.
    static func times(_ body: () -> Void) -> (wall: Double, cpu: Double) {
        let cpu0 = processCPU()
        let wall = time(body)
        return (wall, processCPU() - cpu0)
    }

    /// A buffer four times a large last-level cache (64 MiB), written and read by
    /// ``evictCaches()``.
    nonisolated(unsafe) private static var evictionBuffer = [UInt64](repeating: 1, count: 8 << 20)

    /// Pushes what earlier work left in the CPU caches out (writes and reads 64 MiB), so
    /// each typing of a query starts as it would after the user did something else, not
    /// right after the ranked searches of the same prefixes (measured: no difference at
    /// 100,000 documents, whose texts are far larger than the caches; it keeps smaller
    /// corpora honest). Returns a checksum so the reads are not optimised away.
    @discardableResult
    static func evictCaches() -> UInt64 {
        evictionBuffer.withUnsafeMutableBufferPointer { buffer in
            var sum: UInt64 = 0
            for i in buffer.indices { buffer[i] &+= 1; sum &+= buffer[i] }
            return sum
        }
    }

    /// Minor page faults of the process so far (`getrusage`).
    static func minorFaults() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_minflt
    }

    static func processCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    /// Peak resident set size of this process, in bytes (`getrusage`, `ru_maxrss` is KiB on Linux).
    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }

    /// Current resident set size of this process, in bytes (`/proc/self/statm`; 0 elsewhere).
    static func currentRSS() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }

    /// Regular files under `paths` (recursively).
    static func files(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
                out += names.map { path + "/" + $0 }.filter {
                    var d: ObjCBool = false
                    return FileManager.default.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue
                }
            } else {
                out.append(path)
            }
        }
        return out
    }

    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tool with output discarded; returns its exit status.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
