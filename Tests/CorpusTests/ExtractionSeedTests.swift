import Corpus
import Testing

@Suite struct ExtractionSeedTests {
    @Test(arguments: SeedTable.seeds.map(\.file))
    func seedMatchesTable(file: String) throws {
        let seed = try #require(SeedTable.seeds.first { $0.file == file })
        var document = try SeedTable.crudeDocument(for: seed)
        Extraction.enrich(&document)
        #expect(document.date == seed.date)
        #expect(document.places.province == seed.province)
        #expect(document.places.city == seed.city)
        #expect(document.places.county == seed.county)
        #expect(document.script == seed.script)
        #expect(document.kinds == seed.kinds)
        #expect(document.level == seed.level)
        #expect(document.policies == seed.policies)
        for expected in seed.figures {
            let hit = document.figures.contains {
                $0.metric == expected.metric && $0.value == expected.value && $0.unit == expected.unit && $0.period == expected.period
            }
            #expect(hit, "missing figure \(expected)")
        }
        if seed.figureCount > 0 || seed.figures.isEmpty { #expect(document.figures.count == seed.figureCount) }
        #expect(!document.flags.contains("no-province"))
        #expect(!document.flags.contains("no-date"))
    }
}
