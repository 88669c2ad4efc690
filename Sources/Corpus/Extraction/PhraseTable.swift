/// A set of phrases (scalar sequences) with payloads, for longest-match scanning.
///
/// Phrases are grouped by first scalar through a flat slot table over the Basic Multilingual
/// Plane, stored in one scalar pool, and ordered longest first inside a group, so a lookup
/// costs one array read plus a few scalar comparisons — no hashing, no reference counting.
/// Phrases starting outside the BMP are ignored.
struct PhraseTable<Payload: Sendable>: Sendable {
    /// Per BMP scalar: first entry of its group and the group size (0 = none).
    private let groupStart: [Int32]
    private let groupCount: [Int32]
    private let pool: [Unicode.Scalar]
    private let starts: [Int32]
    private let lengths: [Int32]
    /// Payloads, in entry order (entries sorted by first scalar, then longest first).
    let payloads: [Payload]

    init(_ entries: [(phrase: [Unicode.Scalar], payload: Payload)]) {
        let sorted = entries.filter { ($0.phrase.first?.value ?? 0x10000) < 0x10000 }.sorted {
            $0.phrase[0].value != $1.phrase[0].value ? $0.phrase[0].value < $1.phrase[0].value
                : $0.phrase.count > $1.phrase.count
        }
        var groupStart = [Int32](repeating: 0, count: 0x10000)
        var groupCount = [Int32](repeating: 0, count: 0x10000)
        var pool: [Unicode.Scalar] = [], starts: [Int32] = [], lengths: [Int32] = []
        for (index, entry) in sorted.enumerated() {
            let first = Int(entry.phrase[0].value)
            if groupCount[first] == 0 { groupStart[first] = Int32(index) }
            groupCount[first] += 1
            starts.append(Int32(pool.count))
            lengths.append(Int32(entry.phrase.count))
            pool.append(contentsOf: entry.phrase)
        }
        self.groupStart = groupStart
        self.groupCount = groupCount
        self.pool = pool
        self.starts = starts
        self.lengths = lengths
        self.payloads = sorted.map(\.payload)
    }

    /// Length of entry `index`'s phrase, in scalars.
    func length(of index: Int) -> Int { Int(lengths[index]) }

    /// The longest entry whose phrase occurs in `s` at `i` and that `accept` takes, or `nil`.
    @inline(__always)
    func longestMatch(in s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, accept: (Int) -> Bool = { _ in true }) -> Int? {
        let first = s[i].value
        guard first < 0x10000 else { return nil }
        let count = Int(groupCount[Int(first)])
        guard count > 0 else { return nil }
        let start = Int(groupStart[Int(first)])
        return pool.withUnsafeBufferPointer { pool -> Int? in
            for entry in start..<(start + count) {
                let length = Int(lengths[entry])
                guard i + length <= s.count else { continue }
                let base = Int(starts[entry])
                var k = 1
                while k < length, pool[base + k] == s[i + k] { k += 1 }
                if k == length, accept(entry) { return entry }
            }
            return nil
        }
    }
}
