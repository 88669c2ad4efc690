/// Documents matching one term, ascending, with what ranking needs per document.
struct TermMatches {
    var docs: [UInt32] = []
    /// Occurrences in the text (an estimate for terms longer than two units; 1 for pinyin).
    var frequency: [UInt8] = []
    /// Whether the term occurs in the title.
    var inTitle: [Bool] = []
    /// Where a literal occurrence may first be in the folded text: its offset when found
    /// by a scan, 0 when unknown, -1 when the text has none.
    var textStart: [Int32] = []
    /// The number of units of the term matched. For three or more, every ``textStart`` of 0
    /// or more is where the term first occurs in the text (its occurrences were verified).
    var termUnits = 0
    /// The same for pinyin matches (0 when not looked for).
    var pinyinStart: [Int32] = []
    /// For a term of pinyin initials (a scan of classes, see `PinyinMatcher+Classes.swift`):
    /// per document, the classes of the three units after its first match, the nearest in
    /// the low byte (0 past the text's end, and where nothing was read); empty for other terms.
    var pinyinAfter: [UInt32] = []
    /// The number of letters of the initials term ``pinyinAfter`` is for.
    var pinyinLetters = 0
    /// About how many documents hold a pinyin match taken from the postings, whose place
    /// was not looked for (their ``pinyinStart`` is only a lower bound, often 0).
    var pinyinUnplaced = 0

    /// The union of a term's text matches (ascending documents, their occurrence counts and
    /// first offsets) and title matches (ascending documents): a document only in the title
    /// list gets frequency 0 and text start -1. One pass into pre-sized buffers (this runs
    /// on every keystroke over up to every document).
    static func merging(text: (docs: [UInt32], frequency: [UInt8], first: [Int32]), title: [UInt32]) -> TermMatches {
        let capacity = text.docs.count + title.count
        var out = TermMatches()
        out.docs = [UInt32](repeating: 0, count: capacity)
        out.frequency = [UInt8](repeating: 0, count: capacity)
        out.inTitle = [Bool](repeating: false, count: capacity)
        out.textStart = [Int32](repeating: 0, count: capacity)
        var n = 0
        text.docs.withUnsafeBufferPointer { td in text.frequency.withUnsafeBufferPointer { tf in
        text.first.withUnsafeBufferPointer { tp in title.withUnsafeBufferPointer { hd in
        out.docs.withUnsafeMutableBufferPointer { docs in out.frequency.withUnsafeMutableBufferPointer { frequency in
        out.inTitle.withUnsafeMutableBufferPointer { inTitle in out.textStart.withUnsafeMutableBufferPointer { start in
            var i = 0, j = 0
            while i < td.count || j < hd.count {
                let x = i < td.count ? td[i] : .max, y = j < hd.count ? hd[j] : .max
                docs[n] = min(x, y)
                if x <= y {
                    frequency[n] = tf[i]
                    start[n] = tp[i]
                    i += 1
                } else {
                    start[n] = -1
                }
                if y <= x {
                    inTitle[n] = true
                    j += 1
                }
                n += 1
            }
        } } } } } } } }
        out.docs.removeLast(capacity - n)
        out.frequency.removeLast(capacity - n)
        out.inTitle.removeLast(capacity - n)
        out.textStart.removeLast(capacity - n)
        out.pinyinStart = [Int32](repeating: 0, count: n)
        return out
    }

    /// The documents flagged ``inTitle`` that are also in `candidates` (ascending; all
    /// documents when `nil`).
    func titled(within candidates: [UInt32]?) -> [UInt32] {
        var out: [UInt32] = []
        var j = 0
        for (i, doc) in docs.enumerated() where inTitle[i] {
            if let candidates {
                while j < candidates.count && candidates[j] < doc { j += 1 }
                guard j < candidates.count, candidates[j] == doc else { continue }
            }
            out.append(doc)
        }
        return out
    }

    /// The position in ``docs`` of the first document at or after `doc` (a cursor for
    /// ``hint(_:cursor:)`` that starts a scan in the middle of the documents).
    func cursor(at doc: UInt32) -> Int {
        var lo = 0, hi = docs.count
        while lo < hi { let m = (lo + hi) >> 1; if docs[m] < doc { lo = m + 1 } else { hi = m } }
        return lo
    }

    /// Calls `body` with raw views of the five arrays, for scan pieces that each write their
    /// own range (see ``closeUp(_:)``).
    mutating func withBuffers<R>(_ body: (Buffers) -> R) -> R {
        docs.withUnsafeMutableBufferPointer { d in frequency.withUnsafeMutableBufferPointer { f in
        inTitle.withUnsafeMutableBufferPointer { t in textStart.withUnsafeMutableBufferPointer { ts in
        pinyinStart.withUnsafeMutableBufferPointer { ps in pinyinAfter.withUnsafeMutableBufferPointer { pa in
            body(Buffers(docs: d, frequency: f, inTitle: t, textStart: ts, pinyinStart: ps, pinyinAfter: pa))
        } } } } } }
    }

    /// After pieces wrote `kept[w]` entries from the start of range `w` of ``ParallelScan``'s
    /// split of all entries: moves them together and drops the rest.
    mutating func closeUp(_ kept: [Int]) {
        let total = docs.count
        var n = 0
        for (w, k) in kept.enumerated() {
            let from = total * w / kept.count
            if from != n {
                for j in 0..<k {
                    docs[n + j] = docs[from + j]; frequency[n + j] = frequency[from + j]; inTitle[n + j] = inTitle[from + j]
                    textStart[n + j] = textStart[from + j]; pinyinStart[n + j] = pinyinStart[from + j]
                    if !pinyinAfter.isEmpty { pinyinAfter[n + j] = pinyinAfter[from + j] }
                }
            }
            n += k
        }
        docs.removeLast(total - n); frequency.removeLast(total - n); inTitle.removeLast(total - n)
        textStart.removeLast(total - n); pinyinStart.removeLast(total - n)
        if !pinyinAfter.isEmpty { pinyinAfter.removeLast(total - n) }
    }

    /// Raw views of a ``TermMatches``' arrays (valid only inside ``withBuffers(_:)``).
    struct Buffers: @unchecked Sendable {
        let docs: UnsafeMutableBufferPointer<UInt32>
        let frequency: UnsafeMutableBufferPointer<UInt8>
        let inTitle: UnsafeMutableBufferPointer<Bool>
        let textStart: UnsafeMutableBufferPointer<Int32>
        let pinyinStart: UnsafeMutableBufferPointer<Int32>
        /// Empty unless ``TermMatches/pinyinAfter`` is kept.
        let pinyinAfter: UnsafeMutableBufferPointer<UInt32>

        @inline(__always)
        func set(_ i: Int, _ doc: UInt32, _ f: UInt8, _ title: Bool, _ text: Int32, _ pinyin: Int32, after: UInt32 = 0) {
            docs[i] = doc; frequency[i] = f; inTitle[i] = title; textStart[i] = text; pinyinStart[i] = pinyin
            if !pinyinAfter.isEmpty { pinyinAfter[i] = after }
        }
    }

    /// Walks `docs` forward (calls must come in ascending `doc` order) and returns the
    /// start hints for `doc`: `(0, 0)` when it is not listed.
    func hint(_ doc: UInt32, cursor: inout Int) -> (text: Int32, pinyin: Int32) {
        while cursor < docs.count && docs[cursor] < doc { cursor += 1 }
        guard cursor < docs.count, docs[cursor] == doc else { return (0, 0) }
        return (textStart[cursor], pinyinStart[cursor])
    }

    /// ``hint(_:cursor:)``'s pinyin start with ``pinyinAfter``'s entry (0 when none).
    func pinyinHint(_ doc: UInt32, cursor: inout Int) -> (start: Int32, after: UInt32) {
        let start = hint(doc, cursor: &cursor).pinyin
        guard !pinyinAfter.isEmpty, cursor < docs.count, docs[cursor] == doc else { return (start, 0) }
        return (start, pinyinAfter[cursor])
    }
}

/// Sorted-array set operations on document ids.
enum DocSet {
    /// Elements of `a` not in `b`.
    static func subtract(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var j = 0
        for x in a {
            while j < b.count && b[j] < x { j += 1 }
            if j == b.count || b[j] != x { out.append(x) }
        }
        return out
    }
}
