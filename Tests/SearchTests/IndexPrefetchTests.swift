@testable import Corpus
import Foundation
import Testing
import XunshiTestSupport

/// A load through the cache reads the index snapshot on its own thread from the start and
/// hands it over with the unchanged corpus (``CorpusLoader/StoredCorpus``), renumbered when
/// a few files changed, went away or came between others; it is dropped when most files
/// changed, when the count differs or when it belongs to another snapshot.
@Suite struct IndexPrefetchTests {
    struct Scratch {
        let root: URL
        var corpus: String { root.appendingPathComponent("corpus").path }
        var cache: SnapshotCache { SnapshotCache(directory: root.appendingPathComponent("cache").path) }
        var indexFile: String { IndexSnapshot.file(for: [corpus], in: cache) }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-prefetch-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestPaths.seeds, to: root.appendingPathComponent("corpus"))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        /// Parses, then reads the documents and stores their index: the state of a third start.
        func storeIndex() throws -> (documents: [Document], index: SearchIndex, id: UInt64) {
            _ = CorpusLoader.load(paths: [corpus], cache: cache)
            let second = CorpusLoader.load(paths: [corpus], cache: cache)
            let id = try #require(second.snapshot.corpusID)
            let index = makeIndex(second.documents)
            #expect(IndexSnapshot.write(index, paths: [corpus], cache: cache, corpusID: id))
            return (second.documents, index, id)
        }
    }

    @Test func storedIndexComesWithTheUnchangedCorpus() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (documents, built, id) = try s.storeIndex()
        var told: [(id: UInt64, documents: Int)] = []
        var taken: SearchIndex?, again: SearchIndex?
        var interval: (start: Double, end: Double)?
        let loaded = CorpusLoader.load(paths: [s.corpus], cache: s.cache, onCorpusID: { stored in
            told.append((stored.id, stored.documents))
            taken = stored.index()
            again = stored.index()
            interval = stored.indexReadInterval
        })
        #expect(loaded.documents == documents)
        #expect(told.count == 1 && told.first?.id == id && told.first?.documents == documents.count)
        let index = try #require(taken, "the stored index is handed over")
        #expect(again == nil, "handed over once")
        try IndexSnapshotTests.expectSameAnswers(index, built, documents)
        let read = try #require(interval)
        #expect(read.start >= 0 && read.start <= read.end)
    }

    /// Loads through the cache; what `onCorpusID` said, the index it handed out, and the
    /// documents in the order the batches brought them.
    static func load(_ s: Scratch) -> (loaded: (documents: [Document], report: LoadReport, snapshot: CorpusLoader.SnapshotUse),
                                       told: [CorpusLoader.StoredCorpus], index: SearchIndex?, delivered: [Document]) {
        var told: [CorpusLoader.StoredCorpus] = []
        var index: SearchIndex?
        let delivered = Delivered()
        let loaded = CorpusLoader.load(paths: [s.corpus], cache: s.cache, onCorpusID: { stored in
            told.append(stored)
            index = stored.index()
        }, onBatch: { batch, progress in delivered.append(batch, progress) })
        // Progress is told in order and ends with every file and document counted once.
        let steps = delivered.progress
        #expect(zip(steps, steps.dropFirst()).allSatisfy { $0.filesDone <= $1.filesDone && $0.documents <= $1.documents })
        #expect(steps.last?.filesDone == steps.last?.filesTotal && steps.last?.documents == loaded.documents.count)
        return (loaded, told, index, delivered.documents)
    }

    final class Delivered: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [Document] = []
        private var told: [LoadProgress] = []
        func append(_ batch: [Document], _ progress: LoadProgress) {
            lock.lock()
            all += batch
            told.append(progress)
            lock.unlock()
        }
        var documents: [Document] { lock.lock(); defer { lock.unlock() }; return all }
        var progress: [LoadProgress] { lock.lock(); defer { lock.unlock() }; return told }
    }

    @Test func aChangedFileComesWithTheStoredIndexRenumbered() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (documents, _, id) = try s.storeIndex()
        let names = try FileManager.default.contentsOfDirectory(atPath: s.corpus).sorted()
        try "巡视组进驻某县\n\n第二轮巡视发现问题线索3件。\n".write(toFile: s.corpus + "/" + names[1], atomically: true, encoding: .utf8)
        let (loaded, told, taken, delivered) = Self.load(s)
        #expect(loaded.snapshot.parsed == 1 && loaded.snapshot.deliveredInOrder && loaded.snapshot.writtenID != nil)
        #expect(told.count == 1 && told.first?.id == id && told.first?.isRevised == true && told.first?.complete == false)
        #expect(told.first?.documents == loaded.documents.count && loaded.documents.count == documents.count)
        // Every document in file order, the parsed file's in its place.
        #expect(delivered.map(\.path) == loaded.documents.map(\.path) && delivered.map(\.title) == loaded.documents.map(\.title))
        let index = try #require(taken, "the stored index, made to fit")
        try IndexSnapshotTests.expectSameAnswers(index, makeIndex(loaded.documents), loaded.documents)
        #expect(index.matches(try Query.parse("第二轮巡视发现")).count == 1)
    }

    @Test func aRemovedFileComesWithTheStoredIndexOfTheRest() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try s.storeIndex()
        let names = try FileManager.default.contentsOfDirectory(atPath: s.corpus).sorted()
        try FileManager.default.removeItem(atPath: s.corpus + "/" + names[2])
        let (loaded, told, taken, delivered) = Self.load(s)
        #expect(loaded.snapshot.parsed == 0 && loaded.snapshot.reused == names.count - 1 && loaded.snapshot.deliveredInOrder)
        #expect(told.count == 1 && told.first?.isRevised == true)
        #expect(delivered.map(\.path) == loaded.documents.map(\.path))
        let index = try #require(taken)
        try IndexSnapshotTests.expectSameAnswers(index, makeIndex(loaded.documents), loaded.documents)
    }

    @Test func manyChangedFilesMeanNoStoredIndex() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try s.storeIndex()
        let names = try FileManager.default.contentsOfDirectory(atPath: s.corpus).sorted()
        #expect(names.count == 5)
        for name in names.prefix(3) {
            try "巡视组进驻某县\n\n第二轮巡视发现问题线索3件。\n".write(toFile: s.corpus + "/" + name, atomically: true, encoding: .utf8)
        }
        // More files to parse than to read: parsed and handed on as they come, indexed afresh.
        let (loaded, told, _, _) = Self.load(s)
        #expect(told.isEmpty && loaded.snapshot.parsed == 3)
    }

    @Test func filesAddedAfterTheRestComeWithTheStoredIndexOfTheOthers() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (documents, built, id) = try s.storeIndex()
        try "---\ntitle: '新增巡察通报'\n---\n\n县委巡察组反馈巡察意见，立案3人。\n"
            .write(toFile: s.corpus + "/zz-added.txt", atomically: true, encoding: .utf8)
        var told: [(id: UInt64, documents: Int, complete: Bool)] = []
        var taken: SearchIndex?
        let loaded = CorpusLoader.load(paths: [s.corpus], cache: s.cache, onCorpusID: { stored in
            told.append((stored.id, stored.documents, stored.complete))
            taken = stored.index()
        })
        #expect(loaded.snapshot.parsed == 1 && loaded.snapshot.corpusID == nil && loaded.snapshot.writtenID != nil)
        #expect(told.count == 1 && told.first?.id == id && told.first?.documents == documents.count && told.first?.complete == false)
        let index = try #require(taken, "the stored index of the files that were there comes along")
        try IndexSnapshotTests.expectSameAnswers(index, built, documents)
        // The added documents follow the stored ones: added to the stored index, it answers as a fresh one.
        #expect(Array(loaded.documents.prefix(documents.count)) == documents)
        index.add(Array(loaded.documents[documents.count...]))
        try IndexSnapshotTests.expectSameAnswers(index, makeIndex(loaded.documents), loaded.documents)

        // A file added before the others: the stored index (as the browser stores it after
        // such a load) is renumbered, the new file's document first.
        #expect(IndexSnapshot.write(index, paths: [s.corpus], cache: s.cache, corpusID: try #require(loaded.snapshot.writtenID)))
        try "---\ntitle: '最前'\n---\n\n巡视。\n".write(toFile: s.corpus + "/0-first.txt", atomically: true, encoding: .utf8)
        let (again, againTold, renumbered, delivered) = Self.load(s)
        #expect(againTold.count == 1 && againTold.first?.isRevised == true && again.snapshot.parsed == 1)
        #expect(delivered.first?.title == "最前" && delivered.map(\.path) == again.documents.map(\.path))
        try IndexSnapshotTests.expectSameAnswers(try #require(renumbered), makeIndex(again.documents), again.documents)
    }

    @Test func prefetchChecksCountIdAndCancellation() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (documents, built, id) = try s.storeIndex()
        let program = try #require(FileStamp.program)
        let right = IndexSnapshot.Prefetch(path: s.indexFile, corpusID: id, program: program)
        let index = try #require(right.take(documents: documents.count))
        #expect(index.attach(documents.compactMap(\.stored)), "the texts are the loaded documents'")
        try IndexSnapshotTests.expectSameAnswers(index, built, documents)
        #expect(IndexSnapshot.Prefetch(path: s.indexFile, corpusID: id, program: program).take(documents: documents.count + 1) == nil,
                "another count")
        #expect(IndexSnapshot.Prefetch(path: s.indexFile, corpusID: id &+ 1, program: program).take(documents: documents.count) == nil,
                "another corpus snapshot")
        let cancelled = IndexSnapshot.Prefetch(path: s.indexFile, corpusID: id, program: program)
        cancelled.cancel()
        #expect(cancelled.take(documents: documents.count) == nil, "cancelled")
    }
}
