/// PROVISIONAL: the Curses work replaces this with the full sanitiser.
public enum Sanitizer {
    /// `text` with control characters replaced by visible placeholders.
    public static func sanitize(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (s.value < 0x20 || (0x7F..<0xA0).contains(s.value)) ? "\u{FFFD}" : s
        }))
    }
}
