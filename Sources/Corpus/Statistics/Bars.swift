/// Horizontal bars drawn with text, shared by the headless tables and the TUI panes.
public enum Bars {
    /// Partial blocks for 1…7 eighths of a cell (index 0 is unused).
    static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// A full cell.
    static let full: Character = "█"

    /// A bar of `value` relative to `max`, exactly `width` cells wide (padded with spaces).
    ///
    /// Each cell is one display column. With Unicode blocks the bar has
    /// eighth-of-a-cell resolution (`█`, then one of `▏▎▍▌▋▊▉`); with `ascii`
    /// it is whole `#` cells. Lengths are rounded to the nearest unit, except
    /// that a value above zero always shows at least one unit, so a non-zero
    /// count is never drawn as empty. Values above `max` are clamped.
    ///
    /// - Parameters:
    ///   - value: The quantity to draw (negative counts as zero).
    ///   - max: The quantity that fills the whole width; `<= 0` draws an empty bar.
    ///   - width: Columns available; `<= 0` gives `""`.
    ///   - ascii: Use `#` instead of block elements (for non-UTF-8 terminals).
    /// - Returns: A string of exactly `max(width, 0)` single-column characters.
    public static func render(value: Double, max: Double, width: Int, ascii: Bool) -> String {
        guard width > 0 else { return "" }
        let fraction = max > 0 && value > 0 ? Swift.min(value / max, 1) : 0
        var bar = ""
        if ascii {
            var cells = Int((fraction * Double(width)).rounded())
            if value > 0, max > 0, cells == 0 { cells = 1 }
            bar = String(repeating: "#", count: cells)
        } else {
            var units = Int((fraction * Double(width * 8)).rounded())
            if value > 0, max > 0, units == 0 { units = 1 }
            bar = String(repeating: full, count: units / 8)
            if units % 8 > 0 { bar.append(eighths[units % 8]) }
        }
        return bar + String(repeating: " ", count: width - bar.count)
    }

    /// Whether bars should use `#`: true unless the locale named by the environment is UTF-8.
    ///
    /// Follows POSIX precedence: the first non-empty of `LC_ALL`, `LC_CTYPE`,
    /// `LANG` decides; with none set (the C locale) the answer is true.
    public static func prefersASCII(environment: [String: String]) -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                let lower = value.lowercased()
                return !(lower.contains("utf-8") || lower.contains("utf8"))
            }
        }
        return true
    }
}
