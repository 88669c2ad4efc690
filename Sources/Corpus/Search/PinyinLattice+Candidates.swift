/// Narrowing a pinyin scan by the index. A match is a path through the lattice, one
/// character per edge, the characters next to each other in the text: so a document with
/// a match holds, for some path, the first edge's character (a unigram) and, for each two
/// neighbouring edges, a bigram of their characters. Where those postings are few, only
/// their documents need scanning: `chongq` (重庆 in 2,828 of 100,000 documents) otherwise
/// scanned nearly every text to its end, 53 ms; a full scan of that corpus reads about
/// 300 MB, 20 ms or more even when no character passes the prefilter.
extension PinyinLattice {
    /// How many look-ups one edge or pair of edges may cost (characters of one times those
    /// of the other); beyond it the pair is taken as no condition.
    static let pairLookups = 8_192
    /// Look-ups of one narrowing in all; beyond it the remaining pairs are no condition.
    static let totalLookups = 65_536

    /// The documents of `table` (of `documents` documents) that may hold a match, as a bitset
    /// (bit `d % 64` of word `d / 64`), or `nil` when nothing narrows them usefully (every
    /// path has a condition that is too costly to look up or holds for half the documents
    /// or more). With `skippingSingles`, those that may hold a match of two characters or
    /// more (see ``singleDocuments(in:documents:)`` for the others).
    func candidates(in table: PostingTable, documents: Int, skippingSingles: Bool = false) -> [UInt64]? {
        let words = (documents + 63) / 64
        guard canMatch else { return [UInt64](repeating: 0, count: words) }
        var budget = Self.totalLookups
        // Per edge: the documents where a path can have reached its end (`nil`: any).
        var reached: [[UInt64]?] = []
        reached.reserveCapacity(edges.count)
        for (b, edge) in edges.enumerated() {
            if edge.from == 0 {
                let keys = edge.units.map { PostingTable.key($0) }
                reached.append(union(of: keys, in: table, documents: documents, budget: &budget))
                continue
            }
            var into: [UInt64]? = [UInt64](repeating: 0, count: words)
            for (a, before) in edges[..<b].enumerated() where before.to == edge.from {
                guard let previous = reached[a] else {
                    // Any document so far: the pair alone decides.
                    into = merge(into, pairs(before, edge, in: table, documents: documents, budget: &budget))
                    if into == nil { break }
                    continue
                }
                guard let pair = pairs(before, edge, in: table, documents: documents, budget: &budget) else {
                    into = merge(into, previous)
                    continue
                }
                into = merge(into, Self.and(previous, pair))
            }
            reached.append(into)
        }
        var result: [UInt64]? = [UInt64](repeating: 0, count: words)
        for (b, edge) in edges.enumerated() where edge.to == length && !(skippingSingles && edge.from == 0) {
            result = merge(result, reached[b])
            if result == nil { return nil }
        }
        return result
    }

    /// The documents of `table` holding a character that is a match alone (``singles``): they
    /// match without a scan. `nil` when there are none, or when their postings would cost
    /// more than reading eight times as many documents' bits.
    func singleDocuments(in table: PostingTable, documents: Int) -> [UInt64]? {
        let singles = singles
        guard !singles.isEmpty else { return nil }
        var lists: [Int] = [], postings = 0
        for u in singles {
            guard let l = table.list(PostingTable.key(u)) else { continue }
            lists.append(l)
            postings += table.bitmaps[l] ? documents / 8 : Int(table.documentCounts[l])
            if postings > 8 * documents { return nil }
        }
        var bits = [UInt64](repeating: 0, count: (documents + 63) / 64)
        bits.withUnsafeMutableBufferPointer { bits in
            for l in lists { table.orDocuments(of: l, into: bits) }
        }
        return bits
    }

    /// The documents holding some bigram of `first`'s characters then `second`'s, or `nil`
    /// for no condition.
    private func pairs(_ first: Edge, _ second: Edge, in table: PostingTable, documents: Int,
                       budget: inout Int) -> [UInt64]? {
        let cost = first.units.count * second.units.count
        guard cost <= Self.pairLookups, cost <= budget else { return nil }
        var keys: [UInt32] = []
        keys.reserveCapacity(cost)
        for a in first.units { for b in second.units { keys.append(PostingTable.key(a, b)) } }
        return union(of: keys, in: table, documents: documents, budget: &budget)
    }

    /// The union of the postings of `keys` (those in `table`), or `nil` when looking them up
    /// would exceed `budget` or they hold half the documents or more.
    private func union(of keys: [UInt32], in table: PostingTable, documents: Int, budget: inout Int) -> [UInt64]? {
        guard keys.count <= budget else { return nil }
        budget -= keys.count
        var lists: [Int] = []
        var postings = 0
        for key in keys {
            guard let l = table.list(key) else { continue }
            lists.append(l)
            postings += Int(table.documentCounts[l])
            if postings * 2 >= documents { return nil }
        }
        var bits = [UInt64](repeating: 0, count: (documents + 63) / 64)
        bits.withUnsafeMutableBufferPointer { bits in
            for l in lists { table.orDocuments(of: l, into: bits) }
        }
        return bits
    }

    /// `a ∪ b`, `nil` standing for every document.
    private func merge(_ a: [UInt64]?, _ b: [UInt64]?) -> [UInt64]? {
        guard var a, let b else { return nil }
        for i in a.indices { a[i] |= b[i] }
        return a
    }

    private static func and(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out = a
        for i in out.indices { out[i] &= b[i] }
        return out
    }
}

extension PostingTable {
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
