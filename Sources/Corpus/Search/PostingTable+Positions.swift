/// First positions for the most common bigram keys.
///
/// A term of three or more characters is verified against each candidate's text from a
/// start hint on (the previous keystroke's first occurrence, else the text's start). For
/// the first keystroke that makes a term three characters long there was no occurrence to
/// start from, and the terms people type are made of the corpus's most common bigrams,
/// found in most documents, so that keystroke scanned most of the corpus: a scan bound by
/// memory bandwidth (about 14 GB/s on two cores), 12–20 ms at 100,000 documents.
///
/// So the first ``positionKeys`` bigram keys to become bitmaps (the commonest, by the
/// time each reached a quarter of the documents) keep two bytes per document: the unit
/// offset of the key's first occurrence in the text, at most ``positionCap``. The value is
/// never past the first occurrence, so a term holding that bigram at offset `o` cannot
/// occur before `value − o`; below ``positionCap`` it is exact, so where every bigram of a
/// term first occurs in a row the term occurs there, unread (``SearchIndex``'s literal
/// scan). At 100,000 documents the columns take 102.4 MB (200 KB each). With 128 columns,
/// `監督檢` (`督检` is the 351st commonest bigram of that corpus) scanned from the first
/// `监督` on, about 640 units per document: 8–9.5 ms; with 512, 2–3 ms.
extension PostingTable {
    /// How many bigram keys get a column.
    static let positionKeys = 512
    /// Units per step of a coarse position (one byte: ``step(_:)``, the pinyin scans' bounds
    /// and ``InitialsTriples``).
    static let positionGrain = 16
    /// The largest stored position: a first occurrence at this offset or beyond is stored
    /// as this (a bound, no longer exact).
    static let positionCap = Int(UInt16.max)

    /// The stored value for a first occurrence at unit offset `at`.
    @inline(__always)
    static func stored(_ at: Int) -> UInt16 { UInt16(min(at, positionCap)) }

    /// A stored position in steps of ``positionGrain``, at most 255 (never past it).
    @inline(__always)
    static func step(_ stored: UInt16) -> UInt8 { UInt8(min(Int(stored) / positionGrain, 255)) }

    /// Records that the key of column `c` first occurs at unit offset `at` in `doc`.
    mutating func setPosition(_ c: Int, doc: UInt32, at: Int) {
        let d = Int(doc)
        if positions[c].count <= d {
            if d + 1 > positions[c].capacity { positions[c].reserveCapacity(d + d / 4 + 64) }
            positions[c].append(contentsOf: repeatElement(0, count: d + 1 - positions[c].count))
        }
        positions[c][d] = Self.stored(at)
    }

    /// Gives bitmap list `l` (bigram `key`, just made a bitmap while adding `doc`, where it
    /// first occurs at `at`) a column, filled for the earlier documents from their folded
    /// `texts`.
    mutating func addPositionColumn(_ l: Int, key: UInt32, doc: UInt32, at: Int, texts: TextStore) {
        let c = positions.count
        positions.append([])
        positionColumn[l] = Int32(c)
        let pattern = [UInt16(truncatingIfNeeded: key >> 16), UInt16(truncatingIfNeeded: key)]
        for d in decode(l).docs where d < doc && Int(d) < texts.count {
            let text = texts[Int(d)]
            let first = pattern.withUnsafeBufferPointer { UnitSearch.first($0, in: text, from: 0, anchor: 0) }
            setPosition(c, doc: d, at: first ?? 0)
        }
        setPosition(c, doc: doc, at: at)
    }

    /// The column of list `l`, if it has one.
    func positionColumn(of l: Int) -> [UInt16]? {
        let c = positionColumn[l]
        return c >= 0 ? positions[Int(c)] : nil
    }
}
