/// Where a match may start, from the texts' first-letter classes, path by path.
///
/// A pinyin term's places are those of its lattice's paths: `zhengzhix` is `zheng zhi x`,
/// `zhen g zhi x`, `zhe n g zhi x`, … fourteen ways in all (`z h e n g` can each be an
/// initial). Tested place by place, the classes a match's second place may have are those
/// of `zhi`, `g`, `n`, `e` and `h` together, and a text passes almost everywhere; tested
/// path by path, a place passes only where one path's classes follow each other (`z z x`,
/// `z g z x` …), as they seldom do. So the paths' first places are laid out as tables, one
/// per place, whose entries are sets of paths (one bit per group of paths, at most eight
/// groups): a place passes where every table's entry for the class there shares a group.
extension PinyinLattice {
    /// Groups of paths tested apart (one bit each in ``classGroups(minimumEdges:classOf:)``).
    static let maximumGroups = 8
    /// Paths' first places laid out; a longer path is tested on these only.
    static let maximumGroupPlaces = 8
    /// Paths' first places enumerated at most; beyond it the lattice gives no groups.
    static let maximumPrefixes = 512

    /// Per place `i` below `places`, a table of 256 entries: for class `c`, the groups of paths
    /// of at least `minimumEdges` edges (bit `g` for group `g`) whose `i`-th character may be
    /// of class `c` (`classOf` of one of its units), or that end before place `i` (every
    /// entry). `nil` when there is no path or too many first places to list.
    ///
    /// Every match's classes pass: its path is in some group, and that group's bit is set in
    /// each table at the class of the character there. Paths are grouped so that the shortest,
    /// which pass most often, are tested alone: the seven shortest get a group each and the
    /// rest share the last (whose entries are then the union of theirs).
    func classGroups(minimumEdges: Int, classOf: (UInt16) -> UInt8) -> (tables: [[UInt8]], places: Int)? {
        guard canMatch else { return nil }
        let after = pathLengths().after
        // Each edge's classes, as a 256-bit set.
        let classes = edges.map { edge -> [UInt64] in
            var set = [UInt64](repeating: 0, count: 4)
            for u in edge.units { let c = Int(classOf(u)); set[c >> 6] |= 1 << UInt64(c & 63) }
            return set
        }
        // The paths' first places (edge numbers), depth first.
        var prefixes: [[Int]] = []
        var path: [Int] = []
        var overflow = false
        func walk(_ node: Int) {
            guard !overflow else { return }
            if node == length || path.count == Self.maximumGroupPlaces {
                prefixes.append(path)
                overflow = prefixes.count > Self.maximumPrefixes
                return
            }
            for (b, edge) in edges.enumerated() where edge.from == node {
                // Only towards paths of at least `minimumEdges` edges.
                let needed = max(0, minimumEdges - path.count - 1)
                guard after[edge.to] >> UInt64(needed) != 0 else { continue }
                path.append(b)
                walk(edge.to)
                path.removeLast()
            }
        }
        walk(0)
        guard !overflow, !prefixes.isEmpty else { return nil }
        prefixes.sort { $0.count < $1.count }
        let places = prefixes.map(\.count).max()!
        var tables = [[UInt8]](repeating: [UInt8](repeating: 0, count: 256), count: places)
        for (k, prefix) in prefixes.enumerated() {
            let bit = UInt8(1) << UInt8(min(k, Self.maximumGroups - 1))
            for i in 0..<places {
                if i >= prefix.count {
                    for c in 0..<256 { tables[i][c] |= bit }
                    continue
                }
                let set = classes[prefix[i]]
                for c in 0..<256 where set[c >> 6] & (1 << UInt64(c & 63)) != 0 { tables[i][c] |= bit }
            }
        }
        return (tables, places)
    }
}
