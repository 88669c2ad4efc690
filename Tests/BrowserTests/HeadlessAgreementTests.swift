@testable import Browser
import Corpus
import Curses
import Foundation
import Testing
import XunshiTestSupport

/// Every number of the statistics and comparison panes is the one the headless
/// commands print: the panes are built on the real seeds and checked against
/// `Statistics.compute` and against the JSON of the built `xunshi` binary.
@Suite struct HeadlessAgreementTests {
    /// The seeds as the browser would hold them, on an app showing `key`'s pane.
    func app(pressing key: Character, cols: Int = 120) -> BrowserApp {
        let (documents, _) = CorpusLoader.load(paths: [TestPaths.seeds.path])
        let (app, _) = makeApp(rows: 40, cols: cols, documents: documents)
        app.computeSynchronously()
        press(app, .character(key))
        return app
    }

    /// Standard output of the built binary run with `arguments`, or `nil` (reason printed) when it is not built.
    func run(_ arguments: [String]) throws -> Data? {
        guard let (status, data) = try BuiltBinary.run(arguments) else {
            print("skipping headless agreement: xunshi binary not built (swift build --product xunshi, or set XUNSHI_BIN)")
            return nil
        }
        #expect(status == 0, "xunshi \(arguments.joined(separator: " ")) failed")
        return data
    }

    /// A statement without its position in one particular document array.
    func key(_ s: FigureStatement) -> String { "\(s.documentID)@\(s.start)-\(s.end)=\(s.value)" }

    func expectSameFigures(_ a: [FigureRow], _ b: [FigureRow]) {
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) {
            #expect(x.metric == y.metric && x.unit == y.unit && x.periodClass == y.periodClass)
            #expect(x.total == y.total && x.documentCount == y.documentCount, "\(x.metric) \(x.unit)")
            #expect(x.approximate == y.approximate && x.mixedPeriods == y.mixedPeriods && x.periods == y.periods)
            #expect(Set(x.statements.map(key)) == Set(y.statements.map(key)))
        }
    }

    @Test func statisticsPaneAgreesWithComputeAndTheStatsCommand() throws {
        let app = app(pressing: "s")
        let model = try #require(app.state.statsModel)
        let shown = try #require(model.statistics)
        let terms = try #require(model.terms(with: app.terms, synchronous: true))
        #expect(shown.documentCount == 5)
        #expect(shown.provinces.first == LabelCount(label: "吉林", count: 3))
        // The pane's list order differs from load order; the numbers must not.
        let direct = Statistics.compute(model.documents)
        #expect(shown.provinces == direct.provinces && shown.years == direct.years)
        #expect(shown.kinds == direct.kinds && shown.levels == direct.levels)
        #expect(shown.timeline == direct.timeline && shown.policies == direct.policies)
        // What is drawn is the model: each province's bar line ends with its count.
        let screen = app.render()
        for p in shown.provinces {
            let r = try #require(row(containing: " \(p.label) ", in: screen), "\(p.label) not drawn")
            #expect(line(screen, r).hasSuffix(" \(p.count)") || line(screen, r).contains(" \(p.count)  "))
        }
        guard let data = try run(["stats", TestPaths.seeds.path, "--json", "--terms", String(StatsModel.termLimit)]) else { return }
        let json = try JSONDecoder().decode(CorpusStatistics.self, from: data)
        #expect(json.documentCount == shown.documentCount)
        #expect(json.provinces == shown.provinces)
        #expect(json.years == shown.years)
        #expect(json.kinds == shown.kinds)
        #expect(json.levels == shown.levels)
        #expect(json.timeline == shown.timeline)
        #expect(json.policies == shown.policies)
        expectSameFigures(json.figures, shown.figures)
        #expect(json.terms == terms)
    }

    @Test func comparisonPaneAgreesWithTheCompareCommand() throws {
        let app = app(pressing: "c")
        let model = try #require(app.state.compareModel)
        let shown = try #require(model.comparison)
        #expect(shown.a.label == "吉林" && shown.b.label == "四川")
        #expect(shown.a.documentCount == 3 && shown.b.documentCount == 1)
        guard let data = try run(["compare", "吉林", "四川", TestPaths.seeds.path, "--json",
                                  "--terms", String(CompareModel.termLimit)]) else { return }
        let json = try JSONDecoder().decode(Comparison.self, from: data)
        for (x, y) in [(json.a, shown.a), (json.b, shown.b)] {
            #expect(x.label == y.label && x.documentCount == y.documentCount)
            #expect(x.firstDate == y.firstDate && x.lastDate == y.lastDate)
            #expect(x.provinces == y.provinces && x.kinds == y.kinds && x.levels == y.levels)
            #expect(Set(x.documents.map(\.id)) == Set(y.documents.map(\.id)))
        }
        #expect(json.figures == shown.figures)
        #expect(json.distinctiveA.map(\.term) == shown.distinctiveA.map(\.term))
        #expect(json.distinctiveB.map(\.term) == shown.distinctiveB.map(\.term))
        for (x, y) in zip(json.distinctiveA + json.distinctiveB, shown.distinctiveA + shown.distinctiveB) {
            #expect(abs(x.zScore - y.zScore) < 1e-9 && x.count == y.count && x.otherCount == y.otherCount)
        }
    }

    /// With a query typed in the browser (pinyin initials and a pinyin field filter), the pane and
    /// `xunshi stats --query` count the same documents.
    @Test func statisticsAgreeUnderAQuery() throws {
        let (documents, _) = CorpusLoader.load(paths: [TestPaths.seeds.path])
        let (app, _) = makeApp(rows: 40, cols: 120, documents: documents)
        app.computeSynchronously()
        press(app, .character("/"))
        type(app, "prov:jl xsxc")
        press(app, .enter, .character("s"))
        let shown = try #require(app.state.statsModel?.statistics)
        #expect(shown.documentCount == 3)
        guard let data = try run(["stats", TestPaths.seeds.path, "--query", "prov:jl xsxc", "--json", "--terms", "0"]) else { return }
        let json = try JSONDecoder().decode(CorpusStatistics.self, from: data)
        #expect(json.documentCount == shown.documentCount)
        #expect(json.provinces == shown.provinces && json.years == shown.years && json.kinds == shown.kinds)
        expectSameFigures(json.figures, shown.figures)
    }
}
