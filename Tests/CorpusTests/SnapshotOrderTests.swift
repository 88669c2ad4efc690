@testable import Corpus
import Foundation
import Testing
import XunshiTestSupport

/// A load that parses files hands its batches on in file order and names the snapshot it
/// writes, so that an index built from the batches can be stored beside that snapshot.
@Suite struct SnapshotOrderTests {
    typealias Scratch = SnapshotTests.Scratch

    /// Loads `s` through its cache one file per batch; the result and the batches' documents in arrival order.
    static func load(_ s: Scratch, options: LoadOptions = options(batchSize: 1))
        -> (result: (documents: [Document], report: LoadReport, snapshot: CorpusLoader.SnapshotUse), delivered: [Document]) {
        let delivered = Delivered()
        let result = CorpusLoader.load(paths: [s.corpus], options: options, cache: s.cache, onBatch: { batch, _ in delivered.add(batch) })
        return (result, delivered.documents)
    }

    static func options(maxDocuments: Int = LoadOptions().maxDocuments, batchSize: Int) -> LoadOptions {
        var o = LoadOptions()
        o.maxDocuments = maxDocuments
        o.batchSize = batchSize
        return o
    }

    /// What identifies a document apart from its id (the loader makes repeated ids unique after delivery).
    static func key(_ d: Document) -> String { d.path + "\u{0}" + d.title + "\u{0}" + d.text }

    @Test func aFirstLoadDeliversInFileOrderAndNamesTheSnapshotItWrote() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (first, delivered) = Self.load(s)
        let id = try #require(first.snapshot.writtenID)
        #expect(id == CorpusSnapshot.id(at: s.snapshotFile), "the id is the written file's")
        #expect(first.snapshot.deliveredInOrder)
        #expect(delivered.map(Self.key) == first.documents.map(Self.key))
        let second = Self.load(s)
        #expect(second.result.snapshot.corpusID == id, "the next load finds the snapshot under that id")
        #expect(second.result.snapshot.writtenID == nil)
        #expect(second.delivered.map(Self.key) == first.documents.map(Self.key))
    }

    @Test func filesAddedAfterTheRestKeepTheOrderAChangedEarlierFileDoesNot() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = Self.load(s)
        try "新文件标题\n\n立案5人。\n".write(toFile: s.corpus + "/zz-new.txt", atomically: true, encoding: .utf8)
        let (added, delivered) = Self.load(s)
        #expect(added.snapshot.reused == 5 && added.snapshot.parsed == 1)
        #expect(added.snapshot.deliveredInOrder)
        #expect(added.snapshot.writtenID == CorpusSnapshot.id(at: s.snapshotFile))
        #expect(delivered.map(Self.key) == added.documents.map(Self.key))

        let first = try #require(FileManager.default.contentsOfDirectory(atPath: s.corpus).sorted().first)
        try "巡视组进驻某县\n\n第二轮巡视发现问题线索3件。\n".write(toFile: s.corpus + "/" + first, atomically: true, encoding: .utf8)
        let (changed, out) = Self.load(s)
        #expect(changed.snapshot.parsed == 1 && changed.snapshot.writtenID != nil)
        #expect(!changed.snapshot.deliveredInOrder, "the changed first file came after the stored ones")
        #expect(out.map(Self.key) != changed.documents.map(Self.key))
    }

    @Test func aSnapshotHoldingDocumentsTheResultLacksIsNotNamed() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (cut, _) = Self.load(s, options: Self.options(maxDocuments: 2, batchSize: 1))
        #expect(cut.snapshot.written)
        #expect(cut.documents.count == 2)
        #expect(cut.snapshot.writtenID == nil, "the snapshot holds every file's documents, the result two")
    }

    @Test func batchesFinishedEarlyWaitForThoseBefore() {
        var order: [Int] = []
        let delivery = OrderedDelivery { documents, files in order.append(files) }
        for b in [2, 0, 4, 1, 3] { delivery.deliver(b, [], files: b) }
        #expect(order == [0, 1, 2, 3, 4])
    }
}

/// Batches collected from the loader's workers.
private final class Delivered: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Document] = []
    func add(_ batch: [Document]) { lock.lock(); list += batch; lock.unlock() }
    var documents: [Document] { lock.lock(); defer { lock.unlock() }; return list }
}
