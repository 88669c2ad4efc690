/// Matches a Latin query (ASCII letters) against Han text by pinyin.
///
/// The query matches at position `p` when it can be cut into consecutive pieces, one
/// per character from `p` on, where each piece is the full toneless syllable of one of
/// that character's readings or its initial (first letter, or `zh`/`ch`/`sh`); the last
/// piece may be any prefix of a reading, so a query typed letter by letter keeps matching.
/// Thus `xunshi`, `xsxc`, `xunsx` and `xuns` all match `巡视巡察`, and `chongqing`,
/// `zhongqing` and `cq` all match `重庆` (`重` reads `zhong` or `chong`). The rule is monotone:
/// a query that matches still matches with its last letter removed, which incremental
/// refinement relies on.
struct PinyinMatcher {
    let query: [UInt8]
    /// When set, the query's second letter starts no syllable's second letter after its
    /// first letter, so a match's second character must start with it (see
    /// ``prepared(for:)``): a cheap test that spares most calls of the full match.
    private(set) var secondInitial: UInt8?

    init?(_ units: [UInt16]) {
        guard !units.isEmpty, units.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        query = units.map { UInt8($0) }
    }

    /// This matcher with ``secondInitial`` set when no syllable of `view`'s table (every
    /// reading of every character indexed) has the query's first two letters as its
    /// first two: then the first character's piece is its initial alone (`x` in `xsxc`:
    /// no syllable starts `xs`), and the second letter must begin the next character.
    func prepared(for view: PinyinView) -> PinyinMatcher {
        guard query.count >= 2 else { return self }
        let a = query[0], b = query[1]
        for id in 0..<max(0, view.starts.count - 1) {
            let s = Int(view.starts[id]), e = Int(view.starts[id + 1])
            if e - s >= 2 && view.letters[s] == a && view.letters[s + 1] == b { return self }
        }
        var m = self
        m.secondInitial = b
        return m
    }

    /// Every match in `text` at or after unit offset `start`, as unit ranges, or only the
    /// first when `firstOnly`.
    func matches(in text: UnsafeBufferPointer<UInt16>, view: PinyinView, firstOnly: Bool, from start: Int = 0) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var p = start
        while let match = first(in: text, view: view, from: p) {
            found.append(match)
            if firstOnly { break }
            p = match.upperBound
        }
        return found
    }

    /// The first match in `text` at or after unit offset `start` (no allocation: this runs
    /// once per candidate document per keystroke).
    func first(in text: UnsafeBufferPointer<UInt16>, view: PinyinView, from start: Int = 0) -> Range<Int>? {
        query.withUnsafeBufferPointer { q in
            let first = q[0], several = PinyinTable.severalInitials, bit = PinyinTable.bit(first)
            let initials = view.initials
            var p = start
            let n = text.count
            if let second = secondInitial {
                let secondBit = PinyinTable.bit(second)
                while p + 1 < n {
                    let u = text[p], initial = initials[Int(u)]
                    if initial == first || (initial == several && view.severalStartWith(u, bit: bit)) {
                        let v = text[p + 1], next = initials[Int(v)]
                        if next == second || (next == several && view.severalStartWith(v, bit: secondBit)),
                           let end = Self.match(q, 0, text, p, view) {
                            return p..<end
                        }
                    }
                    p += 1
                }
                return nil
            }
            while p < n {
                let u = text[p], initial = initials[Int(u)]
                if initial == first || (initial == several && view.severalStartWith(u, bit: bit)),
                   let end = Self.match(q, 0, text, p, view) {
                    return p..<end
                }
                p += 1
            }
            return nil
        }
    }

    /// The end of the match of the whole query that starts exactly at unit offset `p`, if any.
    func match(in text: UnsafeBufferPointer<UInt16>, view: PinyinView, at p: Int) -> Int? {
        query.withUnsafeBufferPointer { q in Self.match(q, 0, text, p, view) }
    }

    /// The end position of a match of `q[qi...]` starting at text position `p`, trying each
    /// reading of the character at `p` (the main one, then a polyphone's others).
    private static func match(_ q: UnsafeBufferPointer<UInt8>, _ qi: Int, _ text: UnsafeBufferPointer<UInt16>,
                              _ p: Int, _ view: PinyinView) -> Int? {
        if qi == q.count { return p }
        guard p < text.count else { return nil }
        let u = text[p]
        let (s, e) = view.spelling(u)
        if let end = match(q, qi, text, p, view, s, e) { return end }
        let at = Int(view.alternateOf[Int(u)])
        guard at > 0 else { return nil }
        for k in 0..<Int(view.alternates[at]) {
            let (s, e) = view.spelling(id: view.alternates[at + 3 + k])
            if let end = match(q, qi, text, p, view, s, e) { return end }
        }
        return nil
    }

    /// The end position of a match of `q[qi...]` whose first piece comes from the reading
    /// `letters[s..<e]` of the character at `p`.
    @inline(__always)
    private static func match(_ q: UnsafeBufferPointer<UInt8>, _ qi: Int, _ text: UnsafeBufferPointer<UInt16>,
                              _ p: Int, _ view: PinyinView, _ s: Int, _ e: Int) -> Int? {
        let letters = view.letters
        guard s < e, letters[s] == q[qi] else { return nil }
        let length = e - s, rest = q.count - qi
        // Common prefix of the syllable and the rest of the query.
        var common = 1
        while common < length && common < rest && letters[s + common] == q[qi + common] { common += 1 }
        // Whole syllable.
        if common == length, let end = match(q, qi + length, text, p + 1, view) { return end }
        // Last piece: any prefix of the syllable.
        if common == rest && rest < length { return p + 1 }
        // Initial: zh/ch/sh, else the first letter.
        if length > 2, letters[s + 1] == 0x68, common >= 2, letters[s] == 0x7A || letters[s] == 0x63 || letters[s] == 0x73,
           let end = match(q, qi + 2, text, p + 1, view) {
            return end
        }
        if length > 1 { return match(q, qi + 1, text, p + 1, view) }
        return nil
    }
}
