import Corpus
import Testing

@Suite struct ExtractionTests {
    @Test func policiesAreUniqueNestedAndSkipAbbreviations() {
        var document = Document(id: "p", path: "p", title: "", date: "2022-01-01", paragraphs: [
            "审议通过《关于建立巡视巡察监督与其他监督贯通融合“1+X”工作机制的意见》，《意见》明确。",
            "制定出台《落实〈关于加强巡视巡察上下联动的意见〉的具体措施》和《中国共产党巡视工作条例》。",
            "再次学习《中国共产党巡视工作条例》及《落实《若干意见》的办法》。",
        ])
        Extraction.enrich(&document)
        #expect(document.policies == [
            "关于建立巡视巡察监督与其他监督贯通融合“1+X”工作机制的意见",
            "落实〈关于加强巡视巡察上下联动的意见〉的具体措施",
            "中国共产党巡视工作条例",
            "落实《若干意见》的办法",
        ])
    }

    @Test func flagsAreAddedOnceAndExistingOnesKept() {
        var document = Document(id: "d", path: "d", title: "巡察", paragraphs: ["没有地名。"], flags: ["mojibake", "no-date"])
        Extraction.enrich(&document)
        #expect(document.flags == ["mojibake", "no-date", "no-province"])
        Extraction.enrich(&document)
        #expect(document.flags == ["mojibake", "no-date", "no-province"])
    }

    @Test func noDateFlag() {
        var undated = Document(id: "u", path: "u", title: "吉林", paragraphs: ["吉林省委巡视。"])
        Extraction.enrich(&undated)
        #expect(undated.flags == ["no-date"])
        var dated = Document(id: "d", path: "d", title: "吉林", date: "2022-05-27", paragraphs: ["吉林省委巡视。"])
        Extraction.enrich(&dated)
        #expect(dated.flags.isEmpty)
    }
}
