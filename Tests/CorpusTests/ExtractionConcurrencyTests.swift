import Corpus
import Testing

@Suite struct ExtractionConcurrencyTests {
    /// `enrich` is pure and its tables are shared: running it on many tasks at once gives the
    /// same documents as running it alone.
    @Test func concurrentEnrichMatchesSequential() async throws {
        let documents = try SeedTable.seeds.map { try SeedTable.crudeDocument(for: $0) }
        let sequential = documents.map { document -> Document in
            var copy = document
            Extraction.enrich(&copy)
            return copy
        }
        let concurrent = await withTaskGroup(of: (Int, Document).self) { group in
            for _ in 0..<4 {
                for (index, document) in documents.enumerated() {
                    group.addTask {
                        var copy = document
                        Extraction.enrich(&copy)
                        return (index, copy)
                    }
                }
            }
            var results: [(Int, Document)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(concurrent.count == documents.count * 4)
        for (index, document) in concurrent { #expect(document == sequential[index]) }
    }
}
