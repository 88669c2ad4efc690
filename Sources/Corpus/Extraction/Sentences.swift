/// Sentence and clause boundaries in a normalised text.
enum Sentences {
    /// Characters ending a sentence (after normalisation `！？；` are ASCII).
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "!", "?", ";", "\n"]
    /// Characters ending a clause: sentence ends plus commas and colons (not `、`, which joins list items).
    static let clauseEnds: Set<Unicode.Scalar> = sentenceEnds.union([",", ":"])

    /// The sentence containing offset `index`: `[start, end)`, the end including its `。` (not a newline).
    static func range(around index: Int, in text: PreparedText) -> Range<Int> {
        let s = text.normalized
        var start = min(index, s.count)
        while start > 0, !sentenceEnds.contains(s[start - 1]) { start -= 1 }
        var end = min(index, s.count)
        while end < s.count, !sentenceEnds.contains(s[end]) { end += 1 }
        if end < s.count, s[end] != "\n" { end += 1 }
        return start..<end
    }

    /// Start of the clause containing offset `index` (at most 80 scalars back).
    static func clauseStart(before index: Int, in text: PreparedText) -> Int {
        let s = text.normalized
        var start = min(index, s.count)
        let limit = max(0, index - 80)
        while start > limit, !clauseEnds.contains(s[start - 1]) { start -= 1 }
        return start
    }
}
