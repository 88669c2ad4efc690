/// Display-column measurement. PROVISIONAL: the Curses work replaces this with a full implementation.
public enum DisplayWidth {
    /// Columns `ch` occupies in a terminal: 0, 1 or 2.
    public static func of(_ ch: Character, ambiguous: AmbiguousWidth = .narrow) -> Int {
        guard let s = ch.unicodeScalars.first else { return 0 }
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// Columns of a whole string.
    public static func of(_ s: String, ambiguous: AmbiguousWidth = .narrow) -> Int {
        s.reduce(0) { $0 + of($1, ambiguous: ambiguous) }
    }

    /// `s` cut to at most `width` columns, ending in `…` when cut; never splits a wide character.
    public static func truncate(_ s: String, to width: Int, ambiguous: AmbiguousWidth = .narrow) -> String {
        if of(s, ambiguous: ambiguous) <= width { return s }
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        for ch in s {
            let w = of(ch, ambiguous: ambiguous)
            if used + w > width - 1 { break }
            out.append(ch); used += w
        }
        return out + "…"
    }
}
