/// Makes text safe to send to a terminal by replacing every character that
/// could act as a terminal command or reorder the display.
///
/// Every string that reaches the screen passes through ``sanitize(_:)``
/// (``Canvas/put(_:row:col:maxWidth:style:)`` calls it). Each offending
/// scalar becomes exactly **one** visible scalar, so Unicode-scalar offsets
/// into the text stay valid after sanitising.
///
/// Placeholders:
/// - C0 controls U+0000–U+001F → the matching Control Picture U+2400–U+241F
///   (NUL `␀`, BEL `␇`, LF `␊`, CR `␍`, ESC `␛`), except TAB → one space
///   (expanding tabs to stops is the caller's job).
/// - DEL U+007F → `␡` (U+2421).
/// - C1 controls U+0080–U+009F (e.g. the 8-bit CSI 0x9B) → `¤` (U+00A4);
///   `�` is not used so that genuine decoding errors stay distinguishable.
/// - Bidi embeddings, overrides, isolates and marks (U+202A–U+202E,
///   U+2066–U+2069, U+200E, U+200F, U+061C) → `⇄` (U+21C4), so text can never
///   be visually reordered (the "Trojan Source" trick).
/// - Line and paragraph separators U+2028/U+2029 → `␤` (U+2424).
///
/// Because ESC itself becomes `␛`, a whole escape sequence such as
/// `ESC [ 2 J` or the OSC 52 clipboard write `ESC ] 52;c;… BEL` is shown as
/// inert text (`␛[2J`, `␛]52;c;…␇`). U+FFFD passes unchanged.
public enum Sanitizer {
    /// `text` with control, bidi and separator characters replaced by visible placeholders.
    ///
    /// Returns `text` itself (no copy) when nothing needs replacing.
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { replacement(for: $0.value) != nil }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            out.append(replacement(for: s.value) ?? s)
        }
        return String(out)
    }

    /// The placeholder for scalar value `v`, or `nil` when `v` is safe to show.
    public static func replacement(for v: UInt32) -> Unicode.Scalar? {
        if v >= 0x20 && v < 0x7F { return nil }
        switch v {
        case 0x09: return " "
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + v)
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{A4}"
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "\u{21C4}"
        case 0x2028, 0x2029: return "\u{2424}"
        default: return nil
        }
    }
}
