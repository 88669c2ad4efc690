import Foundation

/// Toneless pinyin for Han characters, one reading per character.
///
/// Derived from ICU's `Han-Latin` (`StringTransform.mandarinToLatin`) applied to each
/// character on its own, so a polyphone gets ICU's default reading only (`行` is `xing`,
/// never `hang`; `长` is `chang`). Tone marks are stripped; `ü` is written `v` (`lv`).
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
    /// Per BMP unit: the first letter of its syllable, or 0.
    private(set) var initials: [UInt8] = Array(repeating: 0, count: 0x10000)
    private var syllableIDs: [[UInt8]: UInt16] = [:]
    static let unknown: UInt16 = 0xFFFF

    init() {}

    @inline(__always)
    static func isHan(_ u: UInt16) -> Bool { (u >= 0x3400 && u < 0xA000) || (u >= 0xF900 && u < 0xFB00) }

    /// The syllable of a unit, or an empty array when it has none (or was not prepared).
    func syllable(_ u: UInt16) -> [UInt8] {
        let id = Int(syllableOf[Int(u)])
        return id == Int(Self.unknown) ? [] : Array(spellings[Int(starts[id])..<Int(starts[id + 1])])
    }

    /// Calls `body` with raw views of the tables (valid only inside `body`).
    func withView<R>(_ body: (PinyinView) -> R) -> R {
        syllableOf.withUnsafeBufferPointer { ids in
            spellings.withUnsafeBufferPointer { letters in
                starts.withUnsafeBufferPointer { starts in
                    initials.withUnsafeBufferPointer { initials in
                        body(PinyinView(ids: ids, letters: letters, starts: starts, initials: initials))
                    }
                }
            }
        }
    }

    /// Looks up every Han unit of `units` not seen before.
    mutating func prepare(_ units: [UInt16]) {
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
            if let id = syllableIDs[spelling] {
                syllableOf[Int(u)] = id
            } else {
                let id = UInt16(starts.count - 1)
                spellings += spelling
                starts.append(UInt32(spellings.count))
                syllableIDs[spelling] = id
                syllableOf[Int(u)] = id
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

    /// Toneless pinyin of a whole string (syllables concatenated) and its initials.
    mutating func spell(_ units: [UInt16]) -> (full: [UInt8], initials: [UInt8]) {
        prepare(units)
        var full: [UInt8] = [], initials: [UInt8] = []
        for u in units {
            let s = syllable(u)
            guard let first = s.first else { continue }
            full += s
            initials.append(first)
        }
        return (full, initials)
    }
}

/// Raw, read-only access to a ``PinyinTable`` for hot loops.
struct PinyinView {
    let ids: UnsafeBufferPointer<UInt16>
    let letters: UnsafeBufferPointer<UInt8>
    let starts: UnsafeBufferPointer<UInt32>
    /// First letter of each unit's syllable, or 0.
    let initials: UnsafeBufferPointer<UInt8>

    /// Start and end of unit `u`'s spelling in ``letters`` (empty when it has none).
    @inline(__always)
    func spelling(_ u: UInt16) -> (start: Int, end: Int) {
        let id = Int(ids[Int(u)])
        if id == Int(PinyinTable.unknown) { return (0, 0) }
        return (Int(starts[id]), Int(starts[id + 1]))
    }
}
