import Foundation
import WordBreak

/// Per-document term counts, segmented with ICU on first request and kept.
///
/// Segmentation is the expensive part of the statistics, so it is lazy: only
/// documents asked for are segmented, each once. Entries are keyed by
/// `Document.id`; one cache belongs to one loaded store (a reloaded document
/// with the same id and different text needs a new cache). Terms are interned
/// to integers, and an entry is its (term, count) pairs in ascending term order
/// as LEB128 varints of the term's distance from the previous one and of the
/// count: about 3 bytes per distinct term (as an array of `(Int32, Int32)` it
/// was 8, and with a few hundred distinct terms per report, opening the
/// statistics of 100,000 documents held about 600 MB).
/// Thread-safe; segmentation itself runs outside the lock, in parallel.
///
/// Traditional and Simplified spellings of a word are different strings to
/// ICU; pass a `fold` (e.g. the search layer's Traditional→Simplified
/// normalisation) so 監督 and 监督 count as one term.
public final class SegmentationCache: @unchecked Sendable {
    private let lock = NSLock()
    private let fold: @Sendable (String) -> String
    private var vocabulary: [String] = []
    private var ids: [String: Int32] = [:]
    private var entries: [String: [UInt8]] = [:]
    /// (document, distinct term) pairs held.
    private var pairs = 0

    /// A cache counting words as `fold` rewrites them.
    ///
    /// - Parameter fold: Applied once per distinct word of a document before
    ///   the ``StopList``; identity by default.
    public init(fold: @escaping @Sendable (String) -> String = { $0 }) {
        self.fold = fold
    }

    /// Number of documents segmented so far.
    public var count: Int { lock.withLock { entries.count } }

    /// Number of (document, distinct term) pairs held, of distinct terms, and the bytes of the entries.
    public var footprint: (pairs: Int, vocabulary: Int, bytes: Int) {
        lock.withLock { (pairs, vocabulary.count, entries.values.reduce(0) { $0 + $1.count }) }
    }

    /// Term → occurrences for one document (its title, then its cleaned text): words
    /// folded, then filtered by the ``StopList``.
    static func segment(_ document: Document, with breaker: WordBreaker,
                        fold: (String) -> String) -> [String: Int] {
        let units = Array(document.title.utf16) + [0x0A] + document.textUTF16
        // Count UTF-16 slices first: a String is built once per distinct word, not per token.
        var raw: [ArraySlice<UInt16>: Int] = [:]
        for token in breaker.tokens(inUTF16: units) where token.range.count > 1 && StopList.isCandidate(token.kind) {
            raw[units[token.range], default: 0] += 1
        }
        var counts: [String: Int] = [:]
        for (slice, count) in raw {
            let folded = fold(String(decoding: slice, as: UTF16.self))
            if StopList.keeps(folded) { counts[folded, default: 0] += count }
        }
        return counts
    }

    /// Segments whichever of `documents` are not cached yet, on all cores.
    ///
    /// Blocks until done (about 5 MB of text per second per core): call it
    /// off the UI thread.
    public func prepare(_ documents: [Document]) {
        let missing = lock.withLock { documents.filter { entries[$0.id] == nil } }
        guard !missing.isEmpty else { return }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, missing.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            guard let breaker = WordBreaker() else { return }
            // Hand results over in small batches so only a few documents' word lists are alive at once.
            var local: [(String, [String: Int])] = []
            for index in stride(from: worker, to: missing.count, by: workers) {
                local.append((missing[index].id, Self.segment(missing[index], with: breaker, fold: fold)))
                if local.count == 64 {
                    lock.withLock { for (id, counts) in local { store(id: id, counts: counts) } }
                    local.removeAll(keepingCapacity: true)
                }
            }
            lock.withLock { for (id, counts) in local { store(id: id, counts: counts) } }
        }
    }

    /// Must be called with the lock held.
    private func store(id: String, counts: [String: Int]) {
        var terms: [(term: Int32, count: Int)] = []
        terms.reserveCapacity(counts.count)
        for (word, count) in counts {
            let term: Int32
            if let known = ids[word] { term = known } else {
                term = Int32(vocabulary.count); vocabulary.append(word); ids[word] = term
            }
            terms.append((term, count))
        }
        terms.sort { $0.term < $1.term }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(terms.count * 3)
        func put(_ value: Int) {
            var v = UInt(value)
            while v >= 0x80 { bytes.append(UInt8(truncatingIfNeeded: v) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }
        var previous: Int32 = -1
        for (term, count) in terms {
            put(Int(term - previous))
            put(count)
            previous = term
        }
        // Of exactly its size (the reserve was a guess).
        let entry = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, initialized in
            _ = out.initialize(fromContentsOf: bytes)
            initialized = bytes.count
        }
        if let old = entries.updateValue(entry, forKey: id) { pairs -= Self.pairs(in: old) }
        pairs += terms.count
    }

    /// Calls `body` with each (term, count) pair of an entry, in ascending term order.
    private static func forEach(_ entry: [UInt8], _ body: (Int32, Int) -> Void) {
        var i = 0, term: Int32 = -1
        func next() -> Int {
            var value = 0, shift = 0
            while i < entry.count {
                let b = entry[i]
                i += 1
                value |= Int(b & 0x7F) << shift
                if b < 0x80 { break }
                shift += 7
            }
            return value
        }
        while i < entry.count {
            term += Int32(next())
            body(term, next())
        }
    }

    private static func pairs(in entry: [UInt8]) -> Int {
        var n = 0
        forEach(entry) { _, _ in n += 1 }
        return n
    }

    /// Summed term occurrences and document frequencies over `documents` (segmenting as needed).
    ///
    /// - Returns: term → (occurrences, documents containing it).
    public func totals(_ documents: [Document]) -> [String: (count: Int, documents: Int)] {
        prepare(documents)
        return lock.withLock {
            var sums: [Int32: (count: Int, documents: Int)] = [:]
            for document in documents {
                guard let entry = entries[document.id] else { continue }
                Self.forEach(entry) { term, count in
                    let old = sums[term] ?? (0, 0)
                    sums[term] = (old.count + count, old.documents + 1)
                }
            }
            var result: [String: (count: Int, documents: Int)] = [:]
            result.reserveCapacity(sums.count)
            for (term, value) in sums { result[vocabulary[Int(term)]] = value }
            return result
        }
    }

    /// The most frequent terms of `documents`: count desc, then documents desc, then term.
    public func topTerms(_ documents: [Document], limit: Int) -> [TermCount] {
        let sorted = totals(documents).map { TermCount(term: $0.key, count: $0.value.count, documents: $0.value.documents) }
            .sorted { ($1.count, $1.documents, $0.term) < ($0.count, $0.documents, $1.term) }
        return Array(sorted.prefix(max(0, limit)))
    }
}
