import Foundation

/// Folds text and queries the same way so they meet: NFKC (full-width ↔ half-width),
/// lower case, and Traditional → Simplified per character (``HanConversion``).
///
/// Output is UTF-16 code units (`UInt16`); a scalar outside the BMP becomes a surrogate
/// pair, so matching code units matches scalars. Each input scalar is folded on its own
/// (no composition across scalars); NFKC may expand one scalar into several units
/// (`㈱` → `(株)`) or delete it.
///
/// Not thread-safe: it caches the folding of non-Han BMP scalars as it meets them.
/// Each ``SearchIndex`` owns one.
struct SearchNormalizer {
    /// Per BMP scalar: 0 = not computed yet; `known | unit` = folds to one unit;
    /// `expansion | index` = folds to `expansions[index]`.
    private var cache: [UInt32] = Array(repeating: 0, count: 0x10000)
    private var expansions: [[UInt16]] = []
    private static let known: UInt32 = 1 << 30
    private static let expansion: UInt32 = 1 << 31

    init() {}

    /// The folded units of `text`.
    mutating func normalize(_ text: String) -> [UInt16] {
        var out: [UInt16] = []
        append(text, to: &out, offsets: nil, base: 0)
        return out
    }

    /// Appends the folded units of `text` to `out`; when `offsets` is given, appends for
    /// every unit the Unicode-scalar offset (`base` + index in `text`) it came from.
    mutating func append(_ text: String, to out: inout [UInt16], offsets: UnsafeMutablePointer<[Int32]>?, base: Int) {
        var index = base
        for scalar in text.unicodeScalars {
            let before = out.count
            fold(scalar.value, into: &out)
            if let offsets {
                for _ in before..<out.count { offsets.pointee.append(Int32(index)) }
            }
            index += 1
        }
    }

    /// Appends the folding of one scalar value.
    @inline(__always)
    mutating func fold(_ v: UInt32, into out: inout [UInt16]) {
        if v < 0x80 {
            out.append(UInt16(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
        } else if v >= 0x3400 && v < 0xA000 {
            out.append(UInt16(HanConversion.simplifiedValue(v)))
        } else if v < 0x10000 {
            var entry = cache[Int(v)]
            if entry == 0 { entry = compute(v) }
            if entry & Self.expansion != 0 {
                out.append(contentsOf: expansions[Int(entry & ~Self.expansion)])
            } else {
                out.append(UInt16(truncatingIfNeeded: entry))
            }
        } else {
            out.append(contentsOf: Self.foldSlow(v))
        }
    }

    private mutating func compute(_ v: UInt32) -> UInt32 {
        let units = Self.foldSlow(v)
        let entry: UInt32
        if units.count == 1 {
            entry = Self.known | UInt32(units[0])
        } else {
            entry = Self.expansion | UInt32(expansions.count)
            expansions.append(units)
        }
        cache[Int(v)] = entry
        return entry
    }

    /// NFKC, lower case and Han simplification of one scalar through Foundation.
    static func foldSlow(_ v: UInt32) -> [UInt16] {
        guard let scalar = Unicode.Scalar(v) else { return [] }
        let folded = String(scalar).precomposedStringWithCompatibilityMapping.lowercased()
        var result = String.UnicodeScalarView()
        for s in folded.unicodeScalars {
            result.append(Unicode.Scalar(HanConversion.simplifiedValue(s.value)) ?? s)
        }
        return Array(String(result).utf16)
    }
}
