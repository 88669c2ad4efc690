import ArgumentParser
import Corpus
import Foundation

/// `xunshi compare A B` — two selections of the corpus side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two selections: counts, dates, figures side by side, distinctive terms.",
        discussion: """
            A and B are selections: a province (`吉林`, `province:吉林`), a year or range \
            (`year:2021`, `year:2020..2022`), a kind (`kind:巡察`) or a level (`level:省`); \
            join clauses with `,` and alternatives with `|` (`吉林|四川,year:2021`).
            """)

    @Argument(help: "Selection for side A (a bare word is a province).")
    var a: String

    @Argument(help: "Selection for side B.")
    var b: String

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only documents matching this search query (applied before the selections).")
    var query: String?

    @Option(help: "How many distinctive terms to list per side.")
    var terms: Int = 15

    @Flag(help: "Print JSON (keys documented in docs/usage.md).")
    var json = false

    func validate() throws {
        _ = try selections()
    }

    /// Both selections, parsed; a malformed one is a usage error.
    func selections() throws -> (Selection, Selection) {
        do {
            return (try Selection.parse(a), try Selection.parse(b))
        } catch let error as SelectionError {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let selections = try selections()
        let documents = try corpus.loadDocuments(query: query)
        let cache = SegmentationCache(fold: { HanConversion.simplified($0) })  // as the comparison pane
        let comparison = Comparison.compute(in: documents, a: selections.0, b: selections.1, terms: cache, termLimit: terms)
        let ascii = Bars.prefersASCII(environment: ProcessInfo.processInfo.environment)
        if json {
            Output.jsonLine(Output.escapeJSON(try StatisticsJSON.string(comparison)))
        } else {
            Output.text(CompareText.render(comparison, ascii: ascii))
        }
    }
}
