import Corpus
import Testing

@Suite struct FigureExtractionTests {
    private func figures(_ paragraphs: String...) -> (Document, [Figure]) {
        var document = Document(id: "f", path: "f", title: "", date: "2022-01-01", paragraphs: paragraphs)
        Extraction.enrich(&document)
        return (document, document.figures)
    }

    private func slice(_ document: Document, _ figure: Figure) -> String {
        let scalars = Array(document.text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[figure.start..<figure.end]))
    }

    @Test func basicCounts() {
        let (document, found) = figures("截至目前，市县三级巡视巡察组边巡边移问题线索74件，各级纪检监察机关已立案22人，留置19人。")
        #expect(found.map(\.metric) == ["问题线索", "立案", "留置"])
        #expect(found.map(\.value) == [74, 22, 19])
        #expect(found.map(\.unit) == ["件", "人", "人"])
        #expect(found.allSatisfy { $0.period == "截至目前" })
        #expect(slice(document, found[0]) == "问题线索74件")
        #expect(found[0].sentence.hasPrefix("截至目前"))
        #expect(found[0].sentence.contains("边巡边移问题线索74件"))
    }

    @Test func qualifiersAndNumberForms() {
        let (_, found) = figures("今年以来，全省立案1800余人，移送司法机关近200人，发现问题1,234个，问题线索1.2万件，留置１２人。")
        #expect(found.map(\.metric) == ["立案", "移送司法机关", "发现问题", "问题线索", "留置"])
        #expect(found.map(\.value) == [1800, 200, 1234, 12000, 12])
        #expect(found.map(\.qualifier) == ["余", "近", nil, nil, nil])
        #expect(found.allSatisfy { $0.period == "今年以来" })
    }

    @Test func numbersAfterTheirUnitAndNoun() {
        let (document, found) = figures("对整改不力的4个党组织、125人进行了问责，4454名干部受到党纪政务处分，两名干部被留置。")
        #expect(found.map(\.metric) == ["问责", "党纪政务处分", "留置"])
        #expect(found.map(\.value) == [125, 4454, 2])
        #expect(found.map(\.unit) == ["人", "名", "名"])
        #expect(slice(document, found[1]) == "4454名干部受到党纪政务处分")
    }

    @Test func notCountsOfWork() {
        let (_, found) = figures(
            "十一届省委开展第十轮巡视，2021年9月召开会议，提出25条监督措施，对4个板块开展监督，两轮巡视间歇期。",
            "组成2个全面指导督导组，共召开13次省委书记专题会议，实现1+1>2的效果。")
        #expect(found.isEmpty)
    }

    @Test func periodsKeepTheNearestPhrase() {
        let (_, found) = figures(
            "五年来，共向全省各级纪检监察机关移交问题线索7892件，立案2917人。",
            "十一届省委巡视向省纪委监委移交问题线索467件，已办结420件。",
            "据统计，2021年该市共实施常规巡察26家、提级巡察11家、“回头看”10家。",
            "开展个别谈话27561人次。")
        #expect(found.map(\.period) == ["五年来", "五年来", "十一届", "2021年", "2021年", "2021年", nil])
        #expect(found.count == 7)
    }

    @Test func offsetsIndexTheJoinedText() {
        let (document, found) = figures("第一段没有数字。", "第二段：立案审查调查4528人，建立完善制度177个。", "受理群众来信来电71384件次")
        #expect(found.map(\.metric) == ["立案", "制度", "来信来电"])
        for figure in found {
            let text = slice(document, figure)
            #expect(text.contains(String(Int(figure.value))), "\(text)")
        }
        #expect(found[2].unit == "件次")
    }

    @Test func traditionalTextAndPinyinGlosses() {
        let (document, found) = figures("珙縣共立案審查調查12人，移交問題線(xiàn)索8件。")
        #expect(found.map(\.metric) == ["立案", "问题线索"])
        #expect(found.map(\.value) == [12, 8])
        #expect(slice(document, found[1]) == "問題線(xiàn)索8件")
        #expect(found[1].sentence == "珙縣共立案審查調查12人，移交問題線(xiàn)索8件。")
    }

    @Test func nounsBetweenAnchorAndNumber() {
        let (_, found) = figures("立案审查调查党员干部120人，问责领导干部30人，留置公职人员5人。")
        #expect(found.map(\.metric) == ["立案", "问责", "留置"])
        #expect(found.map(\.value) == [120, 30, 5])
    }

    @Test func canonicalUnitsSumLikeWithLike() {
        let (_, found) = figures("发现问题线索12个，移交问题线索30件，4454名干部受到党纪政务处分。")
        #expect(found.map(\.unit) == ["个", "件", "名"])
        #expect(found.map(\.canonicalUnit) == ["件", "件", "人"])
    }

    @Test func metricTableIsConsistent() {
        let names = FigureMetrics.all.map(\.name)
        #expect(Set(names).count == names.count)
        for metric in FigureMetrics.all {
            #expect(!metric.units.isEmpty && !metric.patterns.isEmpty, "\(metric.name)")
        }
        #expect(FigureMetrics.metric(named: "问题线索")?.unit == "件")
        #expect(FigureMetrics.metric(named: "来信来电")?.unit == "件次")
    }
}
