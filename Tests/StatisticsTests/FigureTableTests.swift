import Corpus
import Testing

@Suite struct FigureTableTests {
    let rows = FigureTable.rows(Fixtures.seeds)

    func row(_ metric: String, _ unit: String, _ periodClass: PeriodClass) -> FigureRow? {
        rows.first { $0.metric == metric && $0.unit == unit && $0.periodClass == periodClass }
    }

    @Test func multiYearTotalsWithDifferentWordsAreMarkedMixed() throws {
        let clues = try #require(row("问题线索", "件", .multiYear))
        #expect(clues.total == 7892 + 467)
        #expect(clues.documentCount == 1)
        #expect(clues.mixedPeriods)
        #expect(clues.periods == [
            PeriodSubtotal(period: "五年来", total: 7892, statementCount: 1, documentCount: 1),
            PeriodSubtotal(period: "十一届", total: 467, statementCount: 1, documentCount: 1),
        ])
        #expect(clues.statements.map(\.start) == [20, 70])
        #expect(clues.statements.first?.documentIndex == 2)
        #expect(clues.statements.first?.documentID == "002_85cec4cc11a75541")
    }

    @Test func singleYearMultiYearAndUnstatedStayApart() throws {
        let single = try #require(row("问题线索", "件", .singleYear))
        #expect(single.total == 12)
        #expect(!single.mixedPeriods)
        let unstated = try #require(row("问题线索", "件", .unstated))
        #expect(unstated.total == 23)
        #expect(unstated.periods.map(\.period) == [Statistics.noneLabel])
    }

    @Test func unitsStayApart() throws {
        #expect(try #require(row("立案", "人", .multiYear)).total == 2917)
        #expect(try #require(row("立案", "人次", .multiYear)).total == 120)
        let year = try #require(row("立案", "人", .singleYear))
        #expect(year.total == 300)
        #expect(year.approximate)
        #expect(!(try #require(row("立案", "人", .multiYear)).approximate))
    }

    @Test func rowsOfOneMetricAreAdjacentAndOrdered() {
        // 问题线索 is stated in three documents, 立案 and 党纪政务处分 in one each.
        #expect(rows.map(\.metric) == ["问题线索", "问题线索", "问题线索", "党纪政务处分", "立案", "立案", "立案"])
        #expect(rows.prefix(3).map(\.periodClass) == [.singleYear, .multiYear, .unstated])
    }

    @Test func repeatedStatementIsCountedOnce() {
        var doc = Fixtures.jilin2021Nov
        doc.figures = [Fixtures.figure("留置", 5, "人", at: 3), Fixtures.figure("留置", 5, "人", at: 3)]
        #expect(FigureTable.rows([doc]).first?.total == 5)
    }

    @Test(arguments: [
        ("五年来", PeriodClass.multiYear), ("十一届", .multiYear), ("十八大以来", .multiYear),
        ("2018年至2022年", .multiYear), ("近年來", .multiYear), ("2019年以来", .multiYear),
        ("今年以来", .singleYear), ("2021年", .singleYear), ("去年", .singleYear), ("1至6月", .singleYear),
        ("本轮", .other),
    ])
    func periodClasses(period: String, expected: PeriodClass) {
        #expect(PeriodClass.classify(period) == expected)
    }

    @Test func noPeriodIsUnstated() {
        #expect(PeriodClass.classify(nil) == .unstated)
        #expect(PeriodClass.classify("") == .unstated)
    }
}
