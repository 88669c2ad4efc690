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
        let (documents, report) = Output.load(try resolvedPaths(), with: self)
        if report.skippedCount > 0 {
            Output.error("xunshi: \(report.skippedCount) files skipped (see xunshi check)")
        }
        guard let parsed else { return documents }
        let index = SearchIndex()
        index.add(documents)
        return index.matches(parsed).map { documents[$0] }
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
