/// A text ready for matching: the original scalars and a normalised copy.
///
/// The normalised copy is Simplified Chinese (``HanConversion``) with full-width ASCII forms
/// (U+FF01–U+FF5E: digits, letters, `，`, `（`, `＋` …) folded to ASCII and the ideographic
/// space folded to a space. Pinyin glosses that some reposted pages put after characters their
/// font lacked (`聯(lián)動(dòng)`) are left out of the normalised copy, so `联动` still matches;
/// ``originalStart(_:)``/``originalEnd(_:)`` map normalised offsets back to offsets in
/// ``original`` (Unicode scalars of the text given).
struct PreparedText {
    let original: [Unicode.Scalar]
    let normalized: [Unicode.Scalar]
    /// Normalised index → original index, or `nil` when nothing was left out (identity).
    private let offsets: [Int]?

    init(_ text: String) {
        let original = UTF8Bytes.scalars(text)
        self.original = original
        let glosses = PreparedText.pinyinGlosses(in: original)
        if glosses.isEmpty {
            normalized = PreparedText.normalizeAll(original)
            offsets = nil
        } else {
            var normalized: [Unicode.Scalar] = [], offsets: [Int] = []
            normalized.reserveCapacity(original.count)
            var skip = glosses.makeIterator(), next = skip.next()
            var i = 0
            while i < original.count {
                if let gloss = next, gloss.lowerBound == i { i = gloss.upperBound; next = skip.next(); continue }
                normalized.append(PreparedText.normalize(original[i])); offsets.append(i)
                i += 1
            }
            self.normalized = normalized
            self.offsets = offsets
        }
    }

    /// Offset in ``original`` of the normalised offset `i` (`0...normalized.count`).
    func originalStart(_ i: Int) -> Int {
        guard let offsets else { return i }
        return i < offsets.count ? offsets[i] : original.count
    }

    /// Offset in ``original`` just after the normalised range ending at `end`.
    func originalEnd(_ end: Int) -> Int {
        guard let offsets else { return end }
        return end == 0 ? 0 : offsets[min(end, offsets.count) - 1] + 1
    }

    /// Ranges of `(pinyin)` glosses: after a Han character, 1–7 lowercase Latin letters with at
    /// least one tone-marked vowel, in ASCII or full-width parentheses.
    static func pinyinGlosses(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 1
        while i < s.count {
            defer { i += 1 }
            guard s[i] == "(" || s[i] == "（", HanConversion.isHan(s[i - 1]) else { continue }
            var j = i + 1, toned = false
            while j < s.count, j <= i + 8 {
                let v = s[j].value
                if v >= 0x61 && v <= 0x7A { j += 1; continue }
                if (v >= 0xE0 && v <= 0xFC) || (v >= 0x100 && v <= 0x1DC) { toned = true; j += 1; continue }
                break
            }
            if toned, j > i + 1, j < s.count, s[j] == ")" || s[j] == "）" {
                ranges.append(i..<(j + 1))
                i = j
            }
        }
        return ranges
    }

    var count: Int { normalized.count }

    /// ``normalize(_:)`` over a whole array, reading the conversion table once.
    static func normalizeAll(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        HanConversion.table.withUnsafeBufferPointer { table in
            scalars.map { c in
                let v = c.value
                if v >= HanConversion.base && v < HanConversion.limit {
                    let mapped = table[Int(v - HanConversion.base)]
                    return mapped == 0 ? c : Unicode.Scalar(mapped) ?? c
                }
                return normalize(c)
            }
        }
    }

    @inline(__always)
    static func normalize(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0) ?? c }
        if v == 0x3000 { return " " }
        return HanConversion.simplified(c)
    }

    /// Whether `pattern` occurs in the normalised text starting at `index`.
    @inline(__always)
    func matches(_ pattern: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= normalized.count else { return false }
        for k in 0..<pattern.count where normalized[index + k] != pattern[k] { return false }
        return true
    }

    /// Whether `pattern` occurs in the normalised text ending just before `end`.
    @inline(__always)
    func matches(_ pattern: [Unicode.Scalar], endingAt end: Int) -> Bool {
        matches(pattern, at: end - pattern.count)
    }

    /// The original text of the normalised range `[start, end)`.
    func originalString(_ start: Int, _ end: Int) -> String {
        let from = originalStart(max(0, start)), to = originalEnd(min(end, normalized.count))
        guard from < to else { return "" }
        return PreparedText.string(original[from..<to])
    }

    /// The normalised text of `[start, end)`.
    func normalizedString(_ start: Int, _ end: Int) -> String {
        let from = max(0, start), to = min(end, normalized.count)
        guard from < to else { return "" }
        return PreparedText.string(normalized[from..<to])
    }

    /// A string from scalars, encoded to UTF-8 directly (much faster than appending to a
    /// `String.UnicodeScalarView`).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        UTF8Bytes.string(scalars)
    }
}

extension Unicode.Scalar {
    /// Whether this is an ASCII digit `0`–`9`.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
