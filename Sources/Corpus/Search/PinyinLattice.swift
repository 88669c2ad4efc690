/// The ways a pinyin term can be cut into pieces, one per character (see ``PinyinMatcher``),
/// as a lattice over its letters: node `i` stands for "the first `i` letters are spelled",
/// and an edge `i → j` for one character with a reading that spells letters `i..<j` as a
/// piece (the whole syllable, its initial: first letter or `zh`/`ch`/`sh`, or, for the last
/// piece, `j` being the term's length, any prefix of the syllable). Every match is a path
/// from node 0 to the last node, one character per edge, in order.
///
/// Built per keystroke from the readings the ``PinyinTable`` knows, with the characters of
/// each edge. Only edges on some path are kept, so the characters that can stand at a
/// match's first place are exact: for `guang` the readers of `guang` and of `gu` (then
/// `a…`), not every character whose reading starts with `g` (`g` then `u` is no path: no
/// syllable starts with `u`). The prefilter of a scan (``filterTable()``) and the
/// narrowing of its candidates by the index (``candidates(in:documents:)``) come from it.
///
/// Invariant: ``edges`` are sorted by `from` (then `to`), at most ``maximumEdges`` of them,
/// each on a path from 0 to ``length``, each with its characters ascending and unique.
struct PinyinLattice {
    struct Edge {
        var from: Int, to: Int
        /// The characters (folded UTF-16 units) that may stand for this piece.
        var units: [UInt16] = []
    }

    /// Edge masks are one `UInt64`.
    static let maximumEdges = 64

    private(set) var edges: [Edge] = []
    /// Letters spelled: the term's, or those of its longest prefix whose lattice has at most
    /// ``maximumEdges`` edges (a match of the term is a match of each prefix, starting at the
    /// same place, so the prefix's conditions hold for the term's matches too).
    let length: Int
    /// Whether ``length`` is the whole term's (no prefix was taken for it).
    let isWhole: Bool

    /// The lattice of `query` (lower-case ASCII letters) over `view`'s readings.
    init(_ query: [UInt8], view: PinyinView) {
        var n = query.count
        var found = Self.pieces(query[..<n], view: view)
        while n > 0, found == nil {
            n -= 1
            found = Self.pieces(query[..<n], view: view)
        }
        length = n
        isWhole = n == query.count
        guard n > 0, let (edges, feeds) = found else { return }
        self.edges = edges
        fill(feeds: feeds, view: view)
    }

    /// Whether a path exists: some match is possible at all.
    var canMatch: Bool { !edges.isEmpty }

    /// The edges of `q` on some path from 0 to `q.count` (without characters yet), and per
    /// syllable of `view` the mask of those it can stand for; `nil` when there are more than
    /// ``maximumEdges``. The rules are ``PinyinMatcher``'s, piece by piece.
    private static func pieces(_ q: ArraySlice<UInt8>, view: PinyinView) -> (edges: [Edge], feeds: [UInt64])? {
        let n = q.count, base = q.startIndex
        guard n > 0 else { return ([], []) }
        let syllables = max(1, view.starts.count - 1)
        var numbers: [Int: Int] = [:]
        var all: [Edge] = []
        var stands: [(id: Int, edge: Int)] = []
        let letters = view.letters
        for id in 1..<syllables {
            let s = Int(view.starts[id]), length = Int(view.starts[id + 1]) - s
            guard length > 0 else { continue }
            for i in 0..<n where letters[s] == q[base + i] {
                var common = 1
                while common < length && i + common < n && letters[s + common] == q[base + i + common] { common += 1 }
                var ends: [Int] = []
                if common == length { ends.append(i + length) }                      // whole syllable
                if common == n - i && n - i < length { ends.append(n) }               // last piece: a prefix
                if length > 2, letters[s + 1] == 0x68, common >= 2,
                   letters[s] == 0x7A || letters[s] == 0x63 || letters[s] == 0x73 { ends.append(i + 2) }  // zh, ch, sh
                if length > 1 { ends.append(i + 1) }                                   // first letter
                for j in ends {
                    let key = i * (n + 1) + j
                    if numbers[key] == nil {
                        numbers[key] = all.count
                        all.append(Edge(from: i, to: j))
                    }
                    stands.append((id, numbers[key]!))
                }
            }
        }
        // Only edges on a path: reached from 0 and reaching n (edges go forward).
        var reached = [Bool](repeating: false, count: n + 1), reaches = reached
        reached[0] = true
        reaches[n] = true
        let order = all.indices.sorted { (all[$0].from, all[$0].to) < (all[$1].from, all[$1].to) }
        for k in order where reached[all[k].from] { reached[all[k].to] = true }
        for k in order.reversed() where reaches[all[k].to] { reaches[all[k].from] = true }
        var renumbered = [Int](repeating: -1, count: all.count)
        var edges: [Edge] = []
        for k in order where reached[all[k].from] && reaches[all[k].to] {
            guard edges.count < maximumEdges else { return nil }
            renumbered[k] = edges.count
            edges.append(all[k])
        }
        var feeds = [UInt64](repeating: 0, count: syllables)
        for (id, k) in stands where renumbered[k] >= 0 { feeds[id] |= 1 << UInt64(renumbered[k]) }
        return (edges, feeds)
    }

    /// Gives each edge its characters (every Han unit with a reading that `feeds` it).
    private mutating func fill(feeds: [UInt64], view: PinyinView) {
        guard !edges.isEmpty else { return }
        for range in PinyinTable.hanUnits {
            for u in range {
                var m = Self.mask(of: UInt16(u), feeds: feeds, view: view)
                while m != 0 {
                    edges[m.trailingZeroBitCount].units.append(UInt16(u))
                    m &= m - 1
                }
            }
        }
    }

    /// Per place `k` of a match, the edges a path can take as its `k`-th, for as long as every
    /// path goes on (at most ``PinyinFilter/maximumStretch`` places); with `skippingSingles`,
    /// of the paths of two characters or more only (empty when there are none).
    func places(skippingSingles: Bool = false) -> [UInt64] {
        var places: [UInt64] = []
        var at: Set<Int> = [0]
        while places.count < PinyinFilter.maximumStretch {
            var mask: UInt64 = 0, next: Set<Int> = [], ends = false
            for (b, e) in edges.enumerated() where at.contains(e.from) {
                if skippingSingles && places.isEmpty && e.to == length { continue }
                mask |= 1 << UInt64(b)
                if e.to == length { ends = true } else { next.insert(e.to) }
            }
            guard mask != 0 else { break }
            places.append(mask)
            if ends || next.isEmpty { break }
            at = next
        }
        return places
    }

    /// The characters that are a whole match alone (the edges from the first node to the
    /// last), when the lattice is the whole term's; else none.
    var singles: [UInt16] {
        guard isWhole else { return [] }
        return Array(Set(edges.filter { $0.from == 0 && $0.to == length }.flatMap(\.units))).sorted()
    }

    /// The edges unit `u` can stand for, by any of its readings.
    @inline(__always)
    private static func mask(of u: UInt16, feeds: [UInt64], view: PinyinView) -> UInt64 {
        let id = Int(view.ids[Int(u)])
        guard id != Int(PinyinTable.unknown), id > 0 else { return 0 }
        var mask = feeds[id]
        let at = Int(view.alternateOf[Int(u)])
        if at > 0 {
            for k in 0..<Int(view.alternates[at]) { mask |= feeds[Int(view.alternates[at + 3 + k])] }
        }
        return mask
    }

    /// The prefilter table of a scan (as ``PinyinFilter/table(allowed:view:)`` makes from
    /// first letters): per unit, bit `k` clear when the unit can stand at a match's `k`-th
    /// place, for the places every path has (``places(skippingSingles:)``); and the bit of
    /// the last place. With no path, no unit can stand anywhere.
    func filterTable(skippingSingles: Bool = false) -> (table: [UInt8], goal: UInt8) {
        var table = [UInt8](repeating: 0xFF, count: 0x10000)
        let places = places(skippingSingles: skippingSingles)
        guard !places.isEmpty else { return (table, 1) }
        for (b, edge) in edges.enumerated() {
            let bit = UInt64(1) << UInt64(b)
            var clear: UInt8 = 0
            for (k, place) in places.enumerated() where place & bit != 0 { clear |= 1 << UInt8(k) }
            guard clear != 0 else { continue }
            for u in edge.units { table[Int(u)] &= ~clear }
        }
        return (table, 1 << UInt8(places.count - 1))
    }
}
