import Curses

extension Canvas {
    /// Draws `chars` one by one from `col`, each in the style `style(i)` gives for its
    /// index, within `width` columns; when they do not fit the last column shows `…`.
    ///
    /// - Returns: the number of columns written.
    @discardableResult
    func putRun(_ chars: [Character], row: Int, col: Int, width: Int, style: (Int) -> Style) -> Int {
        let widths = chars.map { ch -> Int in
            let s = Sanitizer.sanitize(String(ch))
            return DisplayWidth.of(asciiOnly ? Transliteration.ascii(s) : s, ambiguous: ambiguousWidth)
        }
        let total = widths.reduce(0, +)
        let room = total <= width ? width : width - 1
        var c = 0
        for (i, ch) in chars.enumerated() {
            if c + widths[i] > room { break }
            c += put(String(ch), row: row, col: col + c, maxWidth: widths[i], style: style(i))
        }
        if total > width, width > 0 { c += put("…", row: row, col: col + c, maxWidth: 1, style: style(chars.count - 1)) }
        return c
    }

    /// Draws `text` in `style` and pads it with blanks in the same style to exactly `width` columns.
    func putPadded(_ text: String, row: Int, col: Int, width: Int, style: Style) {
        fill(row: row, col: col, width: width, style: style)
        put(text, row: row, col: col, maxWidth: width, style: style)
    }
}
