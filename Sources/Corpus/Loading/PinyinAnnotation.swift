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
    static func strip(_ text: String) -> String {
        guard text.contains("(") || text.contains("（") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        var previousIsHan = false
        while index < text.endIndex {
            let character = text[index]
            if previousIsHan, character == "(" || character == "（",
               let close = closing(in: text, after: index, for: character) {
                let inner = String(text[text.index(after: index)..<close])
                if isSyllable(inner) {
                    index = text.index(after: close)
                    continue  // previousIsHan stays true: `聯(lián)動(dòng)`
                }
            }
            out.append(character)
            previousIsHan = isHan(character)
            index = text.index(after: index)
        }
        return out
    }

    private static func closing(in text: String, after open: String.Index, for character: Character) -> String.Index? {
        let target: Character = character == "(" ? ")" : "）"
        var index = text.index(after: open)
        var steps = 0
        while index < text.endIndex, steps < 8 {
            if text[index] == target { return index }
            index = text.index(after: index)
            steps += 1
        }
        return nil
    }

    /// Whether `s` is one pinyin syllable with a tone mark, or a toneless particle.
    static func isSyllable(_ s: String) -> Bool {
        guard !s.isEmpty, s.count <= 6 else { return false }
        if toneless.contains(s) { return true }
        guard s.contains(where: { toneVowels.contains($0) }) else { return false }
        var rest = Substring(s)
        if let initial = initials.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(initial.count) }
        let vowels = rest.prefix(while: { toneVowels.contains($0) || plainVowels.contains($0) })
        guard !vowels.isEmpty, vowels.count <= 4 else { return false }
        let coda = rest.dropFirst(vowels.count)
        return coda.isEmpty || coda == "n" || coda == "ng" || coda == "r"
    }

    /// Whether `c` is a CJK ideograph (basic block, extension A–G, compatibility).
    static func isHan(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x3FFFF).contains(v)
            || (0xF900...0xFAFF).contains(v)
    }
}
