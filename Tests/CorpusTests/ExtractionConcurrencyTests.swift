import Corpus
import Testing
import XunshiTestSupport

@Suite struct ExtractionConcurrencyTests {
    /// `enrich` is pure and its tables are shared: running it on many tasks at once gives the
    /// same documents as running it alone.
    @Test func concurrentEnrichMatchesSequential() async throws {
        // The loaded seeds, stripped of what enrich adds, so enrich starts from the loader's output.
        let documents = CorpusLoader.load(paths: [TestPaths.seeds.path]).documents.map {
            Document(id: $0.id, path: $0.path, title: $0.title, date: $0.date, source: $0.source,
                     editor: $0.editor, paragraphs: $0.paragraphs)
        }
        try #require(documents.count == SeedTable.seeds.count)
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
