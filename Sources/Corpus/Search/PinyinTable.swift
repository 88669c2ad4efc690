import Foundation

/// Toneless pinyin for Han characters: a main reading per character, and the other
/// readings of polyphones.
///
/// The main reading is ICU's `Han-Latin` (`StringTransform.mandarinToLatin`) applied to
/// each character on its own (`行` is `xing`, `长` is `chang`). The few characters with
/// more readings (``PinyinReadings``, 835 of them) also get a small side list of the
/// others (`行` also `hang`, `长` also `zhang`, `重` also `chong`). Tone marks are
/// stripped; `ü` is written `v` (`lv`).
///
/// Filled lazily: ``prepare(_:)`` looks up, in one ICU call, every character of a batch
/// of text it has not seen yet. Not thread-safe; each ``SearchIndex`` owns one.
struct PinyinTable {
    /// Per BMP unit: `unknown`, 0 (no reading), or a syllable number.
    private(set) var syllableOf: [UInt16] = Array(repeating: PinyinTable.unknown, count: 0x10000)
    /// Syllable spellings (ASCII), concatenated; syllable `n` is `spellings[starts[n]..<starts[n + 1]]`.
    /// Syllable 0 is the empty "no reading" entry.
    private(set) var spellings: [UInt8] = []
    private(set) var starts: [UInt32] = [0, 0]
    /// Per BMP unit: the first letter of its readings, 0 when it has none, or
    /// ``PinyinTable/severalInitials`` for a polyphone whose readings start with different
    /// letters (`重`: `z` and `c`). One byte, so the hot part of the table stays in cache.
    private(set) var initials: [UInt8] = Array(repeating: 0, count: 0x10000)
    /// Per BMP unit: 0, or the offset in ``alternates`` of its other readings.
    private(set) var alternateOf: [UInt16] = Array(repeating: 0, count: 0x10000)
    /// Lists of other readings: at offset `i`, a count `n`, the low and high halves of a
    /// mask of the first letters of all the character's readings (bit `c - 0x61` for letter
    /// `c`), then `n` syllable numbers. Offset 0 is a dummy, so that 0 in ``alternateOf``
    /// means "none".
    private(set) var alternates: [UInt16] = [0]
    private var syllableIDs: [[UInt8]: UInt16] = [:]
    static let unknown: UInt16 = 0xFFFF

    init() {}

    @inline(__always)
    static func isHan(_ u: UInt16) -> Bool { (u >= 0x3400 && u < 0xA000) || (u >= 0xF900 && u < 0xFB00) }

    /// The units ``isHan(_:)`` accepts, the only ones that can have a reading: CJK
    /// Extension A and Unified Ideographs, and the Compatibility Ideographs.
    static let hanUnits = [0x3400..<0xA000, 0xF900..<0xFB00]

    /// The syllable of a unit, or an empty array when it has none (or was not prepared).
    func syllable(_ u: UInt16) -> [UInt8] {
        let id = Int(syllableOf[Int(u)])
        return id == Int(Self.unknown) ? [] : Array(spellings[Int(starts[id])..<Int(starts[id + 1])])
    }

    /// Every reading of a unit, the main one first (empty when it has none or was not prepared).
    func readings(_ u: UInt16) -> [[UInt8]] {
        let main = syllable(u)
        guard !main.isEmpty else { return [] }
        let at = Int(alternateOf[Int(u)])
        guard at > 0 else { return [main] }
        return [main] + alternates[(at + 3)..<(at + 3 + Int(alternates[at]))].map { id in
            Array(spellings[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])])
        }
    }

    /// Calls `body` with raw views of the tables (valid only inside `body`).
    func withView<R>(_ body: (PinyinView) -> R) -> R {
        syllableOf.withUnsafeBufferPointer { ids in
            spellings.withUnsafeBufferPointer { letters in
                starts.withUnsafeBufferPointer { starts in
                    initials.withUnsafeBufferPointer { initials in
                        alternateOf.withUnsafeBufferPointer { alternateOf in
                            alternates.withUnsafeBufferPointer { alternates in
                                body(PinyinView(ids: ids, letters: letters, starts: starts, initials: initials,
                                                alternateOf: alternateOf, alternates: alternates))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The syllable number of `spelling`, adding it when new.
    private mutating func id(_ spelling: [UInt8]) -> UInt16 {
        if let id = syllableIDs[spelling] { return id }
        let id = UInt16(starts.count - 1)
        spellings += spelling
        starts.append(UInt32(spellings.count))
        syllableIDs[spelling] = id
        return id
    }

    /// The bit of lower-case ASCII letter `letter` in a first-letter mask.
    @inline(__always)
    static func bit(_ letter: UInt8) -> UInt32 { 1 << UInt32((letter &- 0x61) & 31) }

    /// The ``initials`` entry of a character whose readings start with different letters.
    static let severalInitials: UInt8 = 1

    /// Looks up every Han unit of `units` not seen before.
    mutating func prepare<Units: Collection<UInt16>>(_ units: Units) {
        var missing: [UInt16] = []
        for u in units where Self.isHan(u) && syllableOf[Int(u)] == Self.unknown {
            syllableOf[Int(u)] = 0
            missing.append(u)
        }
        guard !missing.isEmpty else { return }
        var source = String.UnicodeScalarView()
        for u in missing {
            source.append(Unicode.Scalar(u) ?? " ")
            source.append("\n")
        }
        let latin = String(source).applyingTransform(.mandarinToLatin, reverse: false) ?? ""
        let readings = latin.split(separator: "\n", omittingEmptySubsequences: false)
        guard readings.count >= missing.count else { return }
        for (u, reading) in zip(missing, readings) {
            let spelling = Self.toneless(reading)
            guard let initial = spelling.first else { continue }
            initials[Int(u)] = initial
            syllableOf[Int(u)] = id(spelling)
            let others = (PinyinReadings.table[u] ?? []).filter { $0 != spelling && !$0.isEmpty }
            guard !others.isEmpty, alternates.count + others.count + 3 < Int(UInt16.max) else { continue }
            alternateOf[Int(u)] = UInt16(alternates.count)
            var mask = Self.bit(initial)
            for other in others { mask |= Self.bit(other[0]) }
            alternates += [UInt16(others.count), UInt16(truncatingIfNeeded: mask), UInt16(truncatingIfNeeded: mask >> 16)]
            for other in others {
                alternates.append(id(other))
                if other[0] != initial { initials[Int(u)] = Self.severalInitials }
            }
        }
    }

    /// Takes the arrays of a stored table (see `PinyinTable+Snapshot.swift`, which checks
    /// them) and rebuilds the spelling look-up that ``prepare(_:)`` adds to.
    mutating func restore(syllableOf: [UInt16], spellings: [UInt8], starts: [UInt32], initials: [UInt8],
                          alternateOf: [UInt16], alternates: [UInt16]) throws {
        self.syllableOf = syllableOf; self.spellings = spellings; self.starts = starts
        self.initials = initials; self.alternateOf = alternateOf; self.alternates = alternates
        syllableIDs = [:]
        for id in 0..<(starts.count - 1) {
            let spelling = Array(spellings[Int(starts[id])..<Int(starts[id + 1])])
            // Syllable 0 is the empty "no reading" entry; no other may repeat.
            guard id == 0 || syllableIDs.updateValue(UInt16(id), forKey: spelling) == nil else {
                throw SnapshotError.malformed("pinyin syllables repeat")
            }
        }
    }

    /// Lower-case ASCII letters of a reading without tone marks, `ü` as `v`; empty when
    /// the reading is not a pinyin syllable (ICU left the character as it was).
    static func toneless(_ reading: Substring) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in String(reading).decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A: out.append(UInt8(scalar.value))
            case 0x41...0x5A: out.append(UInt8(scalar.value + 0x20))
            case 0x308: if out.last == 0x75 { out[out.count - 1] = 0x76 }
            case 0x300...0x36F: continue
            default: return []
            }
        }
        return out
    }

}

/// Raw, read-only access to a ``PinyinTable`` for hot loops.
struct PinyinView {
    let ids: UnsafeBufferPointer<UInt16>
    let letters: UnsafeBufferPointer<UInt8>
    let starts: UnsafeBufferPointer<UInt32>
    /// Per unit, the first letter of its readings, 0, or ``PinyinTable/severalInitials``.
    let initials: UnsafeBufferPointer<UInt8>
    /// Per unit, 0 or the offset of its other readings in ``alternates``.
    let alternateOf: UnsafeBufferPointer<UInt16>
    let alternates: UnsafeBufferPointer<UInt16>

    /// Start and end of unit `u`'s main spelling in ``letters`` (empty when it has none).
    @inline(__always)
    func spelling(_ u: UInt16) -> (start: Int, end: Int) {
        let id = Int(ids[Int(u)])
        if id == Int(PinyinTable.unknown) { return (0, 0) }
        return (Int(starts[id]), Int(starts[id + 1]))
    }

    /// The first letters of unit `u`'s readings, as a mask of ``PinyinTable/bit(_:)``s
    /// (0 when it has none): its ``initials`` entry, or for a polyphone whose readings start
    /// with different letters the mask kept with its other readings.
    @inline(__always)
    func firstLetters(_ u: UInt16) -> UInt32 {
        let initial = initials[Int(u)]
        if initial == 0 { return 0 }
        if initial != PinyinTable.severalInitials { return PinyinTable.bit(initial) }
        let at = Int(alternateOf[Int(u)])
        return at > 0 ? UInt32(alternates[at + 1]) | UInt32(alternates[at + 2]) << 16 : 0
    }

    /// Start and end in ``letters`` of syllable number `id`.
    @inline(__always)
    func spelling(id: UInt16) -> (start: Int, end: Int) { (Int(starts[Int(id)]), Int(starts[Int(id) + 1])) }
}
