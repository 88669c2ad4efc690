import ArgumentParser
import Corpus

extension CorpusOptions {
    /// Loads the corpus and keeps the documents matching `query` (all when `nil` or empty),
    /// in load order — selected by the same ``SearchIndex`` the browser uses, so `stats` and
    /// `compare` count exactly what the panes count for that query.
    ///
    /// Reports skipped files on standard error.
    /// - Throws: `ExitCode(2)` after a one-line message when the query is malformed.
    func loadDocuments(query: String?) throws -> [Document] {
        let parsed = try query.flatMap { $0.isEmpty ? nil : try parseQuery($0) }
        let paths = try resolvedPaths()
        guard let parsed else {
            let (documents, report) = Output.load(paths, with: self)
            Self.reportSkipped(report)
            return documents
        }
        let (documents, report, index) = Output.loadIndexed(paths, with: self)
        Self.reportSkipped(report)
        return index.matches(parsed).map { documents[$0] }
    }

    private static func reportSkipped(_ report: LoadReport) {
        if report.skippedCount > 0 {
            Output.error("xunshi: \(report.skippedCount) files skipped (see xunshi check)")
        }
    }
}

/// `text` parsed as a query; a malformed one is a one-line message and exit status 2.
func parseQuery(_ text: String) throws -> Query {
    do {
        return try Query.parse(text)
    } catch let error as QueryError {
        Output.error("xunshi: \(error.description)")
        throw ExitCode(2)
    }
}
