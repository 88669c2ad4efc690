/// Sentence and clause boundaries in a normalised text.
enum Sentences {
    /// Whether a character ends a sentence (after normalisation `！？；` are ASCII).
    @inline(__always)
    static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == "!" || c == "?" || c == ";" || c == "\n"
    }

    /// Whether a character ends a clause: sentence ends plus commas and colons
    /// (not `、`, which joins list items).
    @inline(__always)
    static func isClauseEnd(_ c: Unicode.Scalar) -> Bool { c == "," || c == ":" || isSentenceEnd(c) }

    /// The sentence containing offset `index`: `[start, end)`, the end including its `。` (not a newline).
    static func range(around index: Int, in text: PreparedText) -> Range<Int> {
        let s = text.normalized
        var start = min(index, s.count)
        while start > 0, !isSentenceEnd(s[start - 1]) { start -= 1 }
        var end = min(index, s.count)
        while end < s.count, !isSentenceEnd(s[end]) { end += 1 }
        if end < s.count, s[end] != "\n" { end += 1 }
        return start..<end
    }

    /// Start of the clause containing offset `index` (at most 80 scalars back).
    static func clauseStart(before index: Int, in text: PreparedText) -> Int {
        let s = text.normalized
        var start = min(index, s.count)
        let limit = max(0, index - 80)
        while start > limit, !isClauseEnd(s[start - 1]) { start -= 1 }
        return start
    }
}
