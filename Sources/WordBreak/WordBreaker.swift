internal import CICU

/// A reusable ICU dictionary word-break iterator (locale `zh`).
///
/// Opening an iterator loads ICU's rules; one `WordBreaker` points the same
/// iterator at each new string instead. It holds mutable C state, so it is not
/// `Sendable`: use one per thread (or call ``WordBreak/tokens(in:)``).
public final class WordBreaker {
    private let iterator: OpaquePointer

    /// Opens the iterator, or returns `nil` when ICU cannot (missing data).
    public init?() {
        var status = U_ZERO_ERROR
        let empty: [UChar] = [0]
        let opened = empty.withUnsafeBufferPointer { buffer in
            xs_ubrk_open_word_zh(buffer.baseAddress, 0, &status)
        }
        guard let opened, xs_u_failure(status) == 0 else {
            if let opened { xs_ubrk_close(opened) }
            return nil
        }
        iterator = opened
    }

    deinit { xs_ubrk_close(iterator) }

    /// The word segments of `text`, in order; ranges are UTF-16 code-unit offsets.
    public func tokens(in text: String) -> [WordBreak.Token] {
        let units = Array(text.utf16)
        return tokens(inUTF16: units)
    }

    /// The words of `text` as strings, in order, without spaces and punctuation.
    public func words(in text: String) -> [String] {
        let units = Array(text.utf16)
        return tokens(inUTF16: units).map { String(decoding: units[$0.range], as: UTF16.self) }
    }

    /// Segments UTF-16 code units; the iterator only reads `units` during this call.
    public func tokens(inUTF16 units: [UInt16]) -> [WordBreak.Token] {
        if units.isEmpty { return [] }
        return units.withUnsafeBufferPointer { buffer -> [WordBreak.Token] in
            var status = U_ZERO_ERROR
            xs_ubrk_set_text(iterator, buffer.baseAddress, Int32(buffer.count), &status)
            guard xs_u_failure(status) == 0 else { return [] }
            var result: [WordBreak.Token] = []
            result.reserveCapacity(units.count / 2)
            var start = Int(xs_ubrk_first(iterator))
            let done = xs_ubrk_done()
            while true {
                let end = xs_ubrk_next(iterator)
                if end == done { break }
                if let kind = WordBreak.kind(forRuleStatus: xs_ubrk_rule_status(iterator)) {
                    result.append(WordBreak.Token(range: start..<Int(end), kind: kind))
                }
                start = Int(end)
            }
            // Detach the iterator from the buffer before it goes away.
            var reset = U_ZERO_ERROR
            let empty: [UChar] = [0]
            empty.withUnsafeBufferPointer { xs_ubrk_set_text(iterator, $0.baseAddress, 0, &reset) }
            return result
        }
    }
}
