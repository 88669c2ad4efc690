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
/// syllable starts with `u`). The prefilter of a scan (``filterTable(minimumEdges:)``), the
/// matches answered by the index alone (``shortDocuments(in:documents:)``) and the narrowing
/// of the scan's candidates (``candidates(in:documents:minimumEdges:)``) come from it.
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
    /// Letters of the longest prefix laid out: building the lattice costs time in proportion
    /// to its letters (about 1.2 ms for 65 letters, when each shorter prefix was tried in
    /// turn), and a term that long matches few places anyway.
    static let maximumLetters = 24

    private(set) var edges: [Edge] = []
    /// Letters spelled: the term's, or those of a prefix of at most ``maximumLetters`` whose
    /// lattice has at most ``maximumEdges`` edges (a match of the term is a match of each
    /// prefix, starting at the same place, so the prefix's conditions hold for the term's
    /// matches too).
    let length: Int
    /// Whether ``length`` is the whole term's (no prefix was taken for it).
    let isWhole: Bool

    /// The lattice of `query` (lower-case ASCII letters) over `view`'s readings.
    init(_ query: [UInt8], view: PinyinView) {
        // At most ``maximumLetters``; when that has too many edges, the longest prefix found
        // by halving that has few enough (one letter always has: its edges all start at 0).
        var n = min(query.count, Self.maximumLetters)
        var found = Self.pieces(query[..<n], view: view)
        if found == nil {
            var fits = 1, tooMany = n
            found = Self.pieces(query[..<1], view: view)
            while tooMany - fits > 1 {
                let middle = (fits + tooMany) / 2
                if let lattice = Self.pieces(query[..<middle], view: view) {
                    (fits, found) = (middle, lattice)
                } else {
                    tooMany = middle
                }
            }
            n = fits
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

    /// Per node, the numbers of edges of the paths from node 0 to it (bit `k`: a path of `k`
    /// edges) and of those from it to the last node.
    func pathLengths() -> (before: [UInt64], after: [UInt64]) {
        var before = [UInt64](repeating: 0, count: length + 1), after = before
        before[0] = 1
        for e in edges { before[e.to] |= before[e.from] << 1 }
        after[length] = 1
        for e in edges.reversed() { after[e.from] |= after[e.to] << 1 }
        return (before, after)
    }

    /// Per place `k` of a match of at least `minimumEdges` characters, the edges such a match
    /// can take as its `k`-th, for as long as every such match goes on (at most
    /// ``PinyinFilter/maximumStretch`` places); empty when there is none.
    func places(minimumEdges: Int = 1) -> [UInt64] {
        let (before, after) = pathLengths()
        var shortest = Int.max
        var at: [(edge: Int, place: Int)] = []
        for (b, e) in edges.enumerated() {
            var depths = before[e.from]
            while depths != 0 {
                let k = depths.trailingZeroBitCount
                depths &= depths - 1
                // Paths through `e` at place `k`: k + 1 + r edges for each r in `after[e.to]`.
                let long = after[e.to] >> UInt64(max(0, minimumEdges - k - 1))
                guard long != 0 else { continue }
                shortest = min(shortest, max(minimumEdges, k + 1) + long.trailingZeroBitCount)
                at.append((b, k))
            }
        }
        guard shortest != .max else { return [] }
        var places = [UInt64](repeating: 0, count: min(shortest, PinyinFilter.maximumStretch))
        for (b, k) in at where k < places.count { places[k] |= 1 << UInt64(b) }
        return places
    }

    /// Whether some match has at least `minimumEdges` characters.
    func hasPaths(minimumEdges: Int) -> Bool { !places(minimumEdges: minimumEdges).isEmpty }

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
    /// first letters): per unit, bit `k` clear when the unit can stand at the `k`-th place of
    /// a match of at least `minimumEdges` characters, for the places every such match has
    /// (``places(minimumEdges:)``); and the bit of the last place. With no such match, no unit
    /// can stand anywhere.
    func filterTable(minimumEdges: Int = 1) -> (table: [UInt8], goal: UInt8) {
        var table = [UInt8](repeating: 0xFF, count: 0x10000)
        let places = places(minimumEdges: minimumEdges)
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
