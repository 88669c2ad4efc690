import Corpus
import Foundation
import Testing

@Suite struct JSONTests {
    @Test func figureComparisonGolden() throws {
        let row = FigureComparison(metric: "立案", unit: "人", periodClass: .multiYear, valueA: 2917, valueB: 0,
                                   documentsA: 1, documentsB: 0, mixedPeriods: false)
        let golden = """
            {
              "documentsA" : 1,
              "documentsB" : 0,
              "metric" : "立案",
              "mixedPeriods" : false,
              "periodClass" : "multi-year",
              "ratio" : null,
              "unit" : "人",
              "valueA" : 2917,
              "valueB" : 0
            }
            """
        #expect(try StatisticsJSON.string(row) == golden)
    }

    @Test func timelineGolden() throws {
        let timeline = Timeline(granularity: .month, buckets: [LabelCount(label: "2021-11", count: 1)], undated: 0)
        let golden = """
            {
              "buckets" : [
                {
                  "count" : 1,
                  "label" : "2021-11"
                }
              ],
              "granularity" : "month",
              "undated" : 0
            }
            """
        #expect(try StatisticsJSON.string(timeline) == golden)
    }

    @Test func statisticsTopLevelKeysAndRoundTrip() throws {
        let stats = Statistics.compute(Fixtures.seeds)
        let data = try StatisticsJSON.encoder().encode(stats)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object.keys.sorted() == ["documentCount", "figures", "kinds", "levels", "policies", "provinces",
                                         "terms", "timeline", "years"])
        let figure = try #require((object["figures"] as? [[String: Any]])?.first)
        #expect(figure.keys.sorted() == ["approximate", "documentCount", "metric", "mixedPeriods", "periodClass",
                                         "periods", "statements", "total", "unit"])
        let statement = try #require((figure["statements"] as? [[String: Any]])?.first)
        #expect(statement.keys.sorted() == ["documentID", "documentIndex", "end", "period", "qualifier", "sentence",
                                            "start", "title", "value"])
        #expect(try JSONDecoder().decode(CorpusStatistics.self, from: data) == stats)
    }

    @Test func comparisonRoundTrip() throws {
        let comparison = Comparison.compute(in: Fixtures.seeds, a: try Selection.parse("吉林"),
                                            b: try Selection.parse("四川"))
        let data = try StatisticsJSON.encoder().encode(comparison)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object.keys.sorted() == ["a", "b", "distinctiveA", "distinctiveB", "figures"])
        let side = try #require(object["a"] as? [String: Any])
        #expect(side.keys.sorted() == ["documentCount", "documents", "firstDate", "kinds", "label", "lastDate",
                                       "levels", "provinces"])
        #expect(try JSONDecoder().decode(Comparison.self, from: data) == comparison)
    }
}
