/// Where a pinyin match can start at the earliest, from the index.
///
/// A match of two characters or more begins with a bigram of some path's first two edges
/// and, when the path goes on, has a bigram of its second character and the third one unit
/// later, so it cannot start before the first occurrence of such a pair of bigrams. For the
/// commonest bigrams the index keeps that occurrence, coarsely (``PostingTable``'s position
/// columns). A keystroke after one answered from the postings (`jijianj` after `jijian`,
/// whose matches of two characters are bigrams: where they lie was not looked for) scanned
/// each text from its start to its first match: at 100,000 documents about 94,000 texts,
/// 47 million units, 22 ms. From these bounds it starts at about the first 纪检监.
extension PinyinLattice {
    /// Per document of `table` (`documents` of them), a lower bound on the unit offset of
    /// any match in its text, in steps of ``PostingTable/positionGrain`` (0–255; 255 also
    /// where no match is possible); `nil` when it would say nothing: some path is one
    /// character long (a unigram, whose place is not kept), no bigram looked up has a
    /// position column, or looking them up would cost too much.
    ///
    /// Per pair of a path's first two edges and character `c` of the second: a match
    /// through them starts at a bigram `x c` (`x` of the first edge) and, when the path goes
    /// on, has a bigram `c y` (`y` of an edge after) one unit later. That bound is the later of
    /// the first `x c` and the first `c y` less one unit (each the least over the bigrams the
    /// document holds, 0 for one without a column); the document's is the least over all.
    /// Per character: for `xunshix`, 巡视 and 视巡 (the first 巡视巡) rather than the first
    /// 巡视 and the first of 视巡, 实行, 事项 …, which says little; and `ji ji an j`'s 积极
    /// (in 40 % of the documents, often early) counts only where an 极安-like bigram follows.
    func firstPositions(in table: PostingTable, documents: Int) -> [UInt8]? {
        guard canMatch, documents > 0, !edges.contains(where: { $0.from == 0 && $0.to == length }) else { return nil }
        var budget = Self.totalLookups, postings = 0, columns = 0
        // The lists of `keys` in the table, within the budgets; `nil` beyond them.
        func lists(_ keys: [UInt32]) -> [Int]? {
            guard keys.count <= budget else { return nil }
            budget -= keys.count
            var found: [Int] = []
            for key in keys {
                guard let l = table.list(key) else { continue }
                postings += table.bitmaps[l] ? documents / 8 : Int(table.documentCounts[l])
                found.append(l)
            }
            return postings > 16 * documents ? nil : found
        }
        var out = [UInt8](repeating: 255, count: documents)
        // The first `c y` per document for the current `c`: valid where `stamps` holds
        // `stamp` (no pass over every document per character).
        var after = [UInt8](repeating: 255, count: documents), stamps = [UInt32](repeating: 0, count: documents)
        var stamp: UInt32 = 0
        let ok = out.withUnsafeMutableBufferPointer { out in
            after.withUnsafeMutableBufferPointer { after in stamps.withUnsafeMutableBufferPointer { stamps -> Bool in
            for first in edges where first.from == 0 {
                for second in edges where second.from == first.to {
                    // The characters that can stand third (once each: edges from one node share many).
                    let next = second.to < length ? Array(Set(edges.lazy.filter { $0.from == second.to }.flatMap(\.units))) : nil
                    for c in second.units {
                        guard let starts = lists(first.units.map { PostingTable.key($0, c) }) else { return false }
                        guard !starts.isEmpty else { continue }
                        stamp += 1
                        if let next {
                            guard let follows = lists(next.map { PostingTable.key(c, $0) }) else { return false }
                            guard !follows.isEmpty else { continue }
                            for l in follows {
                                columns += least(of: l, in: table, documents: documents, into: after, stamps: stamps, stamp: stamp)
                            }
                        }
                        let hasNext = next != nil
                        for l in starts {
                            let column = table.positionColumn(of: l)
                            if column != nil { columns += 1 }
                            (column ?? []).withUnsafeBufferPointer { column in
                                table.forEachDocument(of: l, below: documents) { d in
                                    var at = d < column.count ? PostingTable.step(column[d]) : 0
                                    if hasNext {
                                        // The next bigram one unit after the start: its step, less one.
                                        let step = stamps[d] == stamp ? after[d] : 255
                                        if step > at { at = max(at, step - 1) }
                                    }
                                    if at < out[d] { out[d] = at }
                                }
                            }
                        }
                    }
                }
            }
            return true
        } } }
        return ok && columns > 0 ? out : nil
    }

    /// Lowers `bounds` to list `l`'s first positions for its documents (0 without a
    /// column), an entry whose `stamps` is not `stamp` counting as 255; 1 when the list
    /// has a column, else 0.
    private func least(of l: Int, in table: PostingTable, documents: Int, into bounds: UnsafeMutableBufferPointer<UInt8>,
                       stamps: UnsafeMutableBufferPointer<UInt32>, stamp: UInt32) -> Int {
        let column = table.positionColumn(of: l)
        (column ?? []).withUnsafeBufferPointer { column in
            table.forEachDocument(of: l, below: documents) { d in
                let at = d < column.count ? PostingTable.step(column[d]) : 0
                if stamps[d] != stamp || at < bounds[d] { bounds[d] = at }
                stamps[d] = stamp
            }
        }
        return column == nil ? 0 : 1
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
