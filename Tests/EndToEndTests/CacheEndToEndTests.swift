import Foundation
import Testing
import XunshiTestSupport

/// The built binary through its corpus snapshot: a second run answers the same as the
/// first, an edited file is seen at once, and `--no-cache` / `XUNSHI_NO_CACHE` write nothing.
@Suite struct CacheEndToEndTests {
    /// A copy of the seeds and an empty cache directory, removed by `remove()`.
    struct Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-cache-e2e-\(UUID().uuidString)")
        var corpus: URL { root.appendingPathComponent("corpus") }
        var cache: URL { root.appendingPathComponent("cache") }

        init() throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestPaths.seeds, to: corpus)
        }

        func snapshots() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter { $0.hasSuffix(".snapshot") }
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// Standard output of `xunshi arguments` with the cache in `cache` (and `extra` added).
    func run(_ arguments: [String], cache: URL, extra: [String: String] = [:]) throws -> String? {
        guard let binary = BuiltBinary.url else {
            print("skipping cache end-to-end test: xunshi binary not built")
            return nil
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = BuiltBinary.environment.merging(["XUNSHI_CACHE_DIR": cache.path]) { $1 }.merging(extra) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "xunshi \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func secondRunReadsTheSnapshotAndAnswersTheSame() throws {
        let s = try Scratch()
        defer { s.remove() }
        let arguments = ["stats", "--json", s.corpus.path]
        guard let uncached = try run(arguments + ["--no-cache"], cache: s.cache) else { return }
        #expect(s.snapshots().isEmpty, "--no-cache wrote a snapshot")
        _ = try run(arguments, cache: s.cache, extra: ["XUNSHI_NO_CACHE": "1"])
        #expect(s.snapshots().isEmpty, "XUNSHI_NO_CACHE=1 wrote a snapshot")

        let first = try run(arguments, cache: s.cache)
        #expect(s.snapshots().count == 1)
        let second = try run(arguments, cache: s.cache)
        #expect(first == uncached)
        #expect(second == uncached, "the run from the snapshot answers differently")
    }

    @Test func anEditedFileIsReadAgain() throws {
        let s = try Scratch()
        defer { s.remove() }
        guard let before = try run(["list", "--json", s.corpus.path], cache: s.cache) else { return }
        #expect(!before.contains("缓存测试标题"))
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: s.corpus.path).sorted()
            .first { $0.hasSuffix(".txt") }, "the seeds hold no text file")
        let path = s.corpus.appendingPathComponent(file)
        try "---\ntitle: '缓存测试标题'\ndate: 2024-05-06\n---\n\n某省委第一巡视组进驻某县开展巡视。\n".write(to: path, atomically: true, encoding: .utf8)
        let after = try #require(try run(["list", "--json", s.corpus.path], cache: s.cache))
        #expect(after.contains("缓存测试标题"), "the edited file was answered from the old snapshot")
        let uncached = try #require(try run(["list", "--json", s.corpus.path, "--no-cache"], cache: s.cache))
        #expect(after == uncached)
    }
}
