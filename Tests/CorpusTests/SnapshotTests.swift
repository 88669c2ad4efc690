@testable import Corpus
import Foundation
import Testing
import XunshiTestSupport

/// Loads through a corpus snapshot give exactly what a fresh load gives, reuse only
/// unchanged files, and fall back to parsing when the snapshot is damaged or stale.
@Suite struct SnapshotTests {
    /// A scratch copy of the seeds and an empty cache directory.
    struct Scratch {
        let root: URL
        var corpus: String { root.appendingPathComponent("corpus").path }
        var cache: SnapshotCache { SnapshotCache(directory: root.appendingPathComponent("cache").path) }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-snapshot-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestPaths.seeds, to: root.appendingPathComponent("corpus"))
        }

        var snapshotFile: String { cache.file(for: [corpus]) }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func expectSame(_ a: (documents: [Document], report: LoadReport), _ b: (documents: [Document], report: LoadReport),
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.documents == b.documents, sourceLocation: sourceLocation)
        #expect(a.report.entries == b.report.entries, sourceLocation: sourceLocation)
    }

    @Test func secondLoadReusesEveryFileAndGivesTheSameResult() throws {
        let s = try Scratch()
        defer { s.remove() }
        let fresh = CorpusLoader.load(paths: [s.corpus])
        let first = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
        #expect(first.snapshot.parsed == 5 && first.snapshot.reused == 0 && first.snapshot.written)
        #expect(FileManager.default.fileExists(atPath: s.snapshotFile))
        #expect(first.snapshot.corpusID == nil, "documents that were parsed have no corpus snapshot id")
        let second = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
        let id = try #require(second.snapshot.corpusID, "every document came from the snapshot")
        #expect(second.snapshot == .init(reused: 5, parsed: 0, written: false, rejected: nil, corpusID: id, deliveredInOrder: true))
        #expect(CorpusLoader.load(paths: [s.corpus], cache: s.cache).snapshot.corpusID == id, "same snapshot, same id")
        Self.expectSame(fresh, (first.documents, first.report))
        Self.expectSame(fresh, (second.documents, second.report))
        // Figures read back share their paragraph's storage again (paragraphs and figures made together).
        for document in second.documents {
            let (paragraphs, figures) = try #require(document.stored).decoded
            #expect(paragraphs == document.paragraphs && figures == document.figures)
            for figure in figures {
                #expect(paragraphs.contains { p in
                    p.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ==
                        figure.sentenceSlice.base.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
                })
            }
        }
    }

    @Test func hostileInputsRoundTrip() throws {
        let corpus = try HostileCorpus.make()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let s = try Scratch()
        defer { s.remove() }
        let fresh = CorpusLoader.load(paths: [corpus.path])
        _ = CorpusLoader.load(paths: [corpus.path], cache: s.cache)
        let again = CorpusLoader.load(paths: [corpus.path], cache: s.cache)
        #expect(again.snapshot.parsed == 0)
        Self.expectSame(fresh, (again.documents, again.report))
    }

    /// `corpus`, `/abs/corpus`, `corpus/.` and a link to it are one corpus: the files are
    /// matched whatever the spelling, and the documents show the path as given this time.
    @Test func anotherSpellingOfTheSameCorpusReusesEveryFile() throws {
        let s = try Scratch()
        defer { s.remove() }
        let link = s.root.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: s.corpus)
        let first = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
        #expect(first.snapshot.parsed == 5 && first.snapshot.written)
        for spelling in [s.corpus + "/.", link, s.root.path + "/./corpus/", s.corpus] {
            #expect(s.cache.file(for: [spelling]) == s.snapshotFile, "one snapshot file for \(spelling)")
            let again = CorpusLoader.load(paths: [spelling], cache: s.cache)
            let id = try #require(again.snapshot.corpusID, "every file reused under \(spelling)")
            #expect(again.snapshot == .init(reused: 5, parsed: 0, written: false, rejected: nil, corpusID: id, deliveredInOrder: true))
            let fresh = CorpusLoader.load(paths: [spelling])
            Self.expectSame(fresh, (again.documents, again.report))
            let shown = spelling.hasSuffix("/") ? String(spelling.dropLast()) : spelling
            #expect(again.documents.allSatisfy { $0.path.hasPrefix(shown + "/") }, "paths as given: \(shown)")
        }
    }

    /// A file and a link to it share a key: each keeps its own name and id, from the
    /// snapshot as from a parse, in the same order.
    @Test func aFileReachedThroughTwoNamesKeepsBothNames() throws {
        let s = try Scratch()
        defer { s.remove() }
        let names = try FileManager.default.contentsOfDirectory(atPath: s.corpus).sorted()
        let original = try #require(names.first)
        for link in ["0-before.txt", "zz-after.txt"] {
            try FileManager.default.createSymbolicLink(atPath: s.corpus + "/" + link, withDestinationPath: original)
        }
        let fresh = CorpusLoader.load(paths: [s.corpus])
        #expect(fresh.documents.count == 7)
        _ = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
        let again = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
        #expect(again.snapshot.reused == 7 && again.snapshot.parsed == 0)
        Self.expectSame(fresh, (again.documents, again.report))
        let paths = fresh.documents.map { ($0.path as NSString).lastPathComponent }
        let shared = paths.filter { ["0-before.txt", original, "zz-after.txt"].contains($0) }
        #expect(shared == ["0-before.txt", original, "zz-after.txt"], "same key: ordered by name")

        // Another file removed: stored files are matched by walking both lists, and the
        // three names of one file still each get its documents.
        try FileManager.default.removeItem(atPath: s.corpus + "/" + names[names.count - 1])
        let walked = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
        #expect(walked.snapshot.reused == 6 && walked.snapshot.parsed == 0)
        Self.expectSame(CorpusLoader.load(paths: [s.corpus]), (walked.documents, walked.report))
    }

    @Test func changedAddedAndRemovedFilesAreHandledOneByOne() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
        let before = try #require(CorpusLoader.load(paths: [s.corpus], cache: s.cache).snapshot.corpusID)
        let names = try FileManager.default.contentsOfDirectory(atPath: s.corpus).sorted()
        // Change one file, remove another, add a new one.
        try "巡视组进驻某县\n\n第二轮巡视发现问题线索3件。\n".write(toFile: s.corpus + "/" + names[0], atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: s.corpus + "/" + names[1])
        try "新文件标题\n\n立案5人。\n".write(toFile: s.corpus + "/zz-new.txt", atomically: true, encoding: .utf8)
        let cached = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
        #expect(cached.snapshot.corpusID == nil, "some documents were parsed")
        #expect(cached.snapshot.reused == 3)
        #expect(cached.snapshot.parsed == 2)
        #expect(cached.snapshot.written)
        Self.expectSame(CorpusLoader.load(paths: [s.corpus]), (cached.documents, cached.report))
        #expect(cached.documents.contains { $0.title == "新文件标题" })
        let again = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
        let id = try #require(again.snapshot.corpusID)
        #expect(again.snapshot == .init(reused: 5, parsed: 0, written: false, rejected: nil, corpusID: id, deliveredInOrder: true))
        #expect(id != before, "a changed corpus snapshot has another id")
    }

    @Test func damagedOrStaleSnapshotsAreParsedAfresh() throws {
        let s = try Scratch()
        defer { s.remove() }
        let fresh = CorpusLoader.load(paths: [s.corpus])
        _ = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: s.snapshotFile))
        // Truncated at many points, and with flipped bytes: never a crash, never a wrong result.
        var generator = SplitMix64(state: 7)
        var cuts = [0, 10, bytes.count / 3, bytes.count / 2, bytes.count - 1]
        for _ in 0..<20 { cuts.append(Int(generator.next() % UInt64(bytes.count))) }
        for cut in cuts {
            var damaged = [UInt8](bytes.prefix(cut))
            if cut % 2 == 1, cut > 40 {
                damaged[cut / 2] ^= 0x5A
                damaged += [UInt8](bytes.suffix(from: cut))
            }
            try Data(damaged).write(to: URL(fileURLWithPath: s.snapshotFile))
            let loaded = CorpusLoader.load(paths: [s.corpus], cache: s.cache)
            Self.expectSame(fresh, (loaded.documents, loaded.report))
        }
        // Other limits: stale.
        var options = LoadOptions()
        options.maxFileBytes = 1 << 20
        let other = CorpusLoader.load(paths: [s.corpus], options: options, cache: s.cache)
        #expect(other.snapshot.reused == 0)
        #expect(other.snapshot.rejected == SnapshotError.stale.description)
    }

    @Test func cacheDirectoryFromTheEnvironment() {
        #expect(SnapshotCache.standard(environment: ["XUNSHI_CACHE_DIR": "/x/c"])?.directory == "/x/c")
        #expect(SnapshotCache.standard(environment: ["XDG_CACHE_HOME": "/x/xdg", "HOME": "/h"])?.directory == "/x/xdg/xunshi")
        #expect(SnapshotCache.standard(environment: ["HOME": "/h"])?.directory == "/h/.cache/xunshi")
        #expect(SnapshotCache.standard(environment: [:]) == nil)
        let cache = SnapshotCache(directory: "/c")
        #expect(cache.file(for: ["/a"]) != cache.file(for: ["/b"]))
        #expect(cache.file(for: ["/a"]).hasPrefix("/c/corpus-"))
    }

    /// More files than one block holds: blocks are decoded on several threads and the
    /// documents still come back complete and in path order; a damaged block rejects the
    /// whole snapshot.
    @Test func filesSpanningSeveralBlocksComeBackInOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-blocks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let files = CorpusSnapshot.blockFiles * 2 + 37
        for i in 0..<files {
            let text = "---\ntitle: '第\(i)号巡察通报'\ndate: 2021-03-\(10 + i % 19)\n---\n\n某县委第\(i % 7 + 1)巡察组发现问题线索\(i % 50)件。\n"
            try text.write(to: corpus.appendingPathComponent(String(format: "f%05d.txt", i)), atomically: false, encoding: .utf8)
        }
        let cache = SnapshotCache(directory: root.appendingPathComponent("cache").path)
        let fresh = CorpusLoader.load(paths: [corpus.path])
        #expect(fresh.documents.count == files)
        _ = CorpusLoader.load(paths: [corpus.path], cache: cache)
        let read = CorpusLoader.load(paths: [corpus.path], cache: cache)
        #expect(read.snapshot.reused == files && read.snapshot.parsed == 0)
        Self.expectSame(fresh, (read.documents, read.report))

        let file = cache.file(for: [corpus.path])
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let damaged = CorpusLoader.load(paths: [corpus.path], cache: cache)
        #expect(damaged.snapshot.reused == 0 && damaged.snapshot.rejected != nil)
        Self.expectSame(fresh, (damaged.documents, damaged.report))
    }
}
