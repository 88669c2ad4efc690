/// Where a pinyin match can start at the earliest, from the index.
///
/// A match of two characters or more begins with a bigram of some path's first two edges
/// (`jijianj`: 纪检 … for `ji jian j`, 积极 … for `ji ji an j`), so it cannot start before
/// the first occurrence of whichever of those bigrams comes first in the text. For the
/// commonest bigrams the index keeps that occurrence, coarsely (``PostingTable``'s position
/// columns). A keystroke after one answered from the postings (`jijianj` after `jijian`,
/// whose matches of two characters are bigrams: where they lie was not looked for) scanned
/// each text from its start to its first match: at 100,000 documents about 90,000 texts,
/// 22–27 ms. From these bounds the scan starts at about the first 纪检.
extension PinyinLattice {
    /// Per document of `table` (`documents` of them), a lower bound on the unit offset of
    /// any match in its text, in steps of ``PostingTable/positionGrain`` (0–255; 255 also
    /// where no match is possible); `nil` when it would say nothing: some path is one
    /// character long (a unigram, whose place is not kept), no bigram looked up has a
    /// position column, or looking them up would cost too much.
    ///
    /// Per pair of a path's first two edges: a match through them starts at a bigram of
    /// their characters, and, when the path goes on, is followed one unit later by a bigram
    /// of the second edge's characters and a third edge's. The bound of the pair is the later
    /// of the two first occurrences (each the least over the bigrams the document holds, 0
    /// for one without a column); the document's bound is the least over the pairs. Both
    /// bigrams count: for `jijianj`, `ji ji an j` starts at 积极 (in 40 % of the documents,
    /// often early) but needs a `ji an` bigram after it, which few documents hold, so the
    /// bound is where `ji jian j` can start, the first 纪检.
    func firstPositions(in table: PostingTable, documents: Int) -> [UInt8]? {
        guard canMatch, documents > 0, !edges.contains(where: { $0.from == 0 && $0.to == length }) else { return nil }
        var budget = Self.totalLookups
        // The bigram keys of edge `a`'s characters then those of any edge after it.
        func keys(_ a: Edge, after: [Edge]) -> [UInt32]? {
            var keys: [UInt32] = []
            for b in after {
                let cost = a.units.count * b.units.count
                guard cost <= Self.pairLookups, cost <= budget else { return nil }
                budget -= cost
                for x in a.units { for y in b.units { keys.append(PostingTable.key(x, y)) } }
            }
            return keys
        }
        // Per pair of first edges, the keys of its first bigram and those of the bigram
        // after it (`nil` at the end of the path).
        var pairs: [(first: [UInt32], next: Int?)] = []
        var nextKeys: [Int: Int] = [:], nextSets: [[UInt32]] = []
        for first in edges where first.from == 0 {
            for (s, second) in edges.enumerated() where second.from == first.to {
                guard let firstKeys = keys(first, after: [second]) else { return nil }
                var next: Int?
                if second.to < length {
                    if let known = nextKeys[s] {
                        next = known
                    } else {
                        guard let k = keys(second, after: edges.filter { $0.from == second.to }) else { return nil }
                        nextKeys[s] = nextSets.count
                        next = nextSets.count
                        nextSets.append(k)
                    }
                }
                pairs.append((firstKeys, next))
            }
        }
        var postings = 0, columns = 0
        // The least first position over `keys` per document, 255 where none occurs.
        func least(_ keys: [UInt32]) -> [UInt8]? {
            var lists: [Int] = []
            for key in keys {
                guard let l = table.list(key) else { continue }
                postings += table.bitmaps[l] ? documents / 8 : Int(table.documentCounts[l])
                if postings > 16 * documents { return nil }
                lists.append(l)
            }
            var bounds = [UInt8](repeating: 255, count: documents)
            bounds.withUnsafeMutableBufferPointer { bounds in
                for l in lists {
                    guard let column = table.positionColumn(of: l) else {
                        table.forEachDocument(of: l, below: documents) { bounds[$0] = 0 }
                        continue
                    }
                    columns += 1
                    column.withUnsafeBufferPointer { column in
                        table.forEachDocument(of: l, below: documents) { d in
                            let at = d < column.count ? column[d] : 0
                            if at < bounds[d] { bounds[d] = at }
                        }
                    }
                }
            }
            return bounds
        }
        var nexts: [[UInt8]] = []
        for keys in nextSets {
            guard let bounds = least(keys) else { return nil }
            nexts.append(bounds)
        }
        var out = [UInt8](repeating: 255, count: documents)
        for pair in pairs {
            guard let firsts = least(pair.first) else { return nil }
            if let n = pair.next {
                // The next bigram one unit after the match's start: its step less one.
                for d in 0..<documents { out[d] = min(out[d], max(firsts[d], nexts[n][d] == 0 ? 0 : nexts[n][d] - 1)) }
            } else {
                for d in 0..<documents { out[d] = min(out[d], firsts[d]) }
            }
        }
        return columns > 0 ? out : nil
    }
}

extension PostingTable {
    /// Calls `body` with each document of list `l` below `limit`, ascending.
    @inline(__always)
    func forEachDocument(of l: Int, below limit: Int, _ body: (Int) -> Void) {
        streams[l].withUnsafeBufferPointer { bytes in
            if bitmaps[l] {
                for i in 0..<min(bytes.count, (limit + 7) / 8) where bytes[i] != 0 {
                    var bits = bytes[i]
                    while bits != 0 {
                        let d = i << 3 | bits.trailingZeroBitCount
                        if d < limit { body(d) }
                        bits &= bits - 1
                    }
                }
                return
            }
            var i = 0
            var cur: UInt32 = 0
            while i < bytes.count {
                let d = Int(Self.nextPosting(bytes, &i, &cur).doc)
                guard d < limit else { return }
                body(d)
            }
        }
    }
}
