import ArgumentParser
import Corpus
import Foundation

/// `xunshi bench [PATH…] [--queries Q…]` — load, index and per-keystroke search timings,
/// with `rg -c` over the same files as the yardstick.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure load + index time, peak memory and per-keystroke search latency (compared with rg -c).")

    @OptionGroup var corpus: CorpusOptions
    @Option(parsing: .upToNextOption, help: "Queries to time instead of the built-in set.")
    var queries: [String] = []
    @Option(help: "How many times each query is typed.")
    var repeats = 20
    @Flag(help: "Skip the rg comparison.")
    var noRg = false
    @Flag(help: "Also print each prefix's keystroke times (median, maximum and each in order, ms).")
    var perKeystroke = false

    func run() throws {
        let paths = try corpus.resolvedPaths()
        let files = BenchSupport.files(paths)
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        Output.line("corpus: \(files.count) files, \(BenchSupport.mb(bytes)) MB")

        let rg = noRg ? nil : BenchSupport.which("rg")
        var rgBaseline: Double?
        if let rg {
            rgBaseline = BenchSupport.warmMedian { _ = BenchSupport.run(rg, ["-c", "-F", "巡察"] + paths) }
            Output.line(String(format: "rg -c 巡察 (warm, median of 3): %8.3f s", rgBaseline!))
        }

        // As the browser does: the loader's workers deliver batches, one thread indexes them as they come.
        let pipeline = BenchPipeline()
        let start = DispatchTime.now().uptimeNanoseconds
        var loadTime = 0.0, loadedCount = 0
        var snapshotNote = "no snapshot (--no-cache)"
        var corpusID: UInt64?
        var indexRead: (start: Double, end: Double)?
        var renumbered: Double?
        if let cache = corpus.snapshotCache() {
            // Through the snapshot, as every command loads: a first run parses and writes it
            // (after the timing), a second run of the same binary reads it.
            let loaded = CorpusLoader.load(paths: paths, cache: cache, onCorpusID: { stored in
                                               if stored.complete { corpusID = stored.id }
                                               let began = DispatchTime.now().uptimeNanoseconds
                                               if let index = stored.index() {
                                                   pipeline.adopt(index)
                                                   // Files changed, went away or came between others: parsed
                                                   // documents added, every document renumbered.
                                                   if stored.isRevised {
                                                       renumbered = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
                                                   }
                                               }
                                               indexRead = stored.indexReadInterval
                                           }, onBatch: { batch, _ in pipeline.deliver(batch) },
                                           onLoaded: { documents, _ in
                                               loadTime = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                                               loadedCount = documents.count
                                           })
            let use = loaded.snapshot
            // A first load delivers its batches in the order of the snapshot it writes: the
            // index built from them is stored under that snapshot too.
            if corpusID == nil, use.deliveredInOrder { corpusID = use.writtenID }
            snapshotNote = "snapshot: \(use.reused) files read from it, \(use.parsed) parsed"
                + (use.rejected.map { " (not used: \($0))" } ?? "") + (use.written ? ", new snapshot written after timing" : "")
        } else {
            let loaded = CorpusLoader.load(paths: paths) { batch, _ in pipeline.deliver(batch) }
            loadTime = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            loadedCount = loaded.documents.count
        }
        let (index, documents, indexCPU, indexedAt, adoptedCount) = pipeline.finish()
        guard !documents.isEmpty else {
            Output.error("xunshi bench: no documents in \(paths.joined(separator: " ")): nothing to measure")
            throw ExitCode(1)
        }
        let adopted = adoptedCount != nil
        // As the browser does once loading ends (SearchIndex.warmUp); counted in the load.
        let warmUp = BenchSupport.time { index.warmUp() }
        // Until the corpus is loaded, indexed and warmed up (not counting a snapshot written after).
        let total = max(loadTime, Double(indexedAt - start) / 1e9) + warmUp
        precondition(documents.count == loadedCount, "every loaded document was indexed")
        let added = index.count - (adoptedCount ?? index.count)
        Output.line(snapshotNote + (adopted ? "; index read from its index snapshot" : "")
                    + (added > 0 ? ", \(added) documents added to it" : "")
                    + (renumbered != nil ? ", made to fit (parsed documents added, all renumbered)" : ""))
        Output.line(String(format: "load (all cores):           %8.3f s (%d documents)", loadTime, documents.count))
        Output.line(String(format: "index (one thread, meanwhile): %5.3f s CPU", indexCPU))
        if let indexRead, adopted {
            Output.line(String(format: "index snapshot read:        %8.3f s (from %.3f to %.3f s of the load, its own thread)",
                               indexRead.end - indexRead.start, indexRead.start, indexRead.end))
        }
        if let renumbered {
            Output.line(String(format: "index revised:              %8.3f s (waiting for its read, adding the parsed documents, renumbering)",
                               renumbered))
        }
        Output.line(String(format: "search warm-up:             %8.3f s (in load + index)", warmUp))
        // The warm-up started the pinyin classes on a thread of their own, as in the browser,
        // whose list is up meanwhile; keystrokes are timed once they are made.
        if let build = index.makeInitialsInBackground() {
            build.wait()
            Output.line(String(format: "pinyin classes:             %8.3f s, %.1f MB (made in the background after the load; not in load + index)",
                               build.seconds, Double(build.byteCount) / 1_048_576))
        }
        let step = SearchIndex.initialsPlacesPerStep
        Output.line("initials scan:              \(step) places per step (\([64: "AVX-512 VBMI", 32: "AVX2", 16: "SSE2"][step] ?? "no vector unit"))")
        Output.line(String(format: "load + index:               %8.3f s", total)
              + (rgBaseline.map { String(format: "  (%.1f× rg)", total / $0) } ?? ""))
        Output.line("index size:                 \(BenchSupport.mb(index.byteCount)) MB")
        Output.line("RSS when done:              \(BenchSupport.mb(BenchSupport.currentRSS())) MB")
        let rss = BenchSupport.peakRSS()
        Output.line("peak RSS:                   \(BenchSupport.mb(rss)) MB  (\(String(format: "%.2f", Double(rss) / Double(max(bytes, 1))))× corpus bytes)")
        if let corpusID, index.count > adoptedCount ?? 0 || renumbered != nil, let cache = corpus.snapshotCache() {
            // As the browser does after such a load: store the index for the next run.
            var stored = false
            let seconds = BenchSupport.time { stored = IndexSnapshot.write(index, paths: paths, cache: cache, corpusID: corpusID) }
            Output.line(String(format: "index snapshot written:     %8.3f s%@", seconds, stored ? "" : " (failed)"))
        }
        Output.line("")
        // Every query is timed first and `rg` runs after them all: keystrokes timed right
        // after an `rg` pass (a process of its own reading the corpus on both cores) were
        // 1.3–1.6× slower for the next 50 ms or so, the first repetition of each query.
        let set = queries.isEmpty ? BenchSupport.defaultQueries : queries.map { ($0, $0) }
        var rows: [(label: String, figures: String, literal: String?)] = []
        for (label, text) in set {
            rows.append(try bench(label: label, text: text, index: index, documents: documents))
        }
        Output.line("query                         hits   keystroke p50   p99  cpu p99  ranked p99 (ms)   fresh ranked (ms)   20 highlights (ms)   deleting p99 (ms)   rg -c (ms)")
        for row in rows {
            var rgTime = "-"
            if let rg, let literal = row.literal {
                rgTime = String(format: "%.0f", BenchSupport.warmMedian { _ = BenchSupport.run(rg, ["-c", "-F", literal] + paths) } * 1000)
            }
            Output.line(row.label.padding(toLength: 26, withPad: " ", startingAt: 0) + row.figures + String(format: "   %10@", rgTime))
        }
        // The peak above is the load's; the classes made after it and the searches' results
        // (the kept ones included) come on top.
        let whole = BenchSupport.peakRSS()
        Output.line("")
        Output.line("peak RSS, whole run:        \(BenchSupport.mb(whole)) MB  (\(String(format: "%.2f", Double(whole) / Double(max(bytes, 1))))× corpus bytes; "
                    + "with the pinyin classes and the searches above)")
    }

    /// Types `text` one character at a time, as the browser's prompt does: each prefix is
    /// parsed as a query being typed and matched without ranking (`SearchIndex.matches`,
    /// what the browser's list asks for); then the same again ranked (`search`).
    ///
    /// Returns the query's row of the table without the `rg` column, and the literal `rg`
    /// is timed with (a single non-ASCII term, no fields), if any.
    private func bench(label: String, text: String, index: SearchIndex,
                       documents: [Document]) throws -> (label: String, figures: String, literal: String?) {
        var keystrokes: [Double] = [], keystrokesCPU: [Double] = [], ranked: [Double] = [], deleting: [Double] = []
        var hits = 0
        let prefixes = (1...text.count).map { String(text.prefix($0)) }
        var byPrefix = [[Double]](repeating: [], count: prefixes.count)
        var faults = [[Int]](repeating: [], count: prefixes.count)
        for _ in 0..<repeats {
            // Each repetition types the query for the first time: not recalled from the last.
            index.forgetRecentSearches()
            _ = index.matches(Query())
            BenchSupport.evictCaches()
            for (k, prefix) in prefixes.enumerated() {
                guard let query = try? Query.parse(prefix, typing: true) else { continue }
                let faults0 = BenchSupport.minorFaults()
                let t = BenchSupport.times { hits = index.matches(query).count }
                faults[k].append(BenchSupport.minorFaults() - faults0)
                keystrokes.append(t.wall * 1000)
                keystrokesCPU.append(t.cpu * 1000)
                byPrefix[k].append(t.wall * 1000)
            }
            // Then deleted again, letter by letter, as Backspace in the prompt does.
            for prefix in prefixes.dropLast().reversed() {
                guard let query = try? Query.parse(prefix, typing: true) else { continue }
                deleting.append(BenchSupport.time { _ = index.matches(query) } * 1000)
            }
            index.forgetRecentSearches()
            _ = index.search(Query())
            for prefix in prefixes {
                guard let query = try? Query.parse(prefix, typing: true) else { continue }
                ranked.append(BenchSupport.time { _ = index.search(query) } * 1000)
            }
        }
        let full = try Query.parse(text)
        var fresh: [Double] = []
        var results: [SearchResult] = []
        for _ in 0..<max(3, repeats / 4) {
            fresh.append(BenchSupport.time { results = index.search(full, refine: false) } * 1000)
        }
        let highlight = BenchSupport.time {
            for r in results.prefix(20) { _ = index.highlights(full, in: documents[r.document]) }
        } * 1000
        let literal = full.fields.isEmpty && full.terms.count == 1 && !full.terms[0].text.allSatisfy(\.isASCII)
        if perKeystroke {
            for ((prefix, times), faults) in zip(zip(prefixes, byPrefix), faults) where !times.isEmpty {
                Output.line(String(format: "    %@  median %.2f  max %.2f ms  (page faults: first %d, then at most %d; in order: %@)", prefix,
                                   BenchSupport.percentile(times, 0.5), times.max()!, faults[0], faults.dropFirst().max() ?? 0,
                                   times.map { String(format: "%.1f", $0) }.joined(separator: " ")))
            }
        }
        let figures = String(format: "%7d   %11.2f %9.2f %9.2f %11.2f   %10.2f   %18.2f   %14@", hits,
                             BenchSupport.percentile(keystrokes, 0.5), BenchSupport.percentile(keystrokes, 0.99),
                             BenchSupport.percentile(keystrokesCPU, 0.99), BenchSupport.percentile(ranked, 0.99),
                             BenchSupport.percentile(fresh, 0.5), highlight,
                             deleting.isEmpty ? "-" : String(format: "%.2f", BenchSupport.percentile(deleting, 0.99)))
        return (label, figures, literal ? full.terms[0].text : nil)
    }
}
