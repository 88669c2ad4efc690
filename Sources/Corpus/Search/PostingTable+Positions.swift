/// Coarse first and last positions for the most common bigram keys.
///
/// A term of three or more characters is verified against each candidate's text from a
/// start hint on (the previous keystroke's first occurrence, else the text's start). For
/// the first keystroke that makes a term three characters long there was no occurrence to
/// start from, and the terms people type are made of the corpus's most common bigrams,
/// found in most documents, so that keystroke scanned most of the corpus: a scan bound by
/// memory bandwidth (about 14 GB/s on two cores), 12–20 ms at 100,000 documents.
///
/// So the first ``positionKeys`` bigram keys to become bitmaps (the commonest, by the
/// time each reached a quarter of the documents) keep one byte per document: the unit
/// offset of the key's first occurrence in the text divided by ``positionGrain``, at most
/// 255. `value × positionGrain` is never past the first occurrence, so a term holding that
/// bigram at offset `o` cannot occur before `value × positionGrain − o`. At 100,000
/// documents the columns take 51.2 MB (100 KB each). With 128 columns, `監督檢` (`督检` is
/// the 351st commonest bigram of that corpus) scanned from the first `监督` on,
/// about 640 units per document: 8–9.5 ms; with 512, 2–3 ms.
///
/// Each column also keeps the key's *last* occurrence, the same way (a second byte per
/// document: at 100,000 documents the columns take 102.4 MB). A term holding the bigram at
/// offset `o` cannot start after `(value + 1) × positionGrain − 1 − o` (unless the value is
/// 255: no bound), so a scan stops there, and a document where that is before the start
/// is not read at all. Documents holding every bigram of a term but not the term were
/// each scanned to their end: for `巡视巡察监` at 100,000 documents 12,837 of them, 9.2
/// million units, more than the 72,045 that match took.
extension PostingTable {
    /// How many bigram keys get a column.
    static let positionKeys = 512
    /// Units per step of a stored position.
    static let positionGrain = 16

    /// The stored value for an occurrence at unit offset `at`.
    @inline(__always)
    static func coarse(_ at: Int) -> UInt8 { UInt8(min(at / positionGrain, 255)) }

    /// A column entry: the first occurrence's coarse value in the low byte, the last's in
    /// the high byte.
    @inline(__always)
    static func span(first: Int, last: Int) -> UInt16 { UInt16(coarse(first)) | UInt16(coarse(last)) << 8 }

    /// Where a term holding a column's bigram at unit offset `offset` may start, from the
    /// column's entry `span`: never before `from`, never after `through` (`Int.max`: no bound).
    @inline(__always)
    static func bounds(_ span: UInt16, offset: Int) -> (from: Int, through: Int) {
        let last = Int(span >> 8)
        return (Int(span & 0xFF) * positionGrain - offset,
                last == 255 ? Int.max : (last + 1) * positionGrain - 1 - offset)
    }

    /// Records that the key of column `c` first occurs at unit offset `first` in `doc`,
    /// and last at `last`.
    mutating func setPosition(_ c: Int, doc: UInt32, first: Int, last: Int) {
        let d = Int(doc)
        if positions[c].count <= d {
            if d + 1 > positions[c].capacity { positions[c].reserveCapacity(d + d / 4 + 64) }
            positions[c].append(contentsOf: repeatElement(0, count: d + 1 - positions[c].count))
        }
        positions[c][d] = Self.span(first: first, last: last)
    }

    /// Gives bitmap list `l` (bigram `key`, just made a bitmap while adding `doc`, where it
    /// occurs first at `first` and last at `last`) a column, filled for the earlier
    /// documents from their folded `texts`.
    mutating func addPositionColumn(_ l: Int, key: UInt32, doc: UInt32, first: Int, last: Int, texts: TextStore) {
        let c = positions.count
        positions.append([])
        positionColumn[l] = Int32(c)
        let a = UInt16(truncatingIfNeeded: key >> 16), b = UInt16(truncatingIfNeeded: key)
        texts.withView { view in
            for d in decode(l).docs where d < doc && Int(d) < texts.count {
                let text = view[Int(d)]
                let found = [a, b].withUnsafeBufferPointer { UnitSearch.first($0, in: text, from: 0, anchor: 0) } ?? 0
                setPosition(c, doc: d, first: found, last: Self.last(a, b, in: text) ?? found)
            }
        }
        setPosition(c, doc: doc, first: first, last: last)
    }

    /// The unit offset of the last occurrence of the pair `a`, `b` in `text` (searched
    /// from the end: a common bigram is usually found near it).
    static func last(_ a: UInt16, _ b: UInt16, in text: UnsafeBufferPointer<UInt16>) -> Int? {
        var p = text.count - 2
        while p >= 0 {
            if text[p + 1] == b && text[p] == a { return p }
            p -= 1
        }
        return nil
    }

    /// The column of list `l`, if it has one.
    func positionColumn(of l: Int) -> [UInt16]? {
        let c = positionColumn[l]
        return c >= 0 ? positions[Int(c)] : nil
    }
}
