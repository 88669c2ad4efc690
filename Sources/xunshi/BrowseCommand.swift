import ArgumentParser
import Browser
import Corpus
import Curses
import Foundation

/// `xunshi` / `xunshi browse` — the interactive browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse the corpus interactively (the default when no subcommand is given)."
    )
    @OptionGroup var corpus: CorpusOptions
    @Flag(name: .customLong("no-color"), help: "Use no colours (bold, reverse and underline only); also set by NO_COLOR.")
    var noColor = false
    @Flag(name: .customLong("ambiguous-wide"), help: "Treat East-Asian ambiguous-width characters (“ ” — …) as two columns.")
    var ambiguousWide = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if let refusal = InteractiveCheck.refusal(stdoutIsTerminal: isatty(STDOUT_FILENO) == 1, environment: environment) {
            Output.error(refusal)
            throw ExitCode(2)
        }
        let paths = try corpus.resolvedPaths()
        let noColor = self.noColor || !(environment["NO_COLOR"] ?? "").isEmpty
        let terminal = try NCursesTerminal(noColor: noColor, ambiguousWidth: ambiguousWide ? .wide : .narrow)
        defer { terminal.shutdown() }
        let selector = IndexSelector()
        let app = BrowserApp(terminal: terminal, state: AppState(selector: selector), stateFile: StateFile.standard(environment: environment))
        let cache = corpus.snapshotCache()
        let handoff = selector.handoff
        /// Stores an index image beside the corpus snapshot `id`.
        @Sendable func storing(under id: UInt64, in cache: SnapshotCache) -> @Sendable (SearchIndex.Image) -> Void {
            { image in IndexSnapshot.write(image, paths: paths, cache: cache, corpusID: id) }
        }
        app.run { inbox in
            let started = Date()
            // The browser shows the result as soon as it is loaded; a snapshot is written after.
            var fromSnapshot = false
            let loaded = corpus.loadNamed(paths, onCorpusID: { stored in
                // The batches begin with the corpus snapshot's documents: take its index too,
                // or, when they are all the documents, store the one the browser builds.
                guard let cache else { return }
                let index = stored.index()
                if let index { handoff.offer(index) }
                // Files added after the rest: the browser adds them to the stored index and
                // stores the result beside the new snapshot (below); so too when the loader
                // made the stored index fit files changed, gone or added between others.
                guard stored.complete else { return }
                fromSnapshot = true
                if index == nil { handoff.storeWhenComplete(count: stored.documents, storing(under: stored.id, in: cache)) }
            }, onBatch: { batch, progress in
                inbox.push(batch, status: LoadStatus(filesDone: progress.filesDone, filesTotal: progress.filesTotal,
                                                     documents: progress.documents, seconds: progress.seconds))
            }, onLoaded: { _, report in
                inbox.finish(report: report, seconds: Date().timeIntervalSince(started))
            })
            // A load that parsed files wrote a new corpus snapshot; when the batches came in its
            // order, the index the browser built from them is stored beside it.
            if let cache, !fromSnapshot, let id = loaded.deliveredID {
                handoff.storeWhenComplete(count: loaded.documents.count, evenIfOffered: true, storing(under: id, in: cache))
            } else {
                handoff.noMoreStores()
            }
        }
    }
}
