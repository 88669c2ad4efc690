import Corpus
import Testing

@Suite struct ComparisonTests {
    @Test func jilinAgainstSichuan() throws {
        let comparison = Comparison.compute(
            in: Fixtures.seeds, a: try Selection.parse("吉林"), b: try Selection.parse("province:四川"))
        #expect(comparison.a.label == "吉林")
        #expect(comparison.a.documentCount == 3)
        #expect(comparison.b.documentCount == 1)
        #expect(comparison.a.firstDate == "2021-11-07")
        #expect(comparison.a.lastDate == "2022-05-27")
        #expect(comparison.a.documents.map(\.id) == ["000_c3f89fe81e23299c", "002_85cec4cc11a75541",
                                                     "004_0946499deb1fca99"])
        #expect(comparison.b.levels == [LabelCount(label: "县", count: 1)])

        let unstated = try #require(comparison.figures.first {
            $0.metric == "问题线索" && $0.unit == "件" && $0.periodClass == .unstated
        })
        #expect(unstated.valueA == 0)
        #expect(unstated.valueB == 23)
        #expect(unstated.ratio == nil)
        let multi = try #require(comparison.figures.first {
            $0.metric == "问题线索" && $0.periodClass == .multiYear
        })
        #expect(multi.valueA == 8359)
        #expect(multi.documentsA == 1)
        #expect(multi.valueB == 0)
        #expect(multi.ratio == nil)
        #expect(multi.mixedPeriods)
    }

    @Test func ratioWhenBothSidesStateIt() {
        var a = Fixtures.jilin2021Nov, b = Fixtures.xinjiang2022Feb
        a.figures = [Fixtures.figure("留置", 30, "人")]
        b.figures = [Fixtures.figure("留置", 12, "人")]
        let comparison = Comparison.compute(a: [a], b: [b], labels: ("A", "B"))
        #expect(comparison.figures.count == 1)
        #expect(comparison.figures.first?.ratio == 2.5)
    }

    @Test func distinctiveTermsAreNotRawFrequency() {
        let common = "监督，监督，监督，监督，监督，监督，监督，监督，整改，整改"
        func doc(_ id: String, _ text: String) -> Document {
            Document(id: id, path: id, title: "", paragraphs: [text, common])
        }
        let comparison = Comparison.compute(
            a: [doc("a", "粮食，粮食，粮食，粮食")], b: [doc("b", "审计，审计，审计，审计")], labels: ("A", "B"))
        #expect(comparison.distinctiveA.first?.term == "粮食")
        #expect(comparison.distinctiveA.first?.count == 4)
        #expect(comparison.distinctiveA.first?.otherCount == 0)
        #expect(comparison.distinctiveB.first?.term == "审计")
        // The most frequent word on both sides is not distinctive of either.
        #expect(!comparison.distinctiveA.contains { $0.term == "监督" })
        #expect(!comparison.distinctiveB.contains { $0.term == "监督" })
    }

    @Test func logOddsOrdersByEvidence() {
        let z = LogOdds.zScores(a: ["x": 20, "y": 2, "c": 50], b: ["y": 1, "c": 50, "d": 21])
        #expect(z["x", default: 0] > z["y", default: 0])
        #expect(z["y", default: 0] > 0)
        #expect(z["d", default: 0] < 0)
        #expect(abs(z["c", default: 1]) < 0.5)
    }
}

@Suite struct SelectionTests {
    @Test func parsesFacets() throws {
        #expect(try Selection.parse("吉林").provinces == ["吉林"])
        #expect(try Selection.parse("year:2021").years == 2021...2021)
        #expect(try Selection.parse("year:2020..2022").years == 2020...2022)
        #expect(try Selection.parse("kind:巡察").kinds == ["巡察"])
        #expect(try Selection.parse("level:省").levels == [.province])
        let combined = try Selection.parse("吉林|四川, year:2021..2022")
        #expect(combined.provinces == ["吉林", "四川"])
        #expect(combined.label == "吉林|四川, year:2021..2022")
    }

    @Test func rejectsNonsense() {
        #expect(throws: SelectionError.self) { try Selection.parse("colour:red") }
        #expect(throws: SelectionError.self) { try Selection.parse("year:2022..2020") }
        #expect(throws: SelectionError.self) { try Selection.parse(" ") }
    }

    @Test func matches() throws {
        let docs = Fixtures.seeds
        #expect(try Selection.parse("year:2021").filter(docs).count == 2)
        #expect(try Selection.parse("year:2021..2022").filter(docs).count == 4)
        #expect(try Selection.parse("吉林省").filter(docs).count == 3)
        #expect(try Selection.parse("吉林,year:2022").filter(docs).map(\.id) == ["002_85cec4cc11a75541"])
        #expect(try Selection.parse("kind:巡视").filter(docs).count == 2)
        #expect(Selection(label: "all").filter(docs).count == 5)
    }

    @Test func choicesOfferValuesWithCounts() {
        #expect(Selection.choices(.province, in: Fixtures.seeds) == [
            LabelCount(label: "吉林", count: 3), LabelCount(label: "四川", count: 1),
            LabelCount(label: "新疆", count: 1),
        ])
        #expect(!Selection.choices(.kind, in: Fixtures.seeds).contains { $0.label == Statistics.noneLabel })
    }
}
