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

        func indexes() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter { $0.hasSuffix(".index") }
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// Standard output of `xunshi arguments` with the cache in `cache` (and `extra` added).
    func run(_ arguments: [String], cache: URL, extra: [String: String] = [:]) throws -> String? {
        guard let (status, data) = try BuiltBinary.run(arguments, extra: extra.merging(["XUNSHI_CACHE_DIR": cache.path]) { a, _ in a }) else {
            print("skipping cache end-to-end test: xunshi binary not built")
            return nil
        }
        #expect(status == 0, "xunshi \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func benchOverNoDocumentsSaysSoInsteadOfCrashing() throws {
        let s = try Scratch()
        defer { s.remove() }
        let empty = s.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        guard let (status, _) = try BuiltBinary.run(["bench", empty.path, "--repeats", "1", "--queries", "巡察"],
                                                    extra: ["XUNSHI_CACHE_DIR": s.cache.path]) else { return }
        #expect(status == 1, "an exit with a message, not a trap (it was: no documents, no index time)")
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

    /// `xunshi search`: a first run stores the corpus snapshot and the index beside it, the
    /// next reads both (and writes neither again) and answers the same.
    @Test func aFirstSearchStoresTheIndexTooAndTheNextReadsIt() throws {
        let s = try Scratch()
        defer { s.remove() }
        let arguments = ["search", "--json", "巡视", s.corpus.path]
        guard let uncached = try run(arguments + ["--no-cache"], cache: s.cache) else { return }
        let first = try run(arguments, cache: s.cache)
        let stored = try #require(s.indexes().first, "the first run stored no index")
        let written = try FileManager.default.attributesOfItem(atPath: s.cache.appendingPathComponent(stored).path)[.modificationDate] as? Date
        let second = try run(arguments, cache: s.cache)
        let after = try FileManager.default.attributesOfItem(atPath: s.cache.appendingPathComponent(stored).path)[.modificationDate] as? Date
        #expect(written == after, "the second run stored the index again instead of reading it")
        #expect(first == uncached)
        #expect(second == uncached)

        // A file added after the others: the stored index is read, the new document added
        // to it, and the result stored for the next run.
        try "---\ntitle: '新增巡视通报'\n---\n\n省委第三巡视组反馈巡视意见。\n"
            .write(to: s.corpus.appendingPathComponent("zz-added.txt"), atomically: true, encoding: .utf8)
        let grown = try #require(try run(arguments, cache: s.cache))
        #expect(grown.contains("新增巡视通报"))
        #expect(grown == (try run(arguments + ["--no-cache"], cache: s.cache)))
        let stamp = { try? FileManager.default.attributesOfItem(atPath: s.cache.appendingPathComponent(stored).path)[.modificationDate] as? Date }
        let rewritten = stamp()
        #expect(rewritten != nil && rewritten != after, "the grown index was not stored")
        #expect(try run(arguments, cache: s.cache) == grown)
        #expect(stamp() == rewritten, "the grown index was not read back")
    }

    /// The browser: a first start writes the corpus snapshot and then the index it built
    /// beside it; the next start reads that index (and so does not write it again); each
    /// finds by pinyin.
    @Test func theBrowserStoresItsIndexAndUsesItNextTime() throws {
        let s = try Scratch()
        defer { s.remove() }
        guard let (session, binary) = TmuxSession.forBuiltBinary() else { return }
        defer { session.kill() }
        let index = s.indexes
        func browse(_ run: Int, beforeQuitting: () -> Void = {}) throws {
            session.typeCommand("XUNSHI_CACHE_DIR=\(TmuxSession.quote(s.cache.path)) \(binary) \(TmuxSession.quote(s.corpus.path))")
            _ = try #require(session.waitUntil(timeout: 20) { $0.contains(" 1/5 ") }, "run \(run) never loaded:\n\(session.capture())")
            session.send("/")
            session.send("xsxc", literal: true)
            _ = try #require(session.waitUntil { $0.contains("/4 of 5") }, "run \(run): xsxc did not find 巡视巡察:\n\(session.capture())")
            beforeQuitting()
            session.send("Escape")
            session.send("q")
            try #require(session.waitUntil { $0.hasSuffix("xs$") || $0.split(separator: "\n").last == "xs$" } != nil)
        }
        try browse(1) {
            for _ in 0..<100 where index().isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(s.snapshots().count == 1, "the first start wrote no corpus snapshot")
        let stored = try #require(index().first, "the first start stored no index")
        let path = s.cache.appendingPathComponent(stored).path
        let written = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        try browse(2) { Thread.sleep(forTimeInterval: 0.3) }
        let after = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(written == after, "the second start built and stored the index again instead of reading it")

        // A changed corpus: its new snapshot drops the index that belonged to the old one.
        try "---\ntitle: '新增文件'\n---\n\n巡察。\n".write(to: s.corpus.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        _ = try run(["list", s.corpus.path], cache: s.cache)
        #expect(index().isEmpty, "the stale index was kept")
    }
}
