import Dispatch

/// How a ``SearchIndex`` is stored in an index snapshot (see ``IndexSnapshot``): every
/// stored part except caches that refill themselves (the normaliser's per-scalar cache,
/// the date order, the last searches) and the folded texts, which the corpus snapshot's
/// documents hold (``StoredText``): an index read is given them (``attach(_:)``).
///
/// Field order is the format: change it only together with ``IndexSnapshot/formatVersion``.
extension SearchIndex {
    /// The stored parts of an index at one moment. Taking one is cheap (the arrays are
    /// shared copy-on-write) and it never changes afterwards, so it can be written on
    /// another thread while the index goes on answering (and mutating its caches).
    public struct Image: @unchecked Sendable {
        let count: Int, totalLength: Int
        let pinyin: PinyinTable
        let body: PostingTable, titles: PostingTable
        let titleTexts: FrozenTexts
        let strings: [String]
        let metadata: [DocumentMetadata]
        let lengths: [UInt32], dateKeys: [Int32]
    }

    /// Its stored parts as they are now.
    public var image: Image {
        Image(count: count, totalLength: totalLength, pinyin: pinyin, body: body, titles: titles,
              titleTexts: FrozenTexts(titleTexts), strings: strings.values, metadata: metadata, lengths: lengths, dateKeys: dateKeys)
    }
}

extension SearchIndex.Image {
    func write(to w: SnapshotWriter) {
        w.uint(UInt64(count))
        w.uint(UInt64(totalLength))
        pinyin.write(to: w)
        body.write(to: w)
        titles.write(to: w)
        for i in 0..<count { w.array(titleTexts[i]) }
        w.strings(strings)
        for m in metadata {
            w.int(Int(m.province)); w.int(Int(m.source)); w.int(Int(m.dateKey)); w.int(Int(m.level))
            w.array(m.kinds)
        }
        w.array(lengths)
        w.array(dateKeys)
    }
}

extension SearchIndex {
    /// Reads an index of `expected` documents (any number when `nil`); throws ``SnapshotError``
    /// when the stored one has another count or its parts do not fit together. It has no
    /// texts until ``attach(_:)`` gives them.
    convenience init(reading r: SnapshotReader, expected: Int?) throws {
        self.init()
        // An index built here folded every text, which built the Traditional → Simplified
        // table on the way; one read from a snapshot has not, and the first query would
        // wait for ICU (30–70 ms at its first keystroke). Build it meanwhile, off this thread.
        DispatchQueue.global(qos: .userInitiated).async { _ = HanConversion.table }
        let n = try r.count()
        if let expected, n != expected { throw SnapshotError.malformed("index of \(n) documents, \(expected) loaded") }
        let total = try r.uint()
        pinyin = try PinyinTable(reading: r)
        body = try PostingTable(reading: r)
        titles = try PostingTable(reading: r)
        for _ in 0..<n { try r.units(into: titleTexts) }
        totalLength = Int(total)
        let values = try r.strings()
        for value in values { _ = strings.id(value) }
        guard strings.values.count == values.count else { throw SnapshotError.malformed("index strings repeat") }
        metadata.reserveCapacity(n)
        func interned(_ v: Int) throws -> Int32 {
            guard v >= -1 && v < values.count else { throw SnapshotError.malformed("index string number") }
            return Int32(v)
        }
        for _ in 0..<n {
            let province = try interned(try r.int()), source = try interned(try r.int())
            let dateKey = try r.int(), level = try r.int()
            let kinds: [Int32] = try r.array()
            guard dateKey >= -1 && dateKey <= Int(Int32.max), level >= -1 && level < InspectionLevel.allCases.count,
                  try kinds.allSatisfy({ try interned(Int($0)) >= 0 }) else { throw SnapshotError.malformed("index metadata") }
            metadata.append(DocumentMetadata(province: province, source: source, dateKey: Int32(dateKey),
                                             level: Int8(level), kinds: kinds))
        }
        lengths = try r.array()
        dateKeys = try r.array()
        guard lengths.count == n, dateKeys.count == n,
              lengths.reduce(0, { $0 + Int($1) }) == totalLength,
              zip(dateKeys, metadata).allSatisfy({ $0 == $1.dateKey }) else { throw SnapshotError.malformed("index lengths") }
    }

    /// Gives an index just read its documents' folded texts, in its order (taken where
    /// they lie); false, and nothing given, when they are not the texts it was built from
    /// (another number of them, or another length).
    func attach(_ stored: [StoredText]) -> Bool {
        guard texts.count == 0, stored.count == lengths.count,
              zip(stored, lengths).allSatisfy({ $0.units.count == Int($1) }) else { return false }
        for text in stored { texts.append(shared: text.units, in: text.chunk) }
        return true
    }
}

extension DocumentMetadata {
    init(province: Int32, source: Int32, dateKey: Int32, level: Int8, kinds: [Int32]) {
        self.province = province; self.source = source; self.dateKey = dateKey; self.level = level; self.kinds = kinds
    }
}

/// The folded texts of a ``TextStore`` as they are now: the store (whose chunks never move
/// while it lives) and copies of its per-document starts and lengths, so texts appended
/// later are not seen and never raced with.
struct FrozenTexts: @unchecked Sendable {
    let store: TextStore
    let starts: [UnsafePointer<UInt16>]
    let lengths: [UInt32]

    init(_ store: TextStore) {
        self.store = store
        starts = store.starts
        lengths = store.lengths
    }

    subscript(doc: Int) -> UnsafeBufferPointer<UInt16> {
        UnsafeBufferPointer(start: starts[doc], count: Int(lengths[doc]))
    }
}
