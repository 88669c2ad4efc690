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

    /// A set of documents: every one, or those of a bitset (bit `d % 64` of word `d / 64`;
    /// an empty array is no document).
    enum Documents {
        case all
        case some([UInt64])

        static let none = Documents.some([])

        /// The bitset, `nil` for all documents.
        var bits: [UInt64]? {
            if case .some(let bits) = self { return bits }
            return nil
        }

        func union(_ other: Documents) -> Documents {
            guard case .some(let a) = self, case .some(let b) = other else { return .all }
            if a.isEmpty { return other }
            if b.isEmpty { return self }
            var out = a
            for i in out.indices { out[i] |= b[i] }
            return .some(out)
        }

        func intersection(_ other: Documents) -> Documents {
            guard case .some(let a) = self else { return other }
            guard case .some(let b) = other else { return self }
            if a.isEmpty || b.isEmpty { return .none }
            var out = a
            for i in out.indices { out[i] &= b[i] }
            return .some(out)
        }
    }

    /// The documents of `table` (of `documents` documents) that may hold a match of at least
    /// `minimumEdges` characters (1, 2 or 3; 3 stands for three or more): for some such path,
    /// the first edge's character and a bigram for each two neighbouring edges. `nil` when
    /// nothing narrows them usefully (a condition too costly to look up or holding for half
    /// the documents or more on every such path).
    func candidates(in table: PostingTable, documents: Int, minimumEdges: Int = 1) -> [UInt64]? {
        let words = (documents + 63) / 64
        guard canMatch else { return [UInt64](repeating: 0, count: words) }
        let top = max(1, min(minimumEdges, 3))
        var budget = Self.totalLookups
        // reached[e][p - 1]: documents where a path whose `p` th edge (capped at `top`) is `e`
        // can have got that far.
        var reached: [[Documents]] = []
        reached.reserveCapacity(edges.count)
        for (b, edge) in edges.enumerated() {
            var at = [Documents](repeating: .none, count: top)
            if edge.from == 0 {
                let keys = edge.units.map { PostingTable.key($0) }
                at[0] = union(of: keys, in: table, documents: documents, budget: &budget)
            } else {
                for (a, before) in edges[..<b].enumerated() where before.to == edge.from {
                    guard reached[a].contains(where: { $0.bits?.isEmpty != true }) else { continue }
                    let pair = pairs(before, edge, in: table, documents: documents, budget: &budget)
                    for p in 0..<top where reached[a][p].bits?.isEmpty != true {
                        let q = min(p + 1, top - 1)
                        at[q] = at[q].union(reached[a][p].intersection(pair))
                    }
                }
            }
            reached.append(at)
        }
        var result = Documents.none
        for (b, edge) in edges.enumerated() where edge.to == length {
            result = result.union(reached[b][top - 1])
        }
        guard let bits = result.bits else { return nil }
        return bits.isEmpty ? [UInt64](repeating: 0, count: words) : bits
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

    /// The documents holding some bigram of `first`'s characters then `second`'s, or all
    /// for no condition.
    private func pairs(_ first: Edge, _ second: Edge, in table: PostingTable, documents: Int,
                       budget: inout Int) -> Documents {
        let cost = first.units.count * second.units.count
        guard cost <= Self.pairLookups, cost <= budget else { return .all }
        return union(of: Self.pairKeys(first, second), in: table, documents: documents, budget: &budget)
    }

    /// The union of the postings of `keys` (those in `table`), or all documents when looking
    /// them up would exceed `budget` or they hold half the documents or more.
    private func union(of keys: [UInt32], in table: PostingTable, documents: Int, budget: inout Int) -> Documents {
        guard keys.count <= budget else { return .all }
        budget -= keys.count
        var lists: [Int] = []
        var postings = 0
        for key in keys {
            guard let l = table.list(key) else { continue }
            lists.append(l)
            postings += Int(table.documentCounts[l])
            if postings * 2 >= documents { return .all }
        }
        guard !lists.isEmpty else { return .none }
        return .some(table.documents(of: lists, count: documents))
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

    /// Sets the bit of every document of list `l` in `bits` (bit `d % 64` of word `d / 64`;
    /// documents past its end are left out).
    func orDocuments(of l: Int, into bits: UnsafeMutableBufferPointer<UInt64>) {
        streams[l].withUnsafeBufferPointer { bytes in
            if self.bitmaps[l] {
                // Byte `i` of a bitmap holds documents 8i…8i + 7: byte `i % 8` of word `i / 8`.
                for (i, byte) in bytes.enumerated() where byte != 0 && i / 8 < bits.count {
                    bits[i / 8] |= UInt64(byte) << UInt64(8 * (i % 8))
                }
                return
            }
            var i = 0
            var cur: UInt32 = 0
            while i < bytes.count {
                let (doc, _) = Self.nextPosting(bytes, &i, &cur)
                guard Int(doc) / 64 < bits.count else { break }
                bits[Int(doc) / 64] |= 1 << UInt64(doc % 64)
            }
        }
    }
}
