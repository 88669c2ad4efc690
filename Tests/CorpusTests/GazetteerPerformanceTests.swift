import Corpus
import Foundation
import Testing

@Suite struct GazetteerPerformanceTests {
    /// Enrich must stay cheap: the loader calls it on up to 100,000 documents.
    /// The budget here is loose (debug builds, shared machine); the report states release timings.
    @Test func enrichIsFast() throws {
        let seed = try #require(SeedTable.seeds.first { $0.file.hasPrefix("002") })
        let template = try SeedTable.crudeDocument(for: seed)
        _ = { var warm = template; Extraction.enrich(&warm) }()
        let rounds = 20
        let start = Date()
        for _ in 0..<rounds {
            var document = template
            Extraction.enrich(&document)
            #expect(!document.figures.isEmpty)
        }
        let perDocument = Date().timeIntervalSince(start) / Double(rounds)
        let kilobytes = Double(template.text.utf8.count) / 1024
        print("enrich: \(perDocument * 1000) ms per document of \(kilobytes) KB")
        #expect(perDocument < 0.2)
    }
}
