extension PinyinLattice {
    /// The documents a path can have reached, per edge, per character of the edge and per
    /// number of edges so far (capped at `top`): state `(e, i, p)` holds the documents where
    /// a path whose `p + 1` th edge (or later, at `p = top - 1`) is `e` with its `i` th
    /// character can have got that far. Each is no document, every document (no condition)
    /// or a bitset over the documents (bit `d % 64` of word `d / 64`), made only when a
    /// document is added.
    ///
    /// Invariant: a state is never both every document and a bitset; a bitset has `words`
    /// words.
    struct Reach {
        let top: Int, words: Int
        /// The first state of each edge.
        private let base: [Int]
        private var all: [Bool]
        private var sets: [[UInt64]]

        init(_ edges: [Edge], top: Int, words: Int) {
            self.top = top
            self.words = words
            var base: [Int] = [], n = 0
            for edge in edges {
                base.append(n)
                n += edge.units.count * top
            }
            self.base = base
            all = [Bool](repeating: false, count: n)
            sets = [[UInt64]](repeating: [], count: n)
        }

        /// The state of edge `e`, its character `i`, `p + 1` edges so far.
        @inline(__always) func state(_ e: Int, _ i: Int, _ p: Int) -> Int { base[e] + i * top + p }

        /// Whether state `k` may hold a document.
        @inline(__always) func holds(_ k: Int) -> Bool { all[k] || !sets[k].isEmpty }

        /// Whether state `k` is every document (no condition).
        func isAll(_ k: Int) -> Bool { all[k] }

        /// Makes state `k` every document.
        mutating func setAll(_ k: Int) {
            all[k] = true
            sets[k] = []
        }

        /// Adds to state `k` the documents of list `l` of `table` that are in state `within`
        /// (all of them when `nil` or every document).
        mutating func add(_ k: Int, list l: Int, of table: PostingTable, within source: Int?) {
            guard !all[k] else { return }
            if sets[k].isEmpty { sets[k] = [UInt64](repeating: 0, count: words) }
            if let source, !all[source] {
                let within = sets[source]
                within.withUnsafeBufferPointer { within in
                    sets[k].withUnsafeMutableBufferPointer { table.orDocuments(of: l, within: within, into: $0) }
                }
            } else {
                sets[k].withUnsafeMutableBufferPointer { table.orDocuments(of: l, into: $0) }
            }
        }

        /// The documents of any of `sources`: `nil` for every document.
        func union(of sources: [Int]) -> [UInt64]? {
            if sources.contains(where: { all[$0] }) { return nil }
            var bits = [UInt64](repeating: 0, count: words)
            for source in sources { or(source, into: &bits) }
            return bits
        }

        /// Adds `bits` (of `words` words) to state `k`.
        mutating func add(_ k: Int, bits: [UInt64]) {
            guard !all[k] else { return }
            guard !sets[k].isEmpty else {
                sets[k] = bits
                return
            }
            sets[k].withUnsafeMutableBufferPointer { to in
                for w in to.indices { to[w] |= bits[w] }
            }
        }

        /// Sets in `bits` the documents of state `k` (a bitset, not every document).
        func or(_ k: Int, into bits: inout [UInt64]) {
            let from = sets[k]
            guard !from.isEmpty else { return }
            for w in bits.indices { bits[w] |= from[w] }
        }

        /// Makes the bitsets of `edge`'s states that hold no document no document, so that
        /// no later pair is looked up for them.
        mutating func dropEmpty(edge e: Int) {
            let end = e + 1 < base.count ? base[e + 1] : sets.count
            for k in base[e]..<end where !sets[k].isEmpty && !sets[k].contains(where: { $0 != 0 }) {
                sets[k] = []
            }
        }
    }
}
