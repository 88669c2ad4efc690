import ArgumentParser
import Corpus
import Foundation

/// `xunshi search QUERY [PATH…] [--json]` — ranked matches with snippets and hit ranges.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the corpus: terms, \"phrases\", -exclusions, pinyin, and province:/year:/kind:/level:/source: filters.")

    @Argument(help: "The query, e.g. '巡察 year:2020..2022 -专项' or 'xsxc'.")
    var query: String
    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON (see SearchOutput for the fields).")
    var json = false
    @Option(help: "Print at most this many results (default: all).")
    var limit: Int?

    func run() throws {
        let parsed = try parseQuery(query)
        let (documents, _, index) = Output.loadIndexed(try corpus.resolvedPaths(), with: corpus)
        let results = index.search(parsed)
        let shown = results.prefix(limit ?? results.count).enumerated().map { rank, result in
            var row = SearchOutput.Result(result, documents[result.document], index.highlights(parsed, in: documents[result.document]))
            row.rank = rank + 1
            return row
        }
        if json {
            let output = SearchOutput(query: query, count: results.count, results: Array(shown))
            Output.jsonLine(try Output.json(output))
        } else {
            Output.line("\(results.count) result(s) for \(query)")
            Output.lines(shown.enumerated().lazy.flatMap { rank, r in
                [String(format: "%4d  %7.3f  ", rank + 1, r.score)
                    + Output.safe("\(r.id)  \(r.date ?? "----------")  \(SearchOutput.mark(r.title, r.titleHits))"),
                 "      " + Output.safe(SearchOutput.mark(r.snippet, r.snippetHits))]
            })
        }
    }
}

/// The JSON `xunshi search --json` prints. Ranges are `[start, end)` Unicode-scalar
/// offsets: `titleHits` into `title`, `textHits` into the document's text (paragraphs
/// joined by "\n"), `snippetHits` into `snippet`.
struct SearchOutput: Codable {
    struct Result: Codable {
        var rank: Int?
        var id: String
        var path: String
        var date: String?
        var score: Double
        var titleMatches: Int
        var title: String
        var titleHits: [[Int]]
        var textHits: [[Int]]
        var snippet: String
        var snippetHits: [[Int]]

        init(_ result: SearchResult, _ document: Document, _ highlights: Highlights) {
            id = document.id; path = document.path; date = document.date
            score = (result.score * 1000).rounded() / 1000
            titleMatches = result.titleMatches; title = document.title
            titleHits = highlights.titleHits.map { [$0.lowerBound, $0.upperBound] }
            textHits = highlights.textHits.map { [$0.lowerBound, $0.upperBound] }
            snippet = highlights.snippet
            snippetHits = highlights.snippetHits.map { [$0.lowerBound, $0.upperBound] }
        }
    }
    var query: String
    /// Number of matching documents (results may be cut by `--limit`).
    var count: Int
    var results: [Result]

    /// `text` with each hit wrapped in «».
    static func mark(_ text: String, _ hits: [[Int]]) -> String {
        var out = String.UnicodeScalarView()
        let starts = Set(hits.map { $0[0] }), ends = Set(hits.map { $0[1] })
        for (i, s) in text.unicodeScalars.enumerated() {
            if ends.contains(i) { out.append("»") }
            if starts.contains(i) { out.append("«") }
            out.append(s)
        }
        if ends.contains(text.unicodeScalars.count) { out.append("»") }
        return String(out)
    }
}
