import Foundation

extension SearchIndex {
    /// The index keys whose postings contain every document holding `units`: the
    /// unigram for one unit, else every bigram. `nil` for an empty term.
    func keys(_ units: [UInt16]) -> [UInt32]? {
        guard let first = units.first else { return nil }
        if units.count == 1 { return [PostingTable.key(first)] }
        return (1..<units.count).map { PostingTable.key(units[$0 - 1], units[$0]) }
    }

    /// Documents (within `candidates`, when given) matching `term` literally in text or
    /// title, or by pinyin.
    ///
    /// `hints` are the matches of a term this one extends (from the previous keystroke):
    /// an occurrence of the longer term starts at or after the shorter one's first
    /// occurrence, and where the shorter one had none in the text the longer has none.
    func evaluate(_ term: CompiledTerm, within candidates: [UInt32]?, hints: TermMatches? = nil) -> TermMatches {
        let text = literal(term.units, table: body, texts: texts, within: candidates, hints: hints)
        let title = literal(term.units, table: titles, texts: titleTexts, within: candidates, hints: nil)
        var merged = TermMatches()
        merged.reserve(text.docs.count + title.docs.count)
        var i = 0, j = 0
        while i < text.docs.count || j < title.docs.count {
            let x = i < text.docs.count ? text.docs[i] : .max, y = j < title.docs.count ? title.docs[j] : .max
            merged.append(min(x, y), x <= y ? text.frequency[i] : 0, y <= x, x <= y ? text.first[i] : -1, 0)
            if x <= y { i += 1 }
            if y <= x { j += 1 }
        }
        guard let letters = term.pinyin, let matcher = PinyinMatcher(letters) else { return merged }
        // Pinyin: scan the candidates the literal pass did not fully settle, on all cores.
        let scan = candidates ?? Array(0..<UInt32(count))
        let pieces = pinyin.withView { view in
            ParallelScan.map(scan.count) { range in
                var result = TermMatches()
                var k = 0, cursor = 0
                for doc in scan[range] {
                    while k < merged.docs.count && merged.docs[k] < doc { k += 1 }
                    let literalHit = k < merged.docs.count && merged.docs[k] == doc
                    var inTitle = literalHit && merged.inTitle[k]
                    var frequency = literalHit ? merged.frequency[k] : 0
                    let textStart: Int32 = literalHit ? merged.textStart[k] : -1
                    var pinyinStart: Int32 = 0
                    if !inTitle {
                        inTitle = titleTexts[Int(doc)].withUnsafeBufferPointer { matcher.first(in: $0, view: view) != nil }
                    }
                    if frequency == 0 {
                        let from = hints?.hint(doc, cursor: &cursor).pinyin ?? 0
                        if from >= 0, let first = texts[Int(doc)].withUnsafeBufferPointer({
                            matcher.first(in: $0, view: view, from: Int(from))
                        }) {
                            frequency = 1
                            pinyinStart = Int32(first.lowerBound)
                        } else {
                            pinyinStart = -1
                        }
                    }
                    if inTitle || frequency > 0 { result.append(doc, frequency, inTitle, textStart, pinyinStart) }
                }
                return result
            }
        }
        guard pieces.count > 1 else { return pieces[0] }
        var result = TermMatches()
        for piece in pieces { result.append(contentsOf: piece) }
        return result
    }

    /// Documents whose folded `texts` contain `units`, from the postings of `table`,
    /// verified against the text when the term is longer than two units, with the first
    /// occurrence's offset when verified (0 otherwise).
    private func literal(_ units: [UInt16], table: PostingTable, texts: [[UInt16]], within candidates: [UInt32]?,
                         hints: TermMatches?) -> (docs: [UInt32], frequency: [UInt8], first: [Int32]) {
        guard let keys = keys(units) else { return ([], [], []) }
        var lists: [Int] = []
        for key in keys {
            guard let l = table.list(key) else { return ([], [], []) }
            lists.append(l)
        }
        lists.sort { table.documentCounts[$0] < table.documentCounts[$1] }
        var (docs, frequency) = table.decode(lists[0])
        if let candidates {
            let pairs = DocSet.intersect(candidates, docs)
            docs = pairs.map { docs[$0.1] }
            frequency = pairs.map { frequency[$0.1] }
        }
        for l in lists.dropFirst() where !docs.isEmpty {
            let (other, otherFrequency) = table.decode(l)
            let pairs = DocSet.intersect(docs, other)
            docs = pairs.map { docs[$0.0] }
            frequency = pairs.map { min(frequency[$0.0], otherFrequency[$0.1]) }
        }
        guard units.count > 2 else { return (docs, frequency, [Int32](repeating: 0, count: docs.count)) }
        // Anchor the scan on the pattern's rarest unit.
        let anchor = units.indices.min { a, b in
            let da = table.list(PostingTable.key(units[a])).map { table.documentCounts[$0] } ?? 0
            let db = table.list(PostingTable.key(units[b])).map { table.documentCounts[$0] } ?? 0
            return da < db
        } ?? 0
        let pieces = ParallelScan.map(docs.count) { range in
            var verified: ([UInt32], [UInt8], [Int32]) = ([], [], [])
            var cursor = 0
            for i in range {
                let doc = docs[i]
                let from = hints?.hint(doc, cursor: &cursor).text ?? 0
                guard from >= 0, let at = UnitSearch.first(units, in: texts[Int(doc)], from: Int(from), anchor: anchor) else { continue }
                verified.0.append(doc)
                verified.1.append(frequency[i])
                verified.2.append(Int32(at))
            }
            return verified
        }
        guard pieces.count > 1 else { return pieces[0] }
        return (pieces.flatMap(\.0), pieces.flatMap(\.1), pieces.flatMap(\.2))
    }
}

/// Finding folded units in folded text, on raw buffers (no String APIs).
///
/// Scans for an *anchor* unit of the pattern (ideally its rarest) 16 units at a time
/// with SIMD compares, and checks the whole pattern only where the anchor occurs.
enum UnitSearch {
    /// The unit offset of the first occurrence of `pattern` in `text` at or after `start`.
    static func first(_ pattern: [UInt16], in text: [UInt16], from start: Int = 0, anchor: Int = 0) -> Int? {
        guard !pattern.isEmpty, text.count - start >= pattern.count else { return nil }
        return text.withUnsafeBufferPointer { hay in
            pattern.withUnsafeBufferPointer { needle in first(needle, in: hay, from: start, anchor: anchor) }
        }
    }

    static func first(_ needle: UnsafeBufferPointer<UInt16>, in hay: UnsafeBufferPointer<UInt16>, from start: Int, anchor k: Int) -> Int? {
        guard let base = hay.baseAddress, needle.count > 0, hay.count - start >= needle.count else { return nil }
        let a = needle[k]
        @inline(__always) func matches(_ p: Int) -> Bool {
            var j = 0
            while j < needle.count {
                if base[p + j] != needle[j] { return false }
                j += 1
            }
            return true
        }
        // Anchor positions run from start + k to lastAnchor.
        let lastAnchor = hay.count - needle.count + k
        var i = start + k
        let splat = SIMD16<UInt16>(repeating: a)
        let raw = UnsafeRawPointer(base)
        while i + 16 <= lastAnchor + 1 {
            let v = raw.loadUnaligned(fromByteOffset: i &* 2, as: SIMD16<UInt16>.self)
            let m = v .== splat
            if any(m) {
                for lane in 0..<16 where m[lane] && matches(i + lane - k) { return i + lane - k }
            }
            i += 16
        }
        while i <= lastAnchor {
            if base[i] == a && matches(i - k) { return i - k }
            i += 1
        }
        return nil
    }

    /// Every non-overlapping occurrence of `pattern` in `text`, as unit ranges.
    static func all(_ pattern: [UInt16], in text: [UInt16]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = 0
        while let i = first(pattern, in: text, from: start) {
            found.append(i..<(i + pattern.count))
            start = i + pattern.count
        }
        return found
    }
}
