import Testing
import XunshiTestSupport
@testable import Corpus

/// The packed store of folded texts, and the SIMD unit search that scans it.
@Suite struct TextStoreTests {
    @Test func keepsEveryTextAcrossChunkBoundaries() {
        var random = SplitMix64(state: 3)
        // Chunks of 64 units: texts of up to 100 units fill chunks unevenly, and some need their own.
        let store = TextStore(chunkUnits: 64)
        var expected: [[UInt16]] = []
        for _ in 0..<300 {
            let text = (0..<Int(random.next() % 100)).map { _ in UInt16(0x4E00 + random.next() % 50) }
            text.withUnsafeBufferPointer { store.append($0) }
            expected.append(text)
        }
        #expect(store.count == 300)
        #expect(store.totalUnits == expected.reduce(0) { $0 + $1.count })
        for (doc, text) in expected.enumerated() { #expect(Array(store[doc]) == text, "doc \(doc)") }
        store.withView { view in
            for (doc, text) in expected.enumerated() { #expect(Array(view[doc]) == text, "doc \(doc)") }
        }
        #expect(store.byteCount >= store.totalUnits * 2)
    }

    @Test func indexSearchesTextsSpanningChunks() throws {
        let long = String(repeating: "工作", count: 3_000_000) + "巡视巡察"
        let docs = [makeDocument("a", title: "t", text: "巡视巡察"), makeDocument("long", title: "t", text: long),
                    makeDocument("b", title: "t", text: "监督巡视巡察")]
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "巡视巡察").sorted() == ["a", "b", "long"])
        #expect(try ids(index, docs, "xsxc").sorted() == ["a", "b", "long"])
    }

    /// `UnitSearch.first` against a naive search, for every anchor, start and pattern length.
    @Test func unitSearchAgreesWithNaiveSearch() {
        var random = SplitMix64(state: 11)
        for _ in 0..<400 {
            let hay = (0..<Int(random.next() % 70)).map { _ in UInt16(0x61 + random.next() % 3) }
            let needle = (0..<Int(1 + random.next() % 4)).map { _ in UInt16(0x61 + random.next() % 3) }
            for start in 0...hay.count {
                let naive = hay.count < needle.count ? nil : (start...max(start, hay.count - needle.count)).first { p in
                    p + needle.count <= hay.count && Array(hay[p..<(p + needle.count)]) == needle
                }
                for anchor in needle.indices {
                    #expect(UnitSearch.first(needle, in: hay, from: start, anchor: anchor) == naive,
                            "\(hay) \(needle) from \(start) anchor \(anchor)")
                }
            }
        }
    }
}
