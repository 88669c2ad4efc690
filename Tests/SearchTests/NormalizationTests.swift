import Testing
@testable import Corpus

@Suite struct NormalizationTests {
    func fold(_ s: String) -> String {
        var n = SearchNormalizer()
        return String(decoding: n.normalize(s), as: UTF16.self)
    }

    @Test func fullWidthAndCaseFold() {
        #expect(fold("，") == ",")
        #expect(fold("ＡＢＣ") == "abc")
        #expect(fold("ABC xyz") == "abc xyz")
        #expect(fold("２０２１年") == "2021年")
    }

    @Test func traditionalFoldsToSimplified() {
        #expect(fold("巡審聯動") == "巡审联动")
        #expect(fold("監督檢查") == "监督检查")
        #expect(fold("巡视巡察") == "巡视巡察")
    }

    @Test func charactersSimplifiedTextUsesAreKept() {
        #expect(fold("巡察") == "巡察")
        #expect(fold("察") != "查")
        #expect(fold("著名") == "著名")
        #expect(fold("乾坤") == "乾坤")
        // Nothing folds onto a character that is itself folded elsewhere (no chains).
        for v in UInt32(0x4E00)..<0xA000 {
            let s = HanConversion.simplifiedValue(v)
            #expect(HanConversion.simplifiedValue(s) == s)
        }
    }

    @Test func expansionsKeepOffsets() {
        var n = SearchNormalizer()
        var units: [UInt16] = [], offsets: [Int32] = []
        withUnsafeMutablePointer(to: &offsets) { n.append("a㈱b", to: &units, offsets: $0, base: 0) }
        #expect(String(decoding: units, as: UTF16.self) == "a(株)b")
        #expect(offsets == [0, 1, 1, 1, 2])
    }

    @Test func traditionalQueryFindsSimplifiedAndBack() throws {
        let docs = [
            makeDocument("s", title: "简体", text: "推动巡审联动工作"),
            makeDocument("t", title: "繁體", text: "推動巡審聯動工作"),
            makeDocument("x", title: "其他", text: "巡视工作"),
        ]
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "巡審聯動").sorted() == ["s", "t"])
        #expect(try ids(index, docs, "巡审联动").sorted() == ["s", "t"])
        #expect(try ids(index, docs, "ＸＸＸ").isEmpty)
    }

    @Test func inspectionNeverFoldsToCheck() throws {
        let docs = [makeDocument("a", title: "巡察", text: "开展巡察"), makeDocument("b", title: "巡查", text: "开展巡查")]
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "巡察") == ["a"])
        #expect(try ids(index, docs, "巡查") == ["b"])
    }
}
