import Foundation
import Testing
import XunshiTestSupport
@testable import Corpus

/// An index renumbered (documents dropped, added ones moved between the others) answers as
/// one built from the documents in their new order, and goes on growing the same way.
@Suite struct RenumberTests {
    /// Few distinct characters, so common bigrams become bitmaps with first-position columns.
    static let alphabet = Array("巡视察监督工作查") + [" ", "x"]
    static let queries = ["巡", "巡视", "巡视察", "视察监督", "督工作查", "监督 -工作", "\"察 监\"", "xunshi", "xs", "jiandu",
                          "year:2020", "year:2019..2021 巡", "prov:jilin", "province:四川 监督", "kind:巡察", "level:县",
                          "source:新浪", "量子", "x"]

    static func corpus(_ count: Int, seed: UInt64, prefix: String) -> [Document] {
        var random = SplitMix64(state: seed)
        return (0..<count).map { i in
            let text = String((0..<Int(20 + random.next() % 200)).map { _ in random.pick(alphabet) })
            let title = String((0..<Int(2 + random.next() % 6)).map { _ in random.pick(alphabet) })
            return makeDocument("\(prefix)\(i)", title: title, text: text,
                                date: random.next() % 5 == 0 ? nil : "\(2017 + Int(random.next() % 7))-0\(1 + i % 9)-1\(i % 10)",
                                province: random.pick(["吉林", "四川", "新疆", ""]).nilIfEmpty,
                                source: random.pick(["新浪财经", "中国纪检监察报", ""]).nilIfEmpty,
                                level: random.pick([InspectionLevel.province, .county, nil]),
                                kinds: random.next() % 2 == 0 ? ["巡察"] : ["巡视"])
        }
    }

    /// Same matches, same ranked documents (scores may differ where a list became a bitmap
    /// at another moment), same highlights, same text length.
    static func expectSameAnswers(_ renumbered: SearchIndex, _ built: SearchIndex, _ documents: [Document],
                                  sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(renumbered.totalLength == built.totalLength, sourceLocation: sourceLocation)
        try expectSameAnswersOf(renumbered, built, documents, queries: queries, scoresMayDiffer: true,
                                sourceLocation: sourceLocation)
    }

    /// Stored documents 0..<n, with some dropped (removed or changed files) and `added`
    /// numbered after them; the new order puts each added document at a place among the kept ones.
    static func shuffledOrder(stored n: Int, added: Int, seed: UInt64) -> [UInt32] {
        var random = SplitMix64(state: seed)
        let kept = (0..<UInt32(n)).filter { _ in random.next() % 10 != 0 }
        var order = kept
        for a in 0..<UInt32(added) {
            // Added documents keep their own order among themselves, as parsed files do.
            let lowest = order.lastIndex { $0 >= UInt32(n) }.map { $0 + 1 } ?? 0
            order.insert(UInt32(n) + a, at: lowest + Int(random.next() % UInt64(order.count - lowest + 1)))
        }
        return order
    }

    @Test func aRenumberedIndexAnswersAsOneBuiltInTheNewOrder() throws {
        let stored = Self.corpus(2_400, seed: 11, prefix: "s"), added = Self.corpus(300, seed: 12, prefix: "a")
        let index = makeIndex(stored)
        #expect(index.body.positions.count > 0, "the corpus is too small to give a bigram a column")
        index.add(added)
        let order = Self.shuffledOrder(stored: stored.count, added: added.count, seed: 13)
        index.renumber(keeping: order)
        let all = stored + added
        let documents = order.map { all[Int($0)] }
        let built = makeIndex(documents)
        try Self.expectSameAnswers(index, built, documents)

        // Documents added afterwards continue from the new count in every list.
        let more = Self.corpus(700, seed: 14, prefix: "m")
        index.add(more)
        built.add(more)
        try Self.expectSameAnswers(index, built, documents + more)
    }

    /// Long runs (whole stretches of unchanged files) move bitmaps 56 bits at a time, from
    /// and to offsets that are not multiples of eight.
    @Test func longRunsMoveAsTheDocumentsDo() throws {
        let stored = Self.corpus(2_300, seed: 41, prefix: "s"), added = Self.corpus(150, seed: 42, prefix: "a")
        let index = makeIndex(stored)
        #expect(index.body.bitmaps.filter { $0 }.count > 10)
        index.add(added)
        let n = UInt32(stored.count)
        let kept = (0..<n).filter { !(301..<334).contains($0) && $0 != 1777 }
        let order = Array(kept[..<5]) + (n..<n + 3) + Array(kept[5..<1000]) + (n + 3..<n + 150) + Array(kept[1000...])
        let renumbering = Renumbering(order: order, documents: stored.count + added.count)
        #expect(renumbering.runs.count == 7 && renumbering.runs.allSatisfy { $0.length >= 3 })
        #expect(renumbering.runs[3] == Renumbering.Run(from: 334, to: 5 + 3 + 296, length: 1000 - 301))
        index.renumber(keeping: order)
        let all = stored + added
        let documents = order.map { all[Int($0)] }
        try Self.expectSameAnswers(index, makeIndex(documents), documents)
    }

    /// Every list, of varints or a bitmap, holds exactly its kept documents under their new
    /// numbers, with their occurrence counts, for orders that move stored documents too:
    /// runs of one to three documents or up to 200, some dropped, shuffled (varint lists
    /// keep each run's bytes and encode only its first posting again).
    @Test func everyListHoldsItsDocumentsUnderTheirNewNumbers() throws {
        // Half the characters from 400 others: rare bigrams, kept as varint lists.
        var chars = SplitMix64(state: 50)
        let stored = (0..<1_800).map { i in
            makeDocument("s\(i)", title: "标题", text: String((0..<Int(20 + chars.next() % 200)).map { _ in
                chars.next() % 2 == 0 ? chars.pick(Self.alphabet) : Character(Unicode.Scalar(0x4E00 + UInt32(chars.next() % 400))!)
            }))
        }
        let table = makeIndex(stored).body
        #expect(table.bitmaps.contains(false) && table.bitmaps.contains(true))
        for (k, seed) in [61, 62, 63].enumerated() {
            var random = SplitMix64(state: UInt64(seed))
            var runs: [[UInt32]] = []
            var d = 0
            while d < stored.count {
                let length = 1 + Int(random.next() % (k == 0 ? 3 : 200))
                runs.append((d..<min(stored.count, d + length)).map { UInt32($0) })
                d += length
            }
            runs = runs.filter { _ in random.next() % 8 != 0 }
            runs.shuffle(using: &random)
            let renumbering = Renumbering(order: runs.flatMap { $0 }, documents: stored.count)
            var renumbered = table
            renumbered.renumber(renumbering)
            var varintLists = 0
            for l in table.streams.indices {
                let (docs, frequency) = table.decode(l)
                let expected = zip(docs, frequency).compactMap { doc, f in
                    renumbering.number[Int(doc)] == .max ? nil : (doc: renumbering.number[Int(doc)], f: f)
                }.sorted { $0.doc < $1.doc }
                let got = renumbered.decode(l)
                #expect(got.docs == expected.map(\.doc) && got.frequency == expected.map(\.f), "list \(l), order \(k)")
                #expect(Int(renumbered.documentCounts[l]) == expected.count)
                if !table.bitmaps[l] && expected.count > 1 { varintLists += 1 }
            }
            #expect(varintLists > 100)
        }
    }

    @Test func droppingOnlyKeepsTheOrderAndEmptiesListsOfDroppedDocuments() throws {
        let stored = Self.corpus(1_500, seed: 21, prefix: "s")
        let lonely = makeDocument("lonely", title: "量子", text: "量子纠缠")
        let index = makeIndex(stored + [lonely])
        let order = (0..<UInt32(stored.count)).filter { $0 % 3 != 1 }
        index.renumber(keeping: order)
        let documents = order.map { stored[Int($0)] }
        try Self.expectSameAnswers(index, makeIndex(documents), documents)
        #expect(index.matches(try Query.parse("量子纠缠"), refine: false).isEmpty)
        #expect(index.matches(try Query.parse("liangzi"), refine: false).isEmpty)
    }

    @Test func aRenumberedIndexIsStoredAndReadBack() throws {
        let s = IndexSnapshotTests.Scratch()
        defer { s.remove() }
        let stored = Self.corpus(1_600, seed: 31, prefix: "s"), added = Self.corpus(200, seed: 32, prefix: "a")
        let index = makeIndex(stored)
        index.add(added)
        let order = Self.shuffledOrder(stored: stored.count, added: added.count, seed: 33)
        index.renumber(keeping: order)
        let all = stored + added
        let documents = order.map { all[Int($0)] }
        #expect(IndexSnapshot.write(index, paths: s.paths, cache: s.cache, corpusID: 7))
        let read = try #require(IndexSnapshot.read(paths: s.paths, cache: s.cache, corpusID: 7, documents: documents))
        try Self.expectSameAnswers(read, makeIndex(documents), documents)
    }
}
