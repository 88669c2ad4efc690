import Foundation
import Testing
import XunshiTestSupport
@testable import Corpus

/// An index read back from an index snapshot answers every query exactly as the index
/// that was written, keeps growing the same way, and is refused when it does not fit.
@Suite struct IndexSnapshotTests {
    static let alphabet = Array("巡视察监督工作省委審聯動查重庆银行长江") + ["a", "x", "s", " ", "\n"]
    static let queries = ["巡", "巡视", "巡视察", "審查", "审查", "监督 -省委", "\"工作 省\"", "xunshi", "xs", "chongqing",
                          "year:2020", "year:2019..2021 巡", "prov:jilin", "province:四川 监督", "kind:巡察", "level:县",
                          "source:新浪", "量子"]

    /// `count` generated documents (more than ``PostingTable/bitmapMinimum``, so some
    /// lists are bitmaps) with every field a filter looks at.
    static func corpus(_ count: Int, seed: UInt64, prefix: String = "d") -> [Document] {
        var random = SplitMix64(state: seed)
        return (0..<count).map { i in
            let text = String((0..<Int(10 + random.next() % 80)).map { _ in random.pick(alphabet) })
            let title = String((0..<Int(2 + random.next() % 8)).map { _ in random.pick(alphabet) })
            let dated = random.next() % 7 != 0
            return makeDocument("\(prefix)\(i)", title: title, text: text,
                                date: dated ? "\(2017 + Int(random.next() % 7))-0\(1 + i % 9)-1\(i % 10)" : nil,
                                province: random.pick(["吉林", "四川", "新疆", "重庆", ""]).nilIfEmpty,
                                source: random.pick(["新浪财经", "中国纪检监察报", ""]).nilIfEmpty,
                                level: random.pick([InspectionLevel.province, .city, .county, nil]),
                                kinds: random.next() % 2 == 0 ? ["巡察"] : ["巡视", "专项巡视"])
        }
    }

    struct Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-index-\(UUID().uuidString)")
        var cache: SnapshotCache { SnapshotCache(directory: root.path) }
        let paths = ["corpus-for-index-test"]
        var file: String { IndexSnapshot.file(for: paths, in: cache) }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func expectSameAnswers(_ a: SearchIndex, _ b: SearchIndex, _ documents: [Document],
                                  sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectSameAnswersOf(a, b, documents, queries: queries, sourceLocation: sourceLocation)
    }

    @Test func readBackAnswersAsWrittenAndGrowsTheSame() throws {
        let s = Scratch()
        defer { s.remove() }
        let documents = Self.corpus(1_500, seed: 7)
        let built = makeIndex(documents)
        #expect(built.body.bitmaps.contains(true), "the corpus is too small to make a bitmap list")
        #expect(IndexSnapshot.write(built, paths: s.paths, cache: s.cache, corpusID: 42))
        let read = try #require(IndexSnapshot.read(paths: s.paths, cache: s.cache, corpusID: 42, documents: documents))
        #expect(read.byteCount <= built.byteCount)
        // The pinyin table is stored whole, not looked up again.
        #expect(read.pinyin.syllableOf == built.pinyin.syllableOf && read.pinyin.initials == built.pinyin.initials)
        #expect(read.pinyin.alternates == built.pinyin.alternates && read.pinyin.spellings == built.pinyin.spellings)
        for c in Self.alphabet { #expect(read.pinyin.readings(c.utf16.first!) == built.pinyin.readings(c.utf16.first!)) }
        try Self.expectSameAnswers(built, read, documents)

        let more = Self.corpus(300, seed: 8, prefix: "e")
        built.add(more)
        read.add(more)
        try Self.expectSameAnswers(built, read, documents + more)
    }

    @Test func anIndexThatDoesNotFitIsRefused() throws {
        let s = Scratch()
        defer { s.remove() }
        let documents = Self.corpus(200, seed: 9)
        #expect(IndexSnapshot.read(paths: s.paths, cache: s.cache, corpusID: 1, documents: documents) == nil, "no file yet")
        #expect(IndexSnapshot.write(makeIndex(documents), paths: s.paths, cache: s.cache, corpusID: 1))
        #expect(IndexSnapshot.read(paths: s.paths, cache: s.cache, corpusID: 1, documents: documents) != nil)
        #expect(IndexSnapshot.read(paths: s.paths, cache: s.cache, corpusID: 2, documents: documents) == nil, "another corpus")
        #expect(IndexSnapshot.read(paths: s.paths, cache: s.cache, corpusID: 1, documents: Array(documents.prefix(199))) == nil,
                "another count")
        var longer = documents
        longer[150].paragraphs.append("多出的一段。")
        #expect(IndexSnapshot.read(paths: s.paths, cache: s.cache, corpusID: 1, documents: longer) == nil,
                "a text of another length: not the texts it was built from")
        #expect(IndexSnapshot.read(paths: ["elsewhere"], cache: s.cache, corpusID: 1, documents: documents) == nil, "other paths")

        let original = try Data(contentsOf: URL(fileURLWithPath: s.file))
        var random = SplitMix64(state: 10)
        for _ in 0..<40 {
            var damaged = original
            let at = Int(random.next() % UInt64(damaged.count))
            damaged[at] ^= UInt8(1 + random.next() % 255)
            try damaged.write(to: URL(fileURLWithPath: s.file))
            #expect(IndexSnapshot.read(paths: s.paths, cache: s.cache, corpusID: 1, documents: documents) == nil, "byte \(at) changed")
        }
        for cut in [0, 10, original.count / 2, original.count - 1] {
            try original.prefix(cut).write(to: URL(fileURLWithPath: s.file))
            #expect(IndexSnapshot.read(paths: s.paths, cache: s.cache, corpusID: 1, documents: documents) == nil, "cut at \(cut)")
        }
    }
}
