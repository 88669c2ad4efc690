import Testing
@testable import Corpus

/// Keys present in most documents are stored as bitmaps; matching must not change.
@Suite struct BitmapPostingTests {
    @Test func commonKeysBecomeBitmapsAndStillMatchExactly() throws {
        let count = Int(PostingTable.bitmapMinimum) + 500
        let docs = (0..<count).map { i in
            // Every document has 巡视; a third also 审查, right after it in every fifth.
            let extra = i % 3 == 0 ? (i % 5 == 0 ? "巡视审查" : "审查工作") : "监督"
            return makeDocument("d\(i)", title: "通报", text: "巡视\n\(extra)", date: "2021-01-01")
        }
        let index = makeIndex(docs)
        let common = try #require(index.body.list(PostingTable.key(0x5DE1, 0x89C6)))  // 巡视
        #expect(index.body.bitmaps[common])
        #expect(index.body.decode(common).docs == (0..<UInt32(count)).map { $0 })
        let rare = try #require(index.body.list(PostingTable.key(0x5BA1, 0x67E5)))  // 审查
        #expect(!index.body.bitmaps[rare])
        #expect(index.matches(try Query.parse("巡视")).count == count)
        #expect(index.matches(try Query.parse("审查")) == (0..<count).filter { $0 % 3 == 0 })
        #expect(index.matches(try Query.parse("巡视审查")) == (0..<count).filter { $0 % 15 == 0 })
        #expect(index.matches(try Query.parse("巡视 -监督")) == (0..<count).filter { $0 % 3 == 0 })
        // Documents added after the switch land in the bitmap too.
        index.add([makeDocument("late", title: "t", text: "巡视")])
        #expect(index.matches(try Query.parse("巡视")).count == count + 1)
    }
}
