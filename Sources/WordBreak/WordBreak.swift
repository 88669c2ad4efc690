internal import CICU

/// Dictionary word segmentation through ICU's word break iterator (locale `zh`).
///
/// ICU works on UTF-16, so every range here is in **UTF-16 code units** of the
/// string passed in, half-open `[lower, upper)`. Only word segments are
/// returned: ICU's rule status tells words (numbers, letters, kana,
/// ideographs) from spaces and punctuation, which are dropped.
///
/// `吉林省委巡视工作领导小组` gives `吉林省 | 委 | 巡视 | 工作 | 领导 | 小组`.
public enum WordBreak {
    /// What kind of word a segment is, from ICU's rule status.
    public enum Kind: String, Sendable, Hashable {
        /// Digits (`2021`, `3.5`).
        case number
        /// Letters that are not kana or ideographs (Latin, Cyrillic …).
        case letter
        /// Japanese kana.
        case kana
        /// Han ideographs (Chinese words found through ICU's dictionary).
        case ideographic
    }

    /// One word segment.
    public struct Token: Sendable, Hashable {
        /// UTF-16 code-unit offsets `[lower, upper)` into the segmented string.
        public var range: Range<Int>
        public var kind: Kind

        public init(range: Range<Int>, kind: Kind) {
            self.range = range
            self.kind = kind
        }
    }

    /// The word segments of `text`, in order, without spaces and punctuation.
    ///
    /// Opens one ICU iterator per call; to segment many strings on one thread,
    /// reuse a ``WordBreaker``.
    public static func tokens(in text: String) -> [Token] {
        guard let breaker = WordBreaker() else { return [] }
        return breaker.tokens(in: text)
    }

    /// The words of `text` as strings, in order, without spaces and punctuation.
    public static func words(in text: String) -> [String] {
        guard let breaker = WordBreaker() else { return [] }
        return breaker.words(in: text)
    }

    /// The word kind for an ICU word rule status, or `nil` for spaces and punctuation.
    static func kind(forRuleStatus status: Int32) -> Kind? {
        if status < xs_ubrk_word_number() { return nil }
        if status < xs_ubrk_word_letter() { return .number }
        if status < xs_ubrk_word_kana() { return .letter }
        if status < xs_ubrk_word_ideo() { return .kana }
        if status < xs_ubrk_word_ideo_limit() { return .ideographic }
        return .letter
    }
}
