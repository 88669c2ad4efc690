/// Display-column measurement: how many terminal cells text occupies.
///
/// Measurement never consults the process locale: it uses ``WidthTable``, a
/// table of ranges derived from the same `wcwidth` data ncurses uses, so the
/// pure layout layer gives identical answers in tests and on the terminal.
///
/// Policy, per grapheme cluster (`Character`), implemented in
/// ``cells(of:ambiguous:)``:
/// - CJK ideographs, Hangul syllables, fullwidth forms (`，` `：`) and emoji
///   with `Emoji_Presentation` (😀) are 2 columns; combining marks and other
///   zero-width scalars (ZWJ, variation selectors, U+200B) add nothing, so a
///   decomposed `é` is 1 column.
/// - A narrow emoji base followed by VS16 (U+FE0F, e.g. `❤️`) is 2 columns.
///   Terminals disagree about how wide they draw such a sequence, so the
///   terminal draws the base in text style plus a blank cell: 2 columns on
///   every terminal.
/// - A ZWJ sequence (👨‍👩‍👧) is measured as the sum of its components
///   (here 6 columns) and drawn as separate cells *without* the joiners.
///   ncurses places each component by its own `wcwidth`; sending the joiners
///   would let a ZWJ-aware terminal merge them into one 2-column glyph and
///   shift the rest of the line. Emoji skin-tone modifiers are dropped for the
///   same reason (👍🏽 draws as 👍, 2 columns).
/// - Any other spacing scalar inside a cluster (the second regional indicator
///   of a flag, a spacing vowel sign) gets its own cell, so a flag such as 🇨🇳
///   is 2 columns (two 1-column indicators), again matching ncurses.
/// - East-Asian *ambiguous* characters (“ ” ‘ ’ — … · ¤ ±) are 1 column with
///   ``AmbiguousWidth/narrow`` (the default, matching glibc and most
///   terminals) and 2 with ``AmbiguousWidth/wide``.
/// - C0/C1 control characters count 0; they never reach the screen because
///   ``Sanitizer`` replaces them first.
public enum DisplayWidth {
    /// Columns `ch` occupies: the sum of its ``cells(of:ambiguous:)`` widths (0…n).
    public static func of(_ ch: Character, ambiguous: AmbiguousWidth = .narrow) -> Int {
        let scalars = ch.unicodeScalars
        if scalars.count == 1, let v = scalars.first?.value {
            return scalarWidth(v, ambiguous: ambiguous)
        }
        return cells(of: ch, ambiguous: ambiguous).reduce(0) { $0 + $1.width }
    }

    /// Columns of a whole string, in display columns (never Characters or bytes).
    public static func of(_ s: String, ambiguous: AmbiguousWidth = .narrow) -> Int {
        measure(s, ambiguous: ambiguous)
    }

    /// Columns of a substring, in display columns.
    public static func of(_ s: Substring, ambiguous: AmbiguousWidth = .narrow) -> Int {
        measure(s, ambiguous: ambiguous)
    }

    /// Sum of the cluster widths, with a fast path for printable ASCII.
    private static func measure<S: StringProtocol>(_ s: S, ambiguous: AmbiguousWidth) -> Int {
        var total = 0
        var allASCII = true
        for b in s.utf8 where b >= 0x80 || b < 0x20 || b == 0x7F {
            allASCII = false
            break
        }
        if allASCII { return s.utf8.count }
        for ch in s { total += of(ch, ambiguous: ambiguous) }
        return total
    }

    /// Width of one Unicode scalar on its own: 0, 1 or 2 columns.
    ///
    /// Controls (C0, DEL, C1) are 0; everything else follows ``WidthTable``.
    public static func scalarWidth(_ v: UInt32, ambiguous: AmbiguousWidth = .narrow) -> Int {
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch WidthTable.widthClass(v) {
        case 0: return 0
        case 2: return 2
        case 3: return ambiguous == .wide ? 2 : 1
        default: return 1
        }
    }
}
