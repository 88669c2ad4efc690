@testable import Corpus
import Testing

@Suite struct ExtractionHanConversionTests {
    @Test func convertsTraditionalCharacters() {
        #expect(HanConversion.simplified("珙縣縣委") == "珙县县委")
        #expect(HanConversion.simplified("巡審聯動") == "巡审联动")
        #expect(HanConversion.simplified("問題線索") == "问题线索")
    }

    @Test func keepsCharactersSimplifiedTextUses() {
        // ICU's Hant-Hans turns the phrase 巡察 into 巡查; the per-character table must not.
        #expect(HanConversion.simplified("巡察") == "巡察")
        #expect(HanConversion.simplified("縣委巡察機構") == "县委巡察机构")
        #expect(HanConversion.simplified(Unicode.Scalar("察")) == Unicode.Scalar("察"))
        #expect(HanConversion.simplified("著名") == "著名")
        #expect(HanConversion.simplified("覆盖") == "覆盖")
    }

    @Test func leavesSimplifiedAndOtherTextAlone() {
        let text = "吉林省委巡视工作领导小组 ABC 123 ，。"
        #expect(HanConversion.simplified(text) == text)
    }

    @Test func preservesScalarCount() {
        let text = "中新網(wǎng)四川新聞4月29日電 監督是治理的內(nèi)在要素"
        #expect(HanConversion.simplified(text).unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func detectsScript() {
        #expect(HanConversion.script(of: "近年來,珙縣縣委巡察機構始終堅持問題導向,與審計機關建立綠色通道") == .traditional)
        #expect(HanConversion.script(of: "近年来，珙县县委巡察机构始终坚持问题导向，与审计机关建立绿色通道") == .simplified)
        #expect(HanConversion.script(of: "著名的覆盖面") == .simplified)
        #expect(HanConversion.script(of: "") == .simplified)
    }

    @Test func pinyinGlossesAreSkippedForMatching() {
        let text = PreparedText("巡審聯(lián)動(dòng)打出")
        #expect(String(String.UnicodeScalarView(text.normalized)) == "巡审联动打出")
        #expect(text.originalString(0, 4) == "巡審聯(lián)動")
        #expect(text.originalStart(3) == 9)
        #expect(PreparedText("立案(2)人").normalized.count == 6)
    }
}
