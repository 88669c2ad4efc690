import ArgumentParser
import Corpus

/// `xunshi check` — the load report: what was read, how, and what was skipped and why.
///
/// Exits 0 even when files were skipped: skipping is reported, not an error.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Report how each corpus file was read (encoding, format, flags) or why it was skipped.")
    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print the report as JSON.") var json = false

    func run() throws {
        let (documents, report) = Output.load(try corpus.resolvedPaths(), with: corpus)
        let summary = CheckSummary(files: report.entries.count, loaded: report.loadedCount,
                                   skipped: report.skippedCount, documents: documents.count, entries: report.entries)
        if json {
            Output.jsonLine(try Output.json(summary))
            return
        }
        Output.lines(report.entries.lazy.map { entry in
            var columns = [entry.status.rawValue, entry.encoding ?? "-", entry.format ?? "-", entry.path]
            if let reason = entry.reason { columns.append(reason) }
            if !entry.flags.isEmpty { columns.append("[" + entry.flags.joined(separator: " ") + "]") }
            return columns.map(Output.safe).joined(separator: "\t")
        })
        Output.line("\(summary.files) files: \(summary.loaded) loaded, \(summary.skipped) skipped; \(summary.documents) documents")
    }
}

/// `xunshi check --json` output.
struct CheckSummary: Encodable {
    var files: Int, loaded: Int, skipped: Int, documents: Int
    var entries: [LoadReport.Entry]
}
