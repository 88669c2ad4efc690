/// Removes the inline pinyin that some converted pages put after characters:
/// `網(wǎng)` → `網`, `聯(lián)動(dòng)` → `聯動`.
///
/// A group is removed only when it directly follows a Han character, is enclosed in
/// `()` or `（）`, and its content is a single pinyin syllable: lower-case Latin letters
/// shaped as initial + vowels + optional `n`/`ng`/`r`, carrying a tone mark (or being
/// one of a few toneless particles such as `de`). Ordinary parentheses such as
/// `(吉林省纪委监委)`, `（党组）` or `(app)` are left alone.
enum PinyinAnnotation {
    static let toneVowels: Set<Character> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
    static let plainVowels: Set<Character> = Set("aeiouü")
    static let toneless: Set<String> = ["de", "le", "me", "ne", "men", "ma", "ba", "zi", "zhe", "li", "tou"]
    static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
                           "r", "z", "c", "s", "y", "w"]

    /// `text` with every pinyin annotation removed.
    ///
    /// Kept runs are copied as UTF-8 bytes; a text with nothing to strip is returned as is.
    static func strip(_ text: String) -> String {
        guard mayHaveAnnotation(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out: [UInt8] = []
        var copied = 0  // scalars[..<copied] are in `out` (or dropped)
        var index = 0
        var previousIsHan = false
        while index < scalars.count {
            let scalar = scalars[index]
            if previousIsHan, scalar == "(" || scalar == "（",
               let close = closing(in: scalars, after: index, for: scalar),
               isSyllable(scalars[(index + 1)..<close]) {
                if out.isEmpty { out.reserveCapacity(text.utf8.count) }
                for kept in scalars[copied..<index] { UTF8Bytes.append(kept, to: &out) }
                index = close + 1
                copied = index
                continue  // previousIsHan stays true: `聯(lián)動(dòng)`
            }
            previousIsHan = MojibakeCheck.isHan(scalar) || (0xF900...0xFAFF).contains(scalar.value)
            index += 1
        }
        guard copied > 0 else { return text }
        for kept in scalars[copied...] { UTF8Bytes.append(kept, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``isSyllable(_:)-(String)`` of the scalars, rejecting on the scalars alone what cannot
    /// be pinyin: an empty group, or a scalar other than `a`–`z` and U+0080–U+036F (Latin
    /// letters and combining diacritics, the only scalars a tone-marked vowel is made of).
    /// Report text in parentheses (`（党组）`) never reaches the string test.
    static func isSyllable(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !scalars.isEmpty else { return false }
        var simple = true  // only `a`–`z` and precomposed vowels: one scalar per character
        for scalar in scalars {
            let v = scalar.value
            guard (0x61...0x7A).contains(v) || (0x80..<0x370).contains(v) else { return false }
            if v >= 0x80 && !vowelScalars.contains(scalar) { simple = false }
        }
        return simple ? isSimpleSyllable(scalars) : isSyllable(UTF8Bytes.string(scalars))
    }

    /// Tone-marked and plain vowels as scalars (each is one precomposed scalar).
    static let toneVowelScalars: Set<Unicode.Scalar> = Set(toneVowels.compactMap(\.unicodeScalars.first))
    static let vowelScalars: Set<Unicode.Scalar> = toneVowelScalars.union(plainVowels.compactMap(\.unicodeScalars.first))
    static let tonelessScalars: Set<[Unicode.Scalar]> = Set(toneless.map { Array($0.unicodeScalars) })
    static let initialScalars: [[Unicode.Scalar]] = initials.map { Array($0.unicodeScalars) }

    /// ``isSyllable(_:)-(String)`` for scalars that are all `a`–`z` or in ``vowelScalars``,
    /// where characters and scalars coincide, so the same steps run on scalars.
    static func isSimpleSyllable(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        // Every scalar here is 1 (ASCII) or 2 (U+0080–U+07FF) UTF-8 bytes.
        let bytes = scalars.reduce(0) { $0 + ($1.value < 0x80 ? 1 : 2) }
        guard bytes <= 12, scalars.count <= 6 else { return false }
        if tonelessScalars.contains(Array(scalars)) { return true }
        guard scalars.contains(where: { toneVowelScalars.contains($0) }) else { return false }
        var rest = scalars
        if let initial = initialScalars.first(where: { rest.starts(with: $0) }) { rest = rest.dropFirst(initial.count) }
        let vowels = rest.prefix(while: { vowelScalars.contains($0) })
        guard !vowels.isEmpty, vowels.count <= 4 else { return false }
        let coda = rest.dropFirst(vowels.count)
        return coda.isEmpty || coda.elementsEqual(["n"]) || coda.elementsEqual(["n", "g"]) || coda.elementsEqual(["r"])
    }

    /// Cheap byte test: an opening `(` or `（` followed by a lower-case ASCII letter or a
    /// Latin-1/Latin Extended-A/B lead byte (tone-marked vowels). False means nothing to strip.
    static func mayHaveAnnotation(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                var next = -1
                if bytes[i] == 0x28 {
                    next = i + 1
                } else if bytes[i] == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x88 {
                    next = i + 3
                }
                if next >= 0, next < bytes.count {
                    let b = bytes[next]
                    if (0x61...0x7A).contains(b) || (0xC3...0xC7).contains(b) { return true }
                }
                i += 1
            }
            return false
        }
    }

    private static func closing(in scalars: [Unicode.Scalar], after open: Int, for scalar: Unicode.Scalar) -> Int? {
        let target: Unicode.Scalar = scalar == "(" ? ")" : "）"
        var index = open + 1
        while index < scalars.count, index <= open + 8 {
            if scalars[index] == target { return index }
            index += 1
        }
        return nil
    }

    /// Whether `s` is one pinyin syllable with a tone mark, or a toneless particle.
    static func isSyllable(_ s: String) -> Bool {
        // Pinyin is lower-case ASCII letters and tone-marked vowels (lead bytes C3–C7), at most 6 letters.
        guard !s.isEmpty, s.utf8.count <= 12,
              s.utf8.allSatisfy({ (0x61...0x7A).contains($0) || $0 >= 0x80 }), s.count <= 6 else { return false }
        if toneless.contains(s) { return true }
        guard s.contains(where: { toneVowels.contains($0) }) else { return false }
        var rest = Substring(s)
        if let initial = initials.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(initial.count) }
        let vowels = rest.prefix(while: { toneVowels.contains($0) || plainVowels.contains($0) })
        guard !vowels.isEmpty, vowels.count <= 4 else { return false }
        let coda = rest.dropFirst(vowels.count)
        return coda.isEmpty || coda == "n" || coda == "ng" || coda == "r"
    }
}
