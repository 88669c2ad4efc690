import Testing
@testable import Corpus

@Suite struct PinyinTests {
    let docs = [
        makeDocument("a", title: "工作综述", text: "省委开展巡视巡察工作"),
        makeDocument("b", title: "会议", text: "召开常委会议"),
        makeDocument("c", title: "吉林", text: "吉林省纪委监委"),
    ]

    @Test func fullSyllables() throws {
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "xunshi") == ["a"])
        #expect(try ids(index, docs, "xun shi") == ["a"])
        #expect(try ids(index, docs, "\"xun shi\"") == ["a"])
        #expect(try ids(index, docs, "jilin") == ["c"])
        #expect(try ids(index, docs, "XUNSHI") == ["a"])
    }

    @Test func initials() throws {
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "xsxc") == ["a"])
        #expect(try ids(index, docs, "jw") == ["c"])
        #expect(try ids(index, docs, "xsxg").isEmpty)
    }

    @Test func mixedAndPartialPieces() throws {
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "xunsx") == ["a"])
        #expect(try ids(index, docs, "xuns") == ["a"])
        #expect(try ids(index, docs, "changw") == ["b"])
        #expect(try ids(index, docs, "xunshang").isEmpty)
    }

    @Test func hitsCoverTheMatchedCharacters() throws {
        let index = makeIndex(docs)
        let query = try Query.parse("xsxc")
        let h = index.highlights(query, in: docs[0])
        #expect(slices(docs[0].text, h.textHits) == ["巡视巡察"])
    }

    @Test func tonesAreStripped() {
        #expect(PinyinTable.toneless("xún") == Array("xun".utf8))
        #expect(PinyinTable.toneless("lǜ") == Array("lv".utf8))
        #expect(PinyinTable.toneless("巡").isEmpty)
    }
}
