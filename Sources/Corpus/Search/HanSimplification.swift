import Foundation

/// The per-character Traditional → Simplified table search folds Han text with.
///
/// Built once (on first use) from ICU's `Hant-Hans` transform applied over the CJK
/// Unified Ideographs block (U+4E00–U+9FFF) and Extension A (U+3400–U+4DBF). The
/// transform is run over each block as one string and compared position by position,
/// which is valid because `Hant-Hans` maps these characters one to one (checked while
/// building: a block whose output length differs is folded character by character).
///
/// A character is **kept** (not folded) when Simplified text also uses it:
/// - it is itself the Simplified form of another character (e.g. `苎`/`苧`, which ICU
///   maps onto each other), or
/// - it is in ``keptCharacters``, characters that are both a Traditional form and a
///   standard Simplified character with a meaning of their own (`著` in 著名, `乾` in
///   乾坤, `於` as a surname …). Folding them would make a Simplified query for `着`
///   find every 著名.
///
/// `察` is not touched by ICU and stays `察`, so `巡察` never becomes `巡查`.
///
/// Build time: about 0.1 s on a 2-core machine (measured with `xunshi bench`).
enum HanSimplification {
    /// Characters that ICU would fold but Simplified text uses with their own meaning.
    static let keptCharacters: Set<Unicode.Scalar> = Set("著乾於徵瞭藉夥覆蘋".unicodeScalars)

    /// The ranges the table covers (half-open, scalar values).
    static let ranges: [Range<UInt32>] = [0x3400..<0x4DC0, 0x4E00..<0xA000]

    /// Table for U+3400–U+9FFF indexed by `scalar - 0x3400`; each entry is the folded scalar.
    static let table: [UInt16] = build()

    /// The folded form of `v` if it lies in a covered Han range, else `v` unchanged.
    @inline(__always)
    static func simplified(_ v: UInt32) -> UInt32 {
        guard v >= 0x3400 && v < 0xA000 else { return v }
        return UInt32(table[Int(v - 0x3400)])
    }

    private static func build() -> [UInt16] {
        var table = (0x3400..<0xA000).map { UInt16($0) }
        var mapped: [(UInt32, UInt32)] = []
        for range in ranges {
            let input = range.compactMap(Unicode.Scalar.init)
            var source = String.UnicodeScalarView()
            source.append(contentsOf: input)
            let output = Array((String(source).applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? "").unicodeScalars)
            if output.count == input.count {
                for (a, b) in zip(input, output) where a != b { mapped.append((a.value, b.value)) }
            } else {
                for a in input {
                    let b = String(a).applyingTransform(StringTransform("Hant-Hans"), reverse: false)?.unicodeScalars
                    if let b, b.count == 1, let s = b.first, s != a { mapped.append((a.value, s.value)) }
                }
            }
        }
        let targets = Set(mapped.map { $0.1 })
        for (from, to) in mapped where !targets.contains(from) && to <= 0xFFFF {
            guard let scalar = Unicode.Scalar(from), !keptCharacters.contains(scalar) else { continue }
            table[Int(from - 0x3400)] = UInt16(to)
        }
        return table
    }
}
