/// An inverted index from character unigrams and bigrams to document ids.
///
/// Keys: a unigram `u` is `UInt32(u)`; a bigram `(a, b)` is `a << 16 | b` (`a` ≠ 0; unit 0
/// never occurs in text). Each key's postings are ascending document ids, stored as a
/// LEB128 varint stream of `(gap << 1) | repeated` where `gap` is the distance from the
/// previous id (from -1 for the first) and, when `repeated` is 1, one byte follows with
/// the number of occurrences in that document (2…255, saturating). A dense list costs
/// about one byte per document, a rare one two or three.
///
/// A list holding at least ``bitmapMinimum`` documents and a quarter or more of all
/// documents so far is turned into a *bitmap* (bit `d` of byte `d / 8` set when document
/// `d` has the key: one bit per document instead of at least eight), and stays one. A
/// bitmap keeps no occurrence counts: its documents read back with count 1. Such keys
/// are so common that their BM25 weight is near zero, so ranking barely changes.
///
/// Keys are found by open addressing (linear probing, load ≤ 50 %) in one array of
/// `key << 32 | list` entries. Documents are added one at a time, in ascending order,
/// between ``begin(_:)`` and ``end()``.
struct PostingTable {
    var entries: [UInt64]
    var mask: Int
    var shift: UInt32
    /// Varint postings per list.
    var streams: [[UInt8]] = []
    /// Number of documents per list.
    var documentCounts: [UInt32] = []
    /// Per list: whether ``streams`` holds a bitmap rather than varints.
    var bitmaps: [Bool] = []
    /// Lists shorter than this stay varint streams.
    static let bitmapMinimum: UInt32 = 1024
    /// Per list: `(last document id + 1) << 32 | occurrences in the current document`
    /// (half the size of ``entries``, which bounds the number of lists, so it never grows
    /// while a document is added).
    var state: [UInt64]
    /// Lists touched by the current document, with their previous last document id + 1,
    /// their key and where the key first occurs in the document (unit offset).
    private var touched: [(list: Int32, previous: UInt32, key: UInt32, at: UInt32)] = []
    /// Per list: its column in ``positions``, or -1 (see `PostingTable+Positions.swift`).
    var positionColumn: [Int32] = []
    /// First positions of a few common bigram keys, two bytes per document.
    var positions: [[UInt16]] = []
    static let empty = UInt64.max

    init(capacity: Int = 1 << 16) {
        var cap = 1 << 4
        while cap < capacity { cap <<= 1 }
        entries = Array(repeating: Self.empty, count: cap)
        state = Array(repeating: 0, count: cap / 2)
        mask = cap - 1
        shift = UInt32(32 - cap.trailingZeroBitCount)
    }

    @inline(__always) static func key(_ u: UInt16) -> UInt32 { UInt32(u) }
    @inline(__always) static func key(_ a: UInt16, _ b: UInt16) -> UInt32 { UInt32(a) << 16 | UInt32(b) }

    @inline(__always)
    private func home(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> shift) }

    /// The list number of `key`, or `nil` when no document has it.
    func list(_ key: UInt32) -> Int? {
        var i = home(key)
        while true {
            let e = entries[i]
            if e == Self.empty { return nil }
            if UInt32(truncatingIfNeeded: e >> 32) == key { return Int(UInt32(truncatingIfNeeded: e)) }
            i = (i + 1) & mask
        }
    }

    /// Indexes every unigram (except space and newline) and bigram of `units` as document
    /// `doc`, which must be greater than every document added before.
    ///
    /// `texts`, the folded texts of the documents added before (by number), lets a key that
    /// becomes common get a column of first positions (see ``positions``); `nil` for none.
    mutating func add(units: UnsafeBufferPointer<UInt16>, doc: UInt32, texts: TextStore? = nil) {
        guard !units.isEmpty else { return }
        while (streams.count + 2 * units.count) * 2 > entries.count { grow() }
        touched.removeAll(keepingCapacity: true)
        touched.reserveCapacity(2 * units.count)
        let mark = UInt64(doc &+ 1) << 32
        var lists = streams.count
        let shift = shift, mask = mask
        entries.withUnsafeMutableBufferPointer { entries in
            state.withUnsafeMutableBufferPointer { state in
                @inline(__always) func record(_ key: UInt32, at p: Int) {
                    var i = Int((key &* 0x9E37_79B1) >> shift)
                    var l: Int
                    while true {
                        let e = entries[i]
                        if e == Self.empty {
                            l = lists
                            lists += 1
                            entries[i] = UInt64(key) << 32 | UInt64(l)
                            break
                        }
                        if UInt32(truncatingIfNeeded: e >> 32) == key { l = Int(UInt32(truncatingIfNeeded: e)); break }
                        i = (i + 1) & mask
                    }
                    let st = state[l]
                    if st & 0xFFFF_FFFF_0000_0000 == mark {
                        if st & 0xFF < 255 { state[l] = st + 1 }
                    } else {
                        touched.append((Int32(l), UInt32(truncatingIfNeeded: st >> 32), key, UInt32(truncatingIfNeeded: p)))
                        state[l] = mark | 1
                    }
                }
                var previous: UInt16 = 0
                for (p, u) in units.enumerated() {
                    if u != 0x0A && u != 0x20 { record(UInt32(u), at: p) }
                    if previous != 0 { record(UInt32(previous) << 16 | UInt32(u), at: p - 1) }
                    previous = u
                }
            }
        }
        while streams.count < lists {
            streams.append([])
            documentCounts.append(0)
            bitmaps.append(false)
            positionColumn.append(-1)
        }
        for (list, previous, key, at) in touched {
            let l = Int(list)
            if bitmaps[l] {
                if positionColumn[l] >= 0 { setPosition(Int(positionColumn[l]), doc: doc, at: Int(at)) }
                let byte = Int(doc >> 3)
                let size = streams[l].count
                if size <= byte {
                    if byte + 1 > streams[l].capacity { streams[l].reserveCapacity(byte + byte / 4 + 8) }
                    streams[l].append(contentsOf: repeatElement(0, count: byte + 1 - size))
                }
                streams[l][byte] |= 1 << UInt8(doc & 7)
                documentCounts[l] += 1
                continue
            }
            let occurrences = UInt8(truncatingIfNeeded: state[l])
            var v = UInt64(doc &+ 1 &- previous) << 1 | (occurrences > 1 ? 1 : 0)
            // Grow by a quarter rather than doubling: postings are most of the index, and
            // doubling leaves a quarter of it unused on average.
            let size = streams[l].count
            if size + 6 > streams[l].capacity { streams[l].reserveCapacity(size + size / 4 + 8) }
            while v >= 0x80 {
                streams[l].append(UInt8(truncatingIfNeeded: v) | 0x80)
                v >>= 7
            }
            streams[l].append(UInt8(v))
            if occurrences > 1 { streams[l].append(occurrences) }
            documentCounts[l] += 1
            if documentCounts[l] >= Self.bitmapMinimum, UInt64(documentCounts[l]) * 4 >= UInt64(doc) + 1 {
                makeBitmap(l)
                if let texts, key > 0xFFFF, positions.count < Self.positionKeys {
                    addPositionColumn(l, key: key, doc: doc, at: Int(at), texts: texts)
                }
            }
        }
    }

    /// Rewrites list `l` as a bitmap.
    private mutating func makeBitmap(_ l: Int) {
        let docs = decode(l).docs
        var bits = [UInt8](repeating: 0, count: Int(docs.last ?? 0) / 8 + 1)
        for d in docs { bits[Int(d >> 3)] |= 1 << UInt8(d & 7) }
        streams[l] = bits
        bitmaps[l] = true
    }

    /// The documents of list `l`, ascending, with their occurrence counts.
    func decode(_ l: Int) -> (docs: [UInt32], frequency: [UInt8]) {
        var docs: [UInt32] = [], frequency: [UInt8] = []
        let n = Int(documentCounts[l])
        docs.reserveCapacity(n)
        frequency.reserveCapacity(n)
        if bitmaps[l] {
            streams[l].withUnsafeBufferPointer { bytes in
                for (i, b) in bytes.enumerated() where b != 0 {
                    var bits = b
                    while bits != 0 {
                        docs.append(UInt32(i << 3 | bits.trailingZeroBitCount))
                        bits &= bits - 1
                    }
                }
            }
            frequency = [UInt8](repeating: 1, count: docs.count)
            return (docs, frequency)
        }
        streams[l].withUnsafeBufferPointer { bytes in
            var i = 0
            var cur: UInt32 = 0
            while i < bytes.count {
                let (doc, count) = Self.nextPosting(bytes, &i, &cur)
                docs.append(doc)
                frequency.append(count)
            }
        }
        return (docs, frequency)
    }

    /// Reads the posting at byte `i` of a varint stream whose previous document id + 1 is
    /// `cur`; advances both. Returns the document and its occurrence count (1 when none is
    /// stored).
    @inline(__always)
    static func nextPosting(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ cur: inout UInt32) -> (doc: UInt32, count: UInt8) {
        var v: UInt64 = 0, s: UInt64 = 0
        while true {
            let b = bytes[i]; i += 1
            v |= UInt64(b & 0x7F) << s
            if b < 0x80 { break }
            s += 7
        }
        cur &+= UInt32(truncatingIfNeeded: v >> 1)
        var count: UInt8 = 1
        if v & 1 == 1 { count = bytes[i]; i += 1 }
        return (cur &- 1, count)
    }

    private mutating func grow() {
        let old = entries
        let cap = old.count * 2
        entries = Array(repeating: Self.empty, count: cap)
        state += Array(repeating: 0, count: cap / 2 - state.count)
        mask = cap - 1
        shift = UInt32(32 - cap.trailingZeroBitCount)
        for e in old where e != Self.empty {
            var i = home(UInt32(truncatingIfNeeded: e >> 32))
            while entries[i] != Self.empty { i = (i + 1) & mask }
            entries[i] = e
        }
    }

    /// Approximate heap bytes held (table, postings, per-list counters).
    var byteCount: Int {
        entries.count * 12 + streams.reduce(0) { $0 + $1.capacity + 48 } + streams.count * 17
            + positions.reduce(0) { $0 + $1.capacity * 2 + 32 }
    }
}
