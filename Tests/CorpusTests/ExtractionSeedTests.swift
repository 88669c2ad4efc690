import Corpus
import Testing
import XunshiTestSupport

/// The five seeds through the real loader (decode, parse, clean, enrich) against the table.
@Suite struct ExtractionSeedTests {
    static let loaded = CorpusLoader.load(paths: [TestPaths.seeds.path]).documents

    @Test(arguments: SeedTable.seeds.map(\.file))
    func seedMatchesTable(file: String) throws {
        let seed = try #require(SeedTable.seeds.first { $0.file == file })
        let stem = String(file.dropLast(4))
        let document = try #require(Self.loaded.first { $0.id == stem }, "seed \(stem) not loaded")
        #expect(document.title == seed.title)
        #expect(document.source == seed.source)
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
