import ArgumentParser
import Corpus
import Foundation

/// Where the corpus comes from; shared by every subcommand through `@OptionGroup`.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Corpus files or directories (default: $XUNSHI_CORPUS, else ./seeds).")
    var paths: [String] = []

    @Flag(name: .customLong("no-cache"),
          help: "Parse every file; neither read nor write the corpus snapshot (also: XUNSHI_NO_CACHE=1).")
    var noCache = false

    /// Where snapshots are kept, or `nil` when they are off (`--no-cache`, `XUNSHI_NO_CACHE`
    /// set and not `0`, or no cache directory can be told).
    func snapshotCache(environment: [String: String] = ProcessInfo.processInfo.environment) -> SnapshotCache? {
        if noCache { return nil }
        if let off = environment["XUNSHI_NO_CACHE"], !off.isEmpty, off != "0" { return nil }
        return SnapshotCache.standard(environment: environment)
    }

    /// Loads `paths`, through the snapshot cache unless it is off.
    func load(_ paths: [String], onBatch: (@Sendable ([Document], LoadProgress) -> Void)? = nil,
              onLoaded: (([Document], LoadReport) -> Void)? = nil) -> (documents: [Document], report: LoadReport) {
        let result = loadNamed(paths, onBatch: onBatch, onLoaded: onLoaded)
        return (result.documents, result.report)
    }

    /// ``load(_:onBatch:onLoaded:)``, with the id of the corpus snapshot that holds the
    /// returned documents in their order: the one every document came from unchanged (see
    /// ``CorpusLoader/SnapshotUse/corpusID``), else the one written after the load (see
    /// ``CorpusLoader/SnapshotUse/writtenID``). An index of the documents is stored under it.
    /// `deliveredID` is the same for the documents in the order `onBatch` was given them.
    func loadNamed(_ paths: [String], onCorpusID: ((CorpusLoader.StoredCorpus) -> Void)? = nil,
                   onBatch: (@Sendable ([Document], LoadProgress) -> Void)? = nil,
                   onLoaded: (([Document], LoadReport) -> Void)? = nil)
        -> (documents: [Document], report: LoadReport, corpusID: UInt64?, deliveredID: UInt64?) {
        guard let cache = snapshotCache() else {
            let result = CorpusLoader.load(paths: paths, onBatch: onBatch)
            onLoaded?(result.documents, result.report)
            return (result.documents, result.report, nil, nil)
        }
        let result = CorpusLoader.load(paths: paths, cache: cache, onCorpusID: onCorpusID, onBatch: onBatch, onLoaded: onLoaded)
        let use = result.snapshot
        return (result.documents, result.report, use.corpusID ?? use.writtenID,
                use.corpusID ?? (use.deliveredInOrder ? use.writtenID : nil))
    }

    /// The search index of `documents` (loaded from `paths`): `stored` (the index snapshot of
    /// the corpus snapshot the documents begin with, see ``CorpusLoader/StoredCorpus/index()``)
    /// when there is one, with the documents after it added; else built. Stored for the next
    /// run under `corpusID` (the snapshot of all of `documents`) unless it was stored as it is
    /// (`stored` holds every document and was not `revised`, see
    /// ``CorpusLoader/StoredCorpus/isRevised``).
    func index(of documents: [Document], paths: [String], corpusID: UInt64?, stored: SearchIndex?,
               revised: Bool = false) -> SearchIndex {
        if let stored, stored.count == documents.count, !revised { return stored }
        let cache = corpusID == nil ? nil : snapshotCache()
        let index: SearchIndex
        if let stored, stored.count <= documents.count {
            index = stored
            if stored.count < documents.count { index.add(Array(documents[stored.count...])) }
        } else {
            index = SearchIndex()
            index.add(documents)
        }
        if let corpusID, let cache { IndexSnapshot.write(index, paths: paths, cache: cache, corpusID: corpusID) }
        return index
    }

    /// The paths to load: the arguments, else `$XUNSHI_CORPUS`, else `./seeds`.
    ///
    /// - Throws: `ExitCode(2)` after printing how to point xunshi at a corpus when none is found.
    func resolvedPaths(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        if !paths.isEmpty { return paths }
        if let env = environment["XUNSHI_CORPUS"], !env.isEmpty {
            return env.split(separator: ":").map(String.init)
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "seeds", isDirectory: &isDir), isDir.boolValue {
            return ["seeds"]
        }
        FileHandle.standardError.write(Data("""
            xunshi: no corpus given, $XUNSHI_CORPUS is not set, and there is no ./seeds directory.
            Point xunshi at a corpus:  xunshi PATH…   or   export XUNSHI_CORPUS=/path/to/corpus

            """.utf8))
        throw ExitCode(2)
    }
}
