extension DisplayWidth {
    /// The longest prefix of `s` that fits in `columns` display columns.
    ///
    /// Never splits a grapheme cluster, so a wide character that would need
    /// more room than is left is excluded entirely (the result may then be
    /// one column narrower than `columns`). Zero-width clusters that follow
    /// the last fitting character are included.
    ///
    /// - Parameter columns: room in display columns; ≤ 0 gives an empty prefix.
    /// - Returns: a prefix of `s`; its `endIndex` is where the next line would start.
    public static func prefix<S: StringProtocol>(
        _ s: S, fitting columns: Int, ambiguous: AmbiguousWidth = .narrow
    ) -> Substring where S.SubSequence == Substring {
        guard columns > 0 else { return s[s.startIndex..<s.startIndex] }
        var used = 0
        var end = s.startIndex
        var i = s.startIndex
        while i < s.endIndex {
            let ch = s[i]
            let w = of(ch, ambiguous: ambiguous)
            if used + w > columns { break }
            used += w
            i = s.index(after: i)
            end = i
        }
        return s[s.startIndex..<end]
    }

    /// `s` cut to fit `width` columns, ending in `ellipsis` when cut.
    ///
    /// If `s` fits it is returned unchanged. Otherwise the result is exactly
    /// `width` columns: the longest prefix that leaves room for the ellipsis,
    /// the ellipsis, then one blank when a wide character could not be split
    /// (e.g. `"ab漢字"` to 4 columns is `"ab… "`). When even the ellipsis does
    /// not fit (`…` is ambiguous, so 2 columns under the wide policy), the
    /// result is the prefix padded with blanks.
    ///
    /// - Parameters:
    ///   - width: room in display columns; ≤ 0 gives `""`.
    ///   - ellipsis: the cut marker; ``Canvas`` passes `"~"` in ASCII mode.
    public static func truncate(
        _ s: String, to width: Int, ambiguous: AmbiguousWidth = .narrow, ellipsis: String = "…"
    ) -> String {
        guard width > 0 else { return "" }
        let markWidth = of(ellipsis, ambiguous: ambiguous)
        let room = markWidth <= width ? width - markWidth : width
        // One pass that stops as soon as the text is known not to fit:
        // O(width), not O(length), for long paragraphs cut to a line.
        var used = 0
        var cut = s.startIndex
        var cutWidth = 0
        var i = s.startIndex
        while i < s.endIndex {
            used += of(s[i], ambiguous: ambiguous)
            if used > width { break }
            i = s.index(after: i)
            if used <= room {
                cut = i
                cutWidth = used
            }
        }
        if i == s.endIndex { return s }
        let mark = markWidth <= width ? ellipsis : ""
        return String(s[..<cut]) + mark + String(repeating: " ", count: room - cutWidth)
    }
}
