import Foundation

/// ASCII rendering of text for terminals without a UTF-8 locale.
///
/// Han characters become toneless pinyin (`吉林` → `ji lin`), fullwidth and
/// CJK punctuation becomes its ASCII counterpart (`，` → `,`, `“` → `"`,
/// `…` → `...`), accents are stripped, and anything still not ASCII becomes
/// `?`. The result is printable ASCII only, so every character is exactly one
/// column: ``Canvas`` transliterates *before* measuring, which keeps columns
/// aligned in ASCII mode.
///
/// ICU transforms are slow (about 0.2 MB/s for Han → Latin), so results are
/// kept in a bounded, thread-safe cache keyed by the whole input string.
public enum Transliteration {
    /// ICU transform chain: fullwidth → halfwidth, Han → pinyin, Latin → ASCII.
    static var transform: StringTransform { StringTransform("Fullwidth-Halfwidth; Han-Latin; Latin-ASCII") }

    /// Results already computed (bounded; see ``TransliterationCache``).
    static let cache = TransliterationCache(limit: 4096)

    /// `text` as printable ASCII (Han → pinyin, punctuation → ASCII, rest → `?`).
    ///
    /// Control characters are passed through unchanged, so sanitise first
    /// (``Canvas`` does). ASCII input is returned as is without touching ICU.
    public static func ascii(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        if let hit = cache.value(for: text) { return hit }
        let result = compute(text)
        cache.store(result, for: text)
        return result
    }

    /// The uncached transliteration.
    static func compute(_ text: String) -> String {
        let pre = String(String.UnicodeScalarView(text.unicodeScalars.map(preMap)))
        let latin = pre.applyingTransform(transform, reverse: false) ?? pre
        var out = String.UnicodeScalarView()
        for s in latin.unicodeScalars {
            out.append(s.value < 0x80 ? s : "?")
        }
        return String(out)
    }

    /// Punctuation ICU leaves alone or maps to non-ASCII, mapped by hand.
    private static func preMap(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x00B7, 0x30FB, 0x2027: return "."  // middle dots
        case 0x3001: return ","  // ideographic comma 、
        case 0x3002: return "."  // ideographic full stop 。
        case 0x3000: return " "  // ideographic space
        case 0x300A, 0x3008: return "<"  // 《 〈
        case 0x300B, 0x3009: return ">"  // 》 〉
        case 0x300C, 0x300E, 0x3010, 0x3014, 0x3016: return "["  // 「 『 【 〔 〖
        case 0x300D, 0x300F, 0x3011, 0x3015, 0x3017: return "]"
        case 0x2014, 0x2015, 0x2500: return "-"
        default: return s
        }
    }
}
