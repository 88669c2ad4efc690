import Corpus
import Testing

@Suite struct FacetCountTests {
    let stats = Statistics.compute(Fixtures.seeds)

    @Test func provincesSortedByCountThenLabel() {
        #expect(stats.documentCount == 5)
        #expect(stats.provinces == [
            LabelCount(label: "吉林", count: 3), LabelCount(label: "四川", count: 1),
            LabelCount(label: "新疆", count: 1),
        ])
    }

    @Test func years() {
        #expect(stats.years == [
            LabelCount(label: "2021", count: 2), LabelCount(label: "2022", count: 2),
            LabelCount(label: "2024", count: 1),
        ])
    }

    @Test func kindsCountEachDocumentOncePerKindAndNoneForMissing() {
        #expect(stats.kinds == [
            LabelCount(label: "巡察", count: 4), LabelCount(label: "巡视", count: 2),
            LabelCount(label: Statistics.noneLabel, count: 1),
        ])
        #expect(stats.levels == [LabelCount(label: "省", count: 3), LabelCount(label: "县", count: 2)])
    }

    @Test func missingProvinceAndDateCountUnderNone() {
        var doc = Fixtures.jilin2021Nov
        doc.places = Places()
        doc.date = nil
        let counts = Statistics.compute([doc, Fixtures.jilin2021Dec])
        #expect(counts.provinces.contains(LabelCount(label: "(none)", count: 1)))
        #expect(counts.years.contains(LabelCount(label: "(none)", count: 1)))
        #expect(counts.timeline.undated == 1)
    }

    @Test func policiesCountCitingDocuments() {
        #expect(stats.policies == [
            LabelCount(label: "关于建立巡视巡察监督与其他监督贯通融合“1+X”工作机制的意见", count: 2),
            LabelCount(label: "关于加强对“一把手”和领导班子监督的若干措施", count: 1),
        ])
    }

    @Test func termsAreOnlyComputedWhenAskedFor() {
        #expect(stats.terms == nil)
        let withTerms = Statistics.compute(Fixtures.seeds, terms: SegmentationCache(), termLimit: 5)
        #expect(withTerms.terms?.count == 5)
    }
}

@Suite struct TimelineTests {
    @Test func monthlyWithEmptyMonths() {
        let timeline = Timeline.compute(Fixtures.seeds)
        #expect(timeline.granularity == .month)
        // 2021-11 … 2024-04 inclusive.
        #expect(timeline.buckets.count == 30)
        #expect(timeline.buckets.first == LabelCount(label: "2021-11", count: 1))
        #expect(timeline.buckets[1] == LabelCount(label: "2021-12", count: 1))
        #expect(timeline.buckets[2] == LabelCount(label: "2022-01", count: 0))
        #expect(timeline.buckets[3] == LabelCount(label: "2022-02", count: 1))
        #expect(timeline.buckets.last == LabelCount(label: "2024-04", count: 1))
        #expect(timeline.buckets.map(\.count).reduce(0, +) == 5)
        #expect(timeline.undated == 0)
    }

    @Test func yearlyWhenSpanIsLong() {
        var old = Fixtures.jilin2021Nov
        old.date = "2015-03-01"
        let timeline = Timeline.compute(Fixtures.seeds + [old])
        #expect(timeline.granularity == .year)
        #expect(timeline.buckets.map(\.label) == ["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022",
                                                  "2023", "2024"])
        #expect(timeline.buckets.map(\.count) == [1, 0, 0, 0, 0, 0, 2, 2, 0, 1])
    }

    @Test func nothingDated() {
        var doc = Fixtures.jilin2021Nov
        doc.date = "sometime"
        let timeline = Timeline.compute([doc])
        #expect(timeline.buckets.isEmpty)
        #expect(timeline.undated == 1)
    }
}
