/// Pinyin matches from the index. A match is a path through the lattice, one character per
/// edge, the characters next to each other in the text: a match of one character is a
/// unigram of the document, one of two characters a bigram, and a longer one holds a bigram
/// for each two neighbouring edges. So matches of one or two characters are answered by
/// postings alone (``shortDocuments(in:documents:)``), and only documents whose postings
/// allow a longer match need their text scanned (``candidates(in:documents:minimumEdges:)``).
/// At 100,000 documents `chongq` (重庆 in 2,828) otherwise scanned nearly every text to its
/// end, 53 ms; a full scan of that corpus reads about 300 MB, 20 ms or more even when no
/// character passes the prefilter.
extension PinyinLattice {
    /// How many look-ups one edge or pair of edges may cost (characters of one times those
    /// of the other); beyond it the pair is taken as no condition.
    static let pairLookups = 8_192
    /// Look-ups of one narrowing in all; beyond it the remaining pairs are no condition. At
    /// 100,000 documents of the synthetic corpus (19,120 keys, a table that stays in cache)
    /// 65,536, 16,384 and 4,096 gave the same keystroke times within the noise; a real corpus
    /// has many more keys, each look-up a cache miss (about 80 ns), so this bounds the cost of
    /// a narrowing that does not pay at about 1.3 ms.
    static let totalLookups = 16_384

    /// The documents of `table` (of `documents` documents) that may hold a match of at least
    /// `minimumEdges` characters (1, 2 or 3; 3 stands for three or more): for some such path
    /// and some characters along it, the first character alone (a path of one edge) or each
    /// two neighbouring characters as a bigram, the same character closing one bigram and
    /// opening the next. `nil` when nothing narrows them: some path's last character has no
    /// condition (the pair before it too costly to look up, or bigrams in half the documents
    /// or more after characters with none).
    ///
    /// Per character rather than per edge: for `guangd`, `gu an g d` (故 按 规 定…) holds
    /// where one character of `g` both follows an `an` and precedes a `d`, not where some `g`
    /// follows an `an` (按规) and some other precedes a `d` (国的) — at 100,000 documents
    /// 20,552 texts were left to scan per edge (17 ms).
    ///
    /// `lookups` bounds the look-ups of one pair of edges and of the whole narrowing (tests
    /// make them small to reach the pairs taken as no condition).
    func candidates(in table: PostingTable, documents: Int, minimumEdges: Int = 1,
                    lookups: (pair: Int, total: Int) = (pairLookups, totalLookups)) -> [UInt64]? {
        let words = (documents + 63) / 64
        guard canMatch else { return [UInt64](repeating: 0, count: words) }
        let top = max(1, min(minimumEdges, 3))
        var budget = lookups.total
        var reach = Reach(edges, top: top, words: words)
        for (b, edge) in edges.enumerated() {
            if edge.from == 0 {
                for y in edge.units.indices {
                    let k = reach.state(b, y, 0)
                    // A path of this edge alone needs the character; a longer one gets its
                    // condition from the first bigram.
                    guard edge.to == length && top == 1, budget > 0 else { reach.setAll(k); continue }
                    budget -= 1
                    guard let l = table.list(PostingTable.key(edge.units[y])) else { continue }
                    if Int(table.documentCounts[l]) * 2 >= documents { return nil }
                    reach.add(k, list: l, of: table, within: nil)
                }
                continue
            }
            for (a, before) in edges[..<b].enumerated() where before.to == edge.from {
                let from = before.units.indices.filter { x in (0..<top).contains { reach.holds(reach.state(a, x, $0)) } }
                let cost = from.count * edge.units.count
                guard cost > 0 else { continue }
                guard cost <= lookups.pair, cost <= budget else {
                    // No condition on this pair: each of `edge`'s characters may follow any.
                    for p in 0..<top {
                        let q = min(p + 1, top - 1)
                        let sources = from.map { reach.state(a, $0, p) }.filter { reach.holds($0) }
                        guard !sources.isEmpty else { continue }
                        guard let any = reach.union(of: sources) else {
                            if edge.to == length && q == top - 1 { return nil }
                            for y in edge.units.indices { reach.setAll(reach.state(b, y, q)) }
                            continue
                        }
                        for y in edge.units.indices { reach.add(reach.state(b, y, q), bits: any) }
                    }
                    continue
                }
                budget -= cost
                var found: [[(list: Int, x: Int)]] = []
                found.reserveCapacity(edge.units.count)
                // The lists of character `y` after a state with `p + 1` edges.
                func sources(_ y: Int, _ p: Int) -> [(list: Int, state: Int)] {
                    found[y].map { (list: $0.list, state: reach.state(a, $0.x, p)) }.filter { reach.holds($0.state) }
                }
                // Whether bigrams in half the documents or more have no condition before them.
                func open(_ sources: [(list: Int, state: Int)]) -> Bool {
                    sources.reduce(0) { $0 + (reach.isAll($1.state) ? Int(table.documentCounts[$1.list]) : 0) } * 2 >= documents
                }
                // Before the last piece, where every source is every document (a path's first
                // bigram), bigrams that hold half the documents or more between them are no
                // condition either, as one set: looked up until they do (`xsx`: 8,051 look-ups
                // of `x` then `s` for no narrowing otherwise, 0.7 ms). At the last piece the
                // narrowing is none when one character's state is none, seen as soon as its
                // lists are looked up; otherwise their union may well narrow (`cq`: the texts
                // without a `c…q…` bigram are the ones a scan reads to their end).
                let last = edge.to == length
                let unconditioned = !last && from.allSatisfy { x in
                    (0..<top).allSatisfy { p in !reach.holds(reach.state(a, x, p)) || reach.isAll(reach.state(a, x, p)) }
                }
                var total = 0
                for unit in edge.units where total * 2 < documents {
                    found.append(from.compactMap { x in
                        table.list(PostingTable.key(before.units[x], unit)).map { (list: $0, x: x) }
                    })
                    if last, (max(0, top - 2)..<top).contains(where: { open(sources(found.count - 1, $0)) }) { return nil }
                    if unconditioned { total += found[found.count - 1].reduce(0) { $0 + Int(table.documentCounts[$1.list]) } }
                }
                if total * 2 >= documents {
                    for p in 0..<top where from.contains(where: { reach.holds(reach.state(a, $0, p)) }) {
                        for y in edge.units.indices { reach.setAll(reach.state(b, y, min(p + 1, top - 1))) }
                    }
                    continue
                }
                for y in edge.units.indices {
                    for p in 0..<top {
                        let k = reach.state(b, y, min(p + 1, top - 1))
                        for source in sources(y, p) { reach.add(k, list: source.list, of: table, within: source.state) }
                    }
                }
            }
            reach.dropEmpty(edge: b)
            if edge.to == length && edge.units.indices.contains(where: { reach.isAll(reach.state(b, $0, top - 1)) }) {
                return nil
            }
        }
        var result = [UInt64](repeating: 0, count: words)
        for (b, edge) in edges.enumerated() where edge.to == length {
            for y in edge.units.indices {
                let k = reach.state(b, y, top - 1)
                if reach.isAll(k) { return nil }
                reach.or(k, into: &result)
            }
        }
        return result
    }

    /// The documents of `table` whose text holds a match of one or two characters (exactly:
    /// a character that is a match alone, or a bigram of two characters that are one),
    /// or `nil` when the lattice is a prefix's or looking them up would cost too much.
    func shortDocuments(in table: PostingTable, documents: Int) -> [UInt64]? {
        guard isWhole, canMatch else { return nil }
        var budget = Self.totalLookups
        var keys: [UInt32] = []
        for first in edges where first.from == 0 {
            if first.to == length {
                keys += first.units.map { PostingTable.key($0) }
                continue
            }
            for second in edges where second.from == first.to && second.to == length {
                let cost = first.units.count * second.units.count
                guard cost <= Self.pairLookups, cost <= budget else { return nil }
                budget -= cost
                keys += Self.pairKeys(first, second)
            }
        }
        var lists: [Int] = [], postings = 0
        for key in keys {
            guard let l = table.list(key) else { continue }
            lists.append(l)
            postings += table.bitmaps[l] ? documents / 8 : Int(table.documentCounts[l])
            if postings > 8 * documents { return nil }
        }
        return table.documents(of: lists, count: documents)
    }

    /// The bigram keys of `first`'s characters then `second`'s.
    private static func pairKeys(_ first: Edge, _ second: Edge) -> [UInt32] {
        var keys: [UInt32] = []
        keys.reserveCapacity(first.units.count * second.units.count)
        for a in first.units { for b in second.units { keys.append(PostingTable.key(a, b)) } }
        return keys
    }
}

extension PostingTable {
    /// The documents of any of `lists`, as a bitset over `count` documents (bit `d % 64` of
    /// word `d / 64`).
    func documents(of lists: [Int], count: Int) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
        bits.withUnsafeMutableBufferPointer { bits in
            for l in lists { orDocuments(of: l, into: bits) }
        }
        return bits
    }

    /// Sets in `bits` the bit of every document of list `l` (bit `d % 64` of word `d / 64`;
    /// documents past its end are left out), or of those whose bit `within` also has (of the
    /// same length).
    func orDocuments(of l: Int, within: UnsafeBufferPointer<UInt64>? = nil, into bits: UnsafeMutableBufferPointer<UInt64>) {
        @inline(__always) func mask(_ w: Int) -> UInt64 { within?[w] ?? ~0 }
        streams[l].withUnsafeBufferPointer { bytes in
            if self.bitmaps[l] {
                // Byte `i` of a bitmap holds documents 8i…8i + 7: eight bytes make a word.
                let raw = UnsafeRawBufferPointer(bytes)
                let whole = min(bits.count, bytes.count / 8)
                for w in 0..<whole {
                    bits[w] |= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * w, as: UInt64.self)) & mask(w)
                }
                if whole < bits.count {
                    var word: UInt64 = 0
                    for i in (8 * whole)..<bytes.count { word |= UInt64(bytes[i]) << UInt64(8 * (i % 8)) }
                    bits[whole] |= word & mask(whole)
                }
                return
            }
            var i = 0
            var cur: UInt32 = 0
            while i < bytes.count {
                let (doc, _) = Self.nextPosting(bytes, &i, &cur)
                let w = Int(doc) / 64
                guard w < bits.count else { break }
                bits[w] |= mask(w) & (1 << UInt64(doc % 64))
            }
        }
    }
}
