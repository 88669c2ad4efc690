import ArgumentParser
import Corpus
import Foundation

/// `xunshi stats` — counts, timeline, figures, top terms and policies of the (selected) corpus.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count documents by province, year, kind and level; timeline, figures, top terms, policies.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only documents matching this search query.")
    var query: String?

    @Option(help: "How many top terms to list (0 skips word segmentation, the costly part).")
    var terms: Int = 30

    @Flag(help: "Print JSON (keys documented in docs/usage.md).")
    var json = false

    func run() throws {
        let documents = try corpus.loadDocuments(query: query)
        // Fold Traditional into Simplified as the statistics pane does, so both print the same terms.
        let cache = SegmentationCache(fold: { HanConversion.simplified($0) })
        let stats = Statistics.compute(documents, terms: terms > 0 ? cache : nil, termLimit: terms)
        let ascii = Bars.prefersASCII(environment: ProcessInfo.processInfo.environment)
        if json {
            Output.jsonLine(Output.escapeJSON(try StatisticsJSON.string(stats)))
        } else {
            Output.text(StatsText.render(stats, ascii: ascii))
        }
    }
}
