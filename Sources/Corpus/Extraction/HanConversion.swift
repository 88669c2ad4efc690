import Foundation

/// Traditional → Simplified Chinese, one scalar at a time.
///
/// The table is built once (lazily, thread-safely) by running ICU's `Hant-Hans` transform over
/// every CJK Unified Ideograph (U+4E00–U+9FFF) and Extension A (U+3400–U+4DBF) separately, so
/// ICU's phrase rules never apply: `巡察` stays `巡察` (ICU alone turns the phrase into `巡查`).
/// A character is kept (not converted) when Simplified text also uses it:
/// - it is itself the Simplified form of another character (ICU maps some pairs onto each
///   other, e.g. `苎`/`苧`), or
/// - it is in ``keptAsIs``: both a Traditional form and a standard Simplified character with a
///   meaning of its own (`著` in 著名, `乾` in 乾坤, `瞭` in 瞭望 …); converting them
///   would make a Simplified query for `着` find every 著名.
/// Every mapping is one BMP scalar to one BMP scalar, so Unicode-scalar (and UTF-16) offsets
/// are the same in the original and the converted text. Search, extraction and statistics all
/// fold through this one table.
public enum HanConversion {
    /// First scalar value covered by the table (start of CJK Extension A).
    static let base: UInt32 = 0x3400
    /// One past the last scalar value covered by the table.
    static let limit: UInt32 = 0xA000

    /// Characters that stay as they are because Simplified text uses them too.
    static let keptAsIs: Set<Unicode.Scalar> = Set("察著覆乾瞭藉".unicodeScalars)

    /// `table[v - base]` is the simplified scalar value, or 0 when the character is unchanged.
    static let table: [UInt32] = buildTable()

    /// The simplified form of one scalar (the scalar itself when it has none).
    @inline(__always)
    public static func simplified(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        guard v >= base, v < limit else { return c }
        let mapped = table[Int(v - base)]
        return mapped == 0 ? c : Unicode.Scalar(mapped) ?? c
    }

    /// The simplified form of a scalar value (the value itself when it has none); for hot loops
    /// over code units or scalar values.
    @inline(__always)
    public static func simplifiedValue(_ v: UInt32) -> UInt32 {
        guard v >= base, v < limit else { return v }
        let mapped = table[Int(v - base)]
        return mapped == 0 ? v : mapped
    }

    /// The text with every Traditional character replaced by its simplified form.
    ///
    /// The result has exactly as many Unicode scalars as `s`; a text with nothing to convert
    /// is returned as is, without copying.
    public static func simplified(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isTraditionalOnly) else { return s }
        let mapped = s.unicodeScalars.map { simplified($0) }
        return PreparedText.string(mapped[...])
    }

    /// Whether the scalar is a Han ideograph covered by the table.
    @inline(__always)
    public static func isHan(_ c: Unicode.Scalar) -> Bool { c.value >= base && c.value < limit }

    /// Whether the scalar is changed by the table (a Traditional-only character).
    @inline(__always)
    public static func isTraditionalOnly(_ c: Unicode.Scalar) -> Bool {
        isHan(c) && table[Int(c.value - base)] != 0
    }

    private static func buildTable() -> [UInt32] {
        var table = [UInt32](repeating: 0, count: Int(limit - base))
        var joined = String.UnicodeScalarView()
        var sources: [UInt32] = []
        for v in base..<limit {
            guard let scalar = Unicode.Scalar(v) else { continue }
            joined.append(scalar)
            joined.append("\n")
            sources.append(v)
        }
        let input = String(joined)
        guard let output = input.applyingTransform(StringTransform("Hant-Hans"), reverse: false) else {
            return table
        }
        let parts = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard parts.count >= sources.count else { return table }
        var mappings: [(from: UInt32, to: UInt32)] = []
        for (index, part) in parts.prefix(sources.count).enumerated() {
            let scalars = part.unicodeScalars
            guard scalars.count == 1, let mapped = scalars.first else { continue }
            let source = sources[index]
            guard mapped.value != source, mapped.value <= 0xFFFF, let original = Unicode.Scalar(source),
                  !keptAsIs.contains(original) else { continue }
            mappings.append((source, mapped.value))
        }
        let targets = Set(mappings.map(\.to))
        for (from, to) in mappings where !targets.contains(from) {
            table[Int(from - base)] = to
        }
        return table
    }
}
