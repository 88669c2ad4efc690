import Curses

/// Greedy line breaking by display width with the Chinese rules for punctuation
/// (避头尾): no line starts with closing punctuation, none ends with opening
/// punctuation, and runs of ASCII letters and digits are not split when a
/// shorter line can avoid it.
enum LineBreaker {
    /// Characters that may not start a line.
    static let noStart: Set<Character> = Set("，。、；：？！）」』》〉】”’…—·,.;:?!)]}%")
    /// Characters that may not end a line.
    static let noEnd: Set<Character> = Set("（「『《〈【“‘([{")

    /// Splits `chars` into lines at most `width` columns wide.
    ///
    /// - Parameters:
    ///   - widths: display width of each character (same count as `chars`).
    ///   - width: columns available, ≥ 1.
    /// - Returns: ranges of `chars`, in order, covering every character except
    ///   spaces dropped at the end of a line or the start of a continuation line.
    static func wrap(_ chars: [Character], widths: [Int], width: Int) -> [Range<Int>] {
        let width = max(width, 2)
        var lines: [Range<Int>] = []
        var start = 0
        while start < chars.count {
            var used = 0, end = start
            while end < chars.count, used + widths[end] <= width { used += widths[end]; end += 1 }
            if end == start { end = start + 1 }  // a character wider than the line
            if end < chars.count { end = adjustedBreak(chars, start: start, proposed: end) }
            var shown = end
            while shown > start + 1, chars[shown - 1] == " " { shown -= 1 }  // no trailing blanks
            lines.append(start..<shown)
            start = end
            while start < chars.count, chars[start] == " " { start += 1 }
        }
        return lines
    }

    /// Moves a break at `proposed` (first character of the next line) earlier so that the
    /// punctuation and word rules hold; never leaves the line empty.
    private static func adjustedBreak(_ chars: [Character], start: Int, proposed: Int) -> Int {
        var b = proposed
        // Closing punctuation may not begin the next line: carry the character before it down too.
        var steps = 0
        while b - 1 > start, noStart.contains(chars[b]), steps < 4 { b -= 1; steps += 1 }
        if noStart.contains(chars[b]) { b = proposed }
        // Opening punctuation may not end the line.
        while b - 1 > start, noEnd.contains(chars[b - 1]) { b -= 1 }
        // Keep ASCII words whole when the word began on this line.
        if isWordChar(chars[b]), isWordChar(chars[b - 1]) {
            var w = b
            while w > start, isWordChar(chars[w - 1]) { w -= 1 }
            if w > start { b = w }
        }
        return b
    }

    private static func isWordChar(_ ch: Character) -> Bool {
        ch.isASCII && (ch.isLetter || ch.isNumber)
    }
}
