@testable import Corpus
import Testing
import WordBreak
import XunshiTestSupport

@Suite struct WordBreakTests {
    @Test func splitsAnInspectionBodyIntoWords() {
        let words = WordBreak.words(in: "吉林省委巡视工作领导小组")
        #expect(words.contains("巡视"))
        #expect(words.contains("工作"))
        #expect(words.contains("小组"))
        #expect(words.joined() == "吉林省委巡视工作领导小组")
    }

    @Test func dropsPunctuationAndKeepsUTF16Ranges() {
        let text = "😀巡视，2021年"
        let tokens = WordBreak.tokens(in: text)
        let units = Array(text.utf16)
        let words = tokens.map { String(decoding: units[$0.range], as: UTF16.self) }
        #expect(!words.contains("，"))
        #expect(words.contains("巡视"))
        #expect(tokens.first { $0.kind == .number }.map { units[$0.range].count } == 4)
        // The emoji is two UTF-16 units, so 巡视 starts at offset 2.
        #expect(zip(tokens, words).first { $0.1 == "巡视" }?.0.range == 2..<4)
    }

    @Test func emptyText() {
        #expect(WordBreak.words(in: "").isEmpty)
    }

    @Test func stopListRemovesFunctionWordsDigitsAndSingleCharacters() {
        let doc = Document(id: "s", path: "s", title: "",
                           paragraphs: ["的工作和巡视，2021年对巡视监督的情况进行了十一次督导。", "<div> 網(wǎng) OK"])
        let terms = SegmentationCache().topTerms([doc], limit: 50).map(\.term)
        #expect(terms.contains("巡视"))
        #expect(terms.contains("监督"))
        for dropped in ["的", "和", "工作", "情况", "进行", "2021", "，", "年", "十一", "div", "wǎng", "OK", "網"] {
            #expect(!terms.contains(dropped), "\(dropped) should be dropped")
        }
    }

    @Test func packedEntriesGiveTheCountsOfEachDocumentsSegmentation() throws {
        // Words repeated past 127 times and more than 127 distinct terms: varints of two bytes.
        let words = ["巡视", "监督", "整改", "干部", "群众", "问题", "线索", "立案", "审计", "纪律", "政治", "责任",
                     "作风", "腐败", "基层", "党委", "政府", "检查", "报告", "组织", "领导", "制度", "落实", "反馈"]
        // The seeds first: hundreds of distinct words.
        var documents = CorpusLoader.load(paths: [TestPaths.seeds.path]).documents
        for d in 0..<12 {
            var text = String(repeating: words[d % words.count] + "，", count: 150 + d)
            for k in 0..<(20 * d) { text += "第\(k)号" + words[(k * 7 + d) % words.count] + "。" }
            documents.append(Document(id: "d\(d)", path: "d\(d)", title: "标题\(d)", paragraphs: [text]))
        }
        let cache = SegmentationCache()
        let totals = cache.totals(documents)
        var expected: [String: (count: Int, documents: Int)] = [:]
        var pairs = 0
        let breaker = try #require(WordBreaker())
        for document in documents {
            let counts = SegmentationCache.segment(document, with: breaker, fold: { $0 })
            pairs += counts.count
            for (term, count) in counts {
                let old = expected[term] ?? (0, 0)
                expected[term] = (old.count + count, old.documents + 1)
            }
        }
        #expect(totals.count == expected.count)
        for (term, value) in expected { #expect(totals[term]?.count == value.count && totals[term]?.documents == value.documents, "\(term)") }
        #expect(expected.values.contains { $0.count > 127 })
        #expect(cache.footprint.pairs == pairs && cache.footprint.vocabulary > 127)
        #expect(cache.footprint.bytes < 4 * pairs, "packed, not 8 bytes a pair")
    }

    @Test func termCountsAndDocumentFrequency() {
        let one = Document(id: "1", path: "1", title: "巡视整改", paragraphs: ["巡视巡视"])
        let two = Document(id: "2", path: "2", title: "", paragraphs: ["巡视"])
        let cache = SegmentationCache()
        let top = cache.topTerms([one, two], limit: 1)
        #expect(top == [TermCount(term: "巡视", count: 4, documents: 2)])
        #expect(cache.count == 2)
    }
}

@Suite struct FoldTests {
    @Test func foldMergesSpellingsBeforeCounting() {
        let traditional = Document(id: "t", path: "t", title: "", paragraphs: ["加強監督，監督"])
        let simplified = Document(id: "s", path: "s", title: "", paragraphs: ["监督"])
        let cache = SegmentationCache(fold: { $0 == "監督" ? "监督" : $0 })
        #expect(cache.topTerms([traditional, simplified], limit: 1) == [TermCount(term: "监督", count: 3, documents: 2)])
        #expect(!cache.topTerms([traditional], limit: 10).contains { $0.term == "監督" })
    }
}

@Suite struct BarsTests {
    @Test func fullAndPartialBlocks() {
        #expect(Bars.render(value: 10, max: 10, width: 4, ascii: false) == "████")
        #expect(Bars.render(value: 1, max: 2, width: 3, ascii: false) == "█▌ ")
        #expect(Bars.render(value: 1, max: 8, width: 1, ascii: false) == "▏")
        #expect(Bars.render(value: 3, max: 8, width: 1, ascii: false) == "▍")
    }

    @Test func tinyNonZeroIsVisibleAndZeroIsBlank() {
        #expect(Bars.render(value: 1, max: 10_000, width: 5, ascii: false) == "▏    ")
        #expect(Bars.render(value: 0, max: 10, width: 3, ascii: false) == "   ")
        #expect(Bars.render(value: 5, max: 0, width: 2, ascii: false) == "  ")
        #expect(Bars.render(value: 20, max: 10, width: 2, ascii: false) == "██")
        #expect(Bars.render(value: 5, max: 10, width: 0, ascii: false) == "")
    }

    @Test func ascii() {
        #expect(Bars.render(value: 1, max: 2, width: 4, ascii: true) == "##  ")
        #expect(Bars.render(value: 1, max: 1000, width: 4, ascii: true) == "#   ")
        #expect(Bars.render(value: 3, max: 3, width: 3, ascii: true) == "###")
    }

    @Test func localeDecidesASCII() {
        #expect(!Bars.prefersASCII(environment: ["LANG": "zh_CN.UTF-8"]))
        #expect(!Bars.prefersASCII(environment: ["LC_ALL": "C.utf8", "LANG": "C"]))
        #expect(Bars.prefersASCII(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
        #expect(Bars.prefersASCII(environment: ["LANG": "zh_CN.GB18030"]))
        #expect(Bars.prefersASCII(environment: [:]))
    }
}
