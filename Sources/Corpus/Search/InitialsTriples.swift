#if canImport(Glibc)
import Glibc
#endif

/// Where each document's commonest triples of first letters first occur: for a query of
/// initials only, whether a text can hold a match at all, and where its scan can start.
///
/// A query of initials only (`jdjc`) matches at place `p` exactly when each unit from `p`
/// on has a reading starting with the query's letter there (see ``PinyinMatcher/readsClasses``).
/// So it matches at `p` only if the triple of its letters `i`, `i + 1`, `i + 2` occurs at
/// `p + i` for every `i`: a text where one of those triples never occurs holds no match,
/// and none before the triple's first place minus `i`. Before these columns, the keystroke
/// `jdj` scanned every text holding `jd` from its first `jd` on, to its end in the fifth
/// that hold no `jdj` (10.7 ms at the median at 100,000 documents).
///
/// The triples given a column are the commonest in a sample of the documents (those in at
/// least one document in 64, at most ``maximumColumns``): common triples are the ones
/// whose scans are long. The commonest pairs of first letters get columns the same way (at
/// most ``maximumPairColumns``), for queries of two letters. Per column and document one byte: the triple's first place
/// divided by ``PostingTable/positionGrain`` (at most 254, so never past it), or
/// ``absent``. 100 KB per column at 100,000 documents.
///
/// The other triples and pairs (the rarer ones, whose scans were the long ones left: `zfg`,
/// in 0.1 % of the texts, scanned every text holding `zf` from its first `zf` on, to the end)
/// are each hashed to one of ``signatureBits`` bits, and each document keeps the bits of
/// those it holds (its *signature*): a query whose rarer triple's bit is clear in a document
/// has no match there. One bit per document and signature bit, a bitset over the documents
/// per signature bit (read in document order by the scans): 25.6 MB at 100,000 documents.
///
/// Filled with the classes (``PinyinInitials/extend(_:view:)``), on the threads that make
/// them, each thread a run of 64 documents at a time (a word of every signature bit's set);
/// read from several threads while nothing is added.
final class InitialsTriples: @unchecked Sendable {
    static let maximumColumns = 512
    /// At most this many pairs of first letters get a column too, for queries of two letters.
    static let maximumPairColumns = 256
    /// The value of a document where the column's triple does not occur.
    static let absent: UInt8 = 255
    /// Triple keys: `a * 676 + b * 26 + c` for letters `a`, `b`, `c` numbered from 0 (`a` = 0).
    static let tripleKeys = 26 * 26 * 26
    /// Pair keys follow: ``tripleKeys`` + `a * 26 + b`.
    static let keyCount = tripleKeys + 26 * 26
    /// Bits of a document's signature of its rarer triples and pairs (a multiple of 64).
    static let signatureBits = 2048

    /// Column of each triple key, or -1; empty until ``choose(documents:classes:masks:)``.
    private(set) var columnOf: [Int16] = []
    /// ``columnOf`` with ``columns`` (a slot written and never read) for -1, so that filling
    /// a document does not branch on it (most triples have no column).
    private var slotOf: [UInt16] = []
    /// Documents covered.
    private(set) var count = 0
    private var capacity = 0
    /// Column `c` of document `d` at `c * capacity + d`.
    private var storage: UnsafeMutablePointer<UInt8>?
    private(set) var columns = 0
    /// The signature bit of each key without a column; ``signatureBits`` (a bit past the
    /// signature, never stored) for those with one.
    private var bitOf: [UInt16] = []
    /// Signature bit `b` of document `d` at bit `d % 64` of word `b * signatureWords + d / 64`.
    private var signature: UnsafeMutablePointer<UInt64>?
    /// Words per signature bit: enough for ``capacity`` documents.
    private var signatureWords = 0

    init() {}

    deinit {
        storage?.deallocate()
        signature?.deallocate()
    }

    /// Whether columns were chosen (at the first documents' classes).
    var isChosen: Bool { !columnOf.isEmpty }

    /// Bytes held.
    var byteCount: Int { columns * capacity + columnOf.count * 2 + Self.signatureBits * signatureWords * 8 + bitOf.count * 2 }

    /// Chooses the columns from a sample of about 2,048 of `documents` documents, whose
    /// classes `classes` gives; `masks` is the first letters of each class.
    func choose(documents: Int, classes: (Int) -> UnsafeBufferPointer<UInt8>, masks: UnsafeBufferPointer<UInt32>) {
        var frequency = [Int32](repeating: 0, count: Self.keyCount)
        var seen = [Int32](repeating: -1, count: Self.keyCount)
        let step = max(1, documents / 2048)
        var sampled = 0
        for d in stride(from: 0, to: documents, by: step) {
            sampled += 1
            let count = { (key: Int, _: Int) in
                if seen[key] != Int32(d) {
                    seen[key] = Int32(d)
                    frequency[key] += 1
                }
            }
            Self.forEachTriple(classes(d), masks: masks, count)
            Self.forEachPair(classes(d), masks: masks, count)
        }
        func commonest(_ keys: Range<Int>, _ limit: Int) -> ArraySlice<Int> {
            keys.filter { frequency[$0] > 0 && Int(frequency[$0]) * 64 >= sampled }
                .sorted { frequency[$0] != frequency[$1] ? frequency[$0] > frequency[$1] : $0 < $1 }
                .prefix(limit)
        }
        let common = commonest(0..<Self.tripleKeys, Self.maximumColumns)
            + commonest(Self.tripleKeys..<Self.keyCount, Self.maximumPairColumns)
        columnOf = [Int16](repeating: -1, count: Self.keyCount)
        for (c, key) in common.enumerated() { columnOf[key] = Int16(c) }
        columns = common.count
        slotOf = columnOf.map { $0 >= 0 ? UInt16($0) : UInt16(common.count) }
        bitOf = (0..<Self.keyCount).map { key in
            columnOf[key] >= 0 ? UInt16(Self.signatureBits) : Self.hashedBit(key)
        }
    }

    /// The signature bit of `key`: the top bits of a multiplicative hash.
    static func hashedBit(_ key: Int) -> UInt16 {
        UInt16(truncatingIfNeeded: (UInt32(key) &* 2_654_435_761) >> UInt32(32 - signatureBits.trailingZeroBitCount))
    }

    /// Makes room for `documents` documents; those not filled yet read ``absent``.
    func grow(to documents: Int) {
        guard documents > count else { return }
        if documents > capacity {
            let newCapacity = capacity == 0 ? documents : max(documents, capacity + capacity / 4)
            let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, columns * newCapacity))
            fresh.initialize(repeating: Self.absent, count: max(1, columns * newCapacity))
            if let storage {
                for c in 0..<columns { (fresh + c * newCapacity).update(from: storage + c * capacity, count: count) }
                storage.deallocate()
            }
            storage = fresh
            let words = (newCapacity + 63) / 64
            let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.signatureBits * words)
            bits.initialize(repeating: 0, count: Self.signatureBits * words)
            if let signature {
                for b in 0..<Self.signatureBits { (bits + b * words).update(from: signature + b * signatureWords, count: signatureWords) }
                signature.deallocate()
            }
            signature = bits
            signatureWords = words
            capacity = newCapacity
        }
        count = documents
    }

    /// Writes document `doc`'s entries from its `classes`. Documents are filled from
    /// several threads at once, each run of 64 documents (from a multiple of 64) by one.
    func fill(doc: Int, classes: UnsafeBufferPointer<UInt8>, masks: UnsafeBufferPointer<UInt32>) {
        guard columns > 0, let storage, let signature else { return }
        let words = Self.signatureBits / 64
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: columns + 1) { firsts in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words + 1) { bits in
            firsts.initialize(repeating: Self.absent)
            bits.initialize(repeating: 0)
            slotOf.withUnsafeBufferPointer { slotOf in bitOf.withUnsafeBufferPointer { bitOf in
                // Places ascend: the first write to a slot is the least.
                let keep = { (key: Int, place: Int) in
                    let c = Int(slotOf[key])
                    firsts[c] = min(firsts[c], UInt8(truncatingIfNeeded: min(place / PostingTable.positionGrain, 254)))
                    let b = Int(bitOf[key])
                    bits[b >> 6] |= 1 << UInt64(b & 63)
                }
                Self.forEachTriple(classes, masks: masks, keep)
                Self.forEachPair(classes, masks: masks, keep)
            } }
            for c in 0..<columns { storage[c * capacity + doc] = firsts[c] }
            let word = doc >> 6, bit = UInt64(1) << UInt64(doc & 63)
            for w in 0..<words {
                var set = bits[w]
                while set != 0 {
                    signature[(w << 6 | set.trailingZeroBitCount) * signatureWords + word] |= bit
                    set &= set - 1
                }
            }
        } }
    }

    /// The key of a triple or pair of lower-case ASCII letters, once columns are chosen.
    private func key(of letters: ArraySlice<UInt16>) -> Int? {
        guard isChosen, letters.count == 2 || letters.count == 3,
              letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        let n = letters.map { Int($0 - 0x61) }
        return n.count == 3 ? n[0] * 676 + n[1] * 26 + n[2] : Self.tripleKeys + n[0] * 26 + n[1]
    }

    /// The signature bit of a triple or pair of lower-case ASCII letters when it has no
    /// column (see ``signatureBits``).
    func signatureBit(of letters: ArraySlice<UInt16>) -> Int? {
        guard let key = key(of: letters) else { return nil }
        let bit = Int(bitOf[key])
        return bit < Self.signatureBits ? bit : nil
    }

    /// Signature bit `b` of every document: bit `d % 64` of word `d / 64` (valid until
    /// documents are added).
    func signature(_ b: Int) -> UnsafePointer<UInt64> { UnsafePointer(signature! + b * signatureWords) }

    /// Column `c`'s entries, one per document (valid until documents are added).
    func column(_ c: Int) -> UnsafePointer<UInt8> { UnsafePointer(storage! + c * capacity) }

    /// The column of a triple or pair of lower-case ASCII letters, if it has one.
    func column(of letters: ArraySlice<UInt16>) -> Int? {
        guard let key = key(of: letters) else { return nil }
        let column = columnOf[key]
        return column >= 0 ? Int(column) : nil
    }

    /// Calls `body` with the key (from ``tripleKeys`` on) and place of every pair of first
    /// letters in `classes`, places ascending.
    @inline(__always)
    static func forEachPair(_ classes: UnsafeBufferPointer<UInt8>, masks: UnsafeBufferPointer<UInt32>,
                            _ body: (Int, Int) -> Void) {
        let n = classes.count
        guard n >= 2 else { return }
        var m1 = masks[Int(classes[0])]
        for p in 0..<(n - 1) {
            let m0 = m1
            m1 = masks[Int(classes[p + 1])]
            guard m0 != 0 && m1 != 0 else { continue }
            if (m0 & (m0 - 1)) | (m1 & (m1 - 1)) == 0 {
                body(tripleKeys + m0.trailingZeroBitCount * 26 + m1.trailingZeroBitCount, p)
            } else {
                var a = m0
                while a != 0 {
                    let x = tripleKeys + a.trailingZeroBitCount * 26
                    a &= a - 1
                    var b = m1
                    while b != 0 {
                        body(x + b.trailingZeroBitCount, p)
                        b &= b - 1
                    }
                }
            }
        }
    }

    /// Calls `body` with the key and place of every triple of first letters in `classes`
    /// (each letter of a unit whose class stands for several), places ascending.
    @inline(__always)
    static func forEachTriple(_ classes: UnsafeBufferPointer<UInt8>, masks: UnsafeBufferPointer<UInt32>,
                              _ body: (Int, Int) -> Void) {
        let n = classes.count
        guard n >= 3 else { return }
        var m1 = masks[Int(classes[0])], m2 = masks[Int(classes[1])]
        for p in 0..<(n - 2) {
            let m0 = m1
            m1 = m2
            m2 = masks[Int(classes[p + 2])]
            guard m0 != 0 && m1 != 0 && m2 != 0 else { continue }
            if (m0 & (m0 - 1)) | (m1 & (m1 - 1)) | (m2 & (m2 - 1)) == 0 {
                body(m0.trailingZeroBitCount * 676 + m1.trailingZeroBitCount * 26 + m2.trailingZeroBitCount, p)
            } else {
                var a = m0
                while a != 0 {
                    let x = a.trailingZeroBitCount * 676
                    a &= a - 1
                    var b = m1
                    while b != 0 {
                        let y = b.trailingZeroBitCount * 26
                        b &= b - 1
                        var c = m2
                        while c != 0 {
                            body(x + y + c.trailingZeroBitCount, p)
                            c &= c - 1
                        }
                    }
                }
            }
        }
    }
}
