@testable import Corpus
import Testing

@Suite struct KindsTests {
    private func enriched(title: String = "", _ paragraphs: String...) -> Document {
        var document = Document(id: "k", path: "k", title: title, date: "2022-01-01", paragraphs: paragraphs)
        Extraction.enrich(&document)
        return document
    }

    @Test func kindsInOrderOfFirstMention() {
        let document = enriched(title: "巡审联动显成效", "开展常规巡视和专项巡视巡察，对巡视整改开展“回头看”，推动提级巡察、交叉巡察。")
        #expect(document.kinds == ["巡审联动", "常规巡视", "专项巡视巡察", "巡视整改", "回头看", "提级巡察", "交叉巡察"])
    }

    @Test func surfaceVariantsMapToCanonicalNames() {
        #expect(enriched("推进巡察审计贯通").kinds == ["巡审联动"])
        #expect(enriched("建立“1+X”工作机制").kinds == ["1+X贯通融合"])
        #expect(enriched("加强巡视巡察上下联动").kinds == ["巡视巡察上下联动"])
        #expect(enriched("機動巡察與專項巡視").kinds == ["机动巡察", "专项巡视"])
        #expect(enriched("縣委巡察機構").kinds == ["巡察"])
    }

    @Test func vocabularyTraditionalSurfacesFoldToSimplifiedOnes() {
        for kind in InspectionVocabulary.kinds {
            let simplified = Set(kind.surfaces.map(HanConversion.simplified))
            #expect(simplified.contains(kind.canonical) || kind.canonical == "1+X贯通融合", "\(kind.canonical)")
        }
    }

    @Test(arguments: [
        ("中央第三巡视组进驻吉林省开展巡视。", InspectionLevel.central),
        ("十一届省委巡视工作综述，中央巡视办指导。", .province),
        ("自治区党委第二巡视组反馈意见。", .province),
        ("北京市委巡视组进驻。", .province),
        ("市委第一巡察组进驻县直单位。", .city),
        ("区委第二巡察组去年入驻区政务服务管理局，省委巡视办指导。", .county),
        ("珙縣縣委巡察機構負責人說。", .county),
    ])
    func levelIsTheMostSpecificBody(text: String, level: InspectionLevel) {
        #expect(enriched(text).level == level)
    }

    @Test func levelFallsBackToPlacesWhenNoBodyIsNamed() {
        #expect(enriched(title: "吉林：加强监督", "吉林省紧盯一把手开展巡视巡察。").level == .province)
        #expect(enriched(title: "通化市推进巡察", "通化市探索巡察新机制。").level == .city)
        #expect(enriched(title: "吉林：加强监督", "吉林省召开会议。").level == nil)
    }
}
