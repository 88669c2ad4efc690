/// The prefilter of a ``PinyinMatcher`` that reads first-letter classes (a query of
/// initials only): for each class, the positions of the match it may stand at, so a scan
/// finds candidate starts with one table look-up per unit. (Scans of the text take their
/// per-unit table from the ``PinyinLattice``, which knows each character's readings.)
///
/// A match is a run of units whose readings spell the query piece by piece (see
/// ``PinyinMatcher``). Where no syllable of the table starts with the query's letters
/// `j` and `j + 1`, the piece at letter `j` is that one letter, so the next unit's piece
/// starts at letter `j + 1`: `xsxc` (no syllable starts `xs`, `sx` or `xc`) is four units
/// whose readings start with `x`, `s`, `x` and `c`. Every match thus starts with a
/// *stretch* of units whose readings start with known letters. The stretch is:
/// - those forced letters, one unit each (`xsxc`: 4 units);
/// - else, when the query is no prefix of a syllable, so a match takes two units or more:
///   a unit starting with the first letter, then one starting with any letter that can
///   follow a complete first piece (`xuns`: `x` then `u`, `n` or `s`, after `x`, `xu` or `xun`);
/// - else one unit starting with the first letter.
///
/// Bit `i` of a unit's entry is clear when one of its readings starts with a letter allowed
/// at the stretch's unit `i`. Only where a whole stretch passes is the full match tried.
enum PinyinFilter {
    /// Stretches are at most this many units (the bits of one byte).
    static let maximumStretch = 8

    /// The prefilter table per ``PinyinInitials`` class (256 entries, complemented for a
    /// shift-or scan: bit `i` is *clear* where a unit of class `c` may stand at the stretch's
    /// unit `i`; `letters(c)` gives the first letters of class `c`).
    static func classTable(allowed: [UInt32], letters: (Int) -> UInt32) -> [UInt8] {
        (0..<256).map { c -> UInt8 in
            var bits: UInt8 = 0
            for (i, mask) in allowed.enumerated() where letters(c) & mask != 0 { bits |= 1 << UInt8(i) }
            return ~bits
        }
    }

    /// Per unit of the stretch, the first letters allowed there, as ``PinyinTable/bit(_:)`` masks.
    static func stretch(_ q: [UInt8], view: PinyinView) -> [UInt32] {
        let spellings = syllables(view)
        func startsSyllable(_ prefix: ArraySlice<UInt8>) -> Bool { spellings.contains { $0.starts(with: prefix) } }
        var allowed = [PinyinTable.bit(q[0])]
        var j = 0
        while j + 1 < q.count, allowed.count < maximumStretch, !startsSyllable(q[j...(j + 1)]) {
            j += 1
            allowed.append(PinyinTable.bit(q[j]))
        }
        guard allowed.count == 1, q.count > 1, !startsSyllable(q[...]) else { return allowed }
        // Two units at least: the second starts where a complete first piece ends.
        var second: UInt32 = 0
        for k in 1..<q.count where isPiece(q[..<k], spellings) { second |= PinyinTable.bit(q[k]) }
        allowed.append(second)
        return allowed
    }

    /// Whether `piece` can be a whole piece of one unit: a syllable, or the initial of a
    /// longer one (its first letter, or `zh`, `ch`, `sh`).
    private static func isPiece(_ piece: ArraySlice<UInt8>, _ spellings: [ArraySlice<UInt8>]) -> Bool {
        spellings.contains { s in
            if s.elementsEqual(piece) { return true }
            guard s.count > piece.count, s.starts(with: piece) else { return false }
            if piece.count == 1 { return true }
            return piece.count == 2 && piece.last == 0x68 && [0x7A, 0x63, 0x73].contains(piece.first!)
        }
    }

    /// Every syllable spelling of the table (main and other readings).
    private static func syllables(_ view: PinyinView) -> [ArraySlice<UInt8>] {
        guard view.starts.count > 1 else { return [] }
        let letters = Array(view.letters)
        return (0..<(view.starts.count - 1)).compactMap { id in
            let s = Int(view.starts[id]), e = Int(view.starts[id + 1])
            return e > s ? letters[s..<e] : nil
        }
    }
}
