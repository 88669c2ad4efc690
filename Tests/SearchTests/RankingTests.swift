import Testing
@testable import Corpus

@Suite struct RankingTests {
    let docs = [
        makeDocument("body-old", title: "工作动态", text: "本月开展巡察工作。", date: "2020-01-01"),
        makeDocument("title", title: "巡察工作综述", text: "今年以来工作有序推进。", date: "2019-05-05"),
        makeDocument("body-new", title: "工作动态", text: "本月开展巡察工作。", date: "2023-03-03"),
        makeDocument("none", title: "会议", text: "召开常委会议。", date: "2024-01-01"),
    ]

    @Test func titleAboveBodyThenNewestFirst() throws {
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "巡察") == ["title", "body-new", "body-old"])
    }

    @Test func emptyQueryListsAllNewestFirst() throws {
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "") == ["none", "body-new", "body-old", "title"])
    }

    @Test func hitRangesPointAtTheText() throws {
        let doc = makeDocument("d", title: "巡察：第一轮巡察", text: "第一段。\n开展巡察，巡察发现问题。\n结束")
        let index = makeIndex([doc])
        let h = index.highlights(try Query.parse("巡察 问题"), in: doc)
        #expect(h.titleHits == [0..<2, 6..<8])
        #expect(slices(doc.text, h.textHits) == ["巡察", "巡察", "问题"])
        #expect(h.textHits.first == 7..<9)
        #expect(slices(h.snippet, h.snippetHits) == ["巡察", "巡察", "问题"])
    }

    @Test func hitRangesSurviveFullWidthAndTraditional() throws {
        let doc = makeDocument("d", title: "ＡＢＣ", text: "𠀀前言，推動巡審聯動")
        let index = makeIndex([doc])
        let h = index.highlights(try Query.parse("巡审联动"), in: doc)
        #expect(slices(doc.text, h.textHits) == ["巡審聯動"])
        #expect(index.highlights(try Query.parse("abc"), in: doc).titleHits == [0..<3])
    }

    @Test func snippetIsCutAroundTheFirstHit() throws {
        let text = String(repeating: "甲", count: 100) + "巡察" + String(repeating: "乙", count: 100)
        let doc = makeDocument("d", title: "t", text: text)
        let h = makeIndex([doc]).highlights(try Query.parse("巡察"), in: doc)
        #expect(h.snippet.hasPrefix("…"))
        #expect(h.snippet.hasSuffix("…"))
        #expect(h.snippet.unicodeScalars.count == 30 + 2 + 30 + 2)
        #expect(slices(h.snippet, h.snippetHits) == ["巡察"])
    }

    @Test func phraseAndExclusion() throws {
        let docs = [
            makeDocument("a", title: "t", text: "专项巡视工作"),
            makeDocument("b", title: "t", text: "常规巡视工作"),
            makeDocument("c", title: "t", text: "巡视 工作"),
        ]
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "巡视 -专项").sorted() == ["b", "c"])
        #expect(try ids(index, docs, "\"巡视 工作\"") == ["c"])
        #expect(try ids(index, docs, "巡视工作 -\"常规\"") == ["a"])
    }

    @Test func multipleTermsAreAllRequired() throws {
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "巡察 本月") == ["body-new", "body-old"])
        #expect(try ids(index, docs, "巡察 会议").isEmpty)
    }
}
