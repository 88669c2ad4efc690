import Corpus
import Curses

/// A figure's sentence laid out for a pane, with the figure's phrase marked.
///
/// Offsets are Unicode-scalar offsets into `Document.text`; the phrase is the
/// text between a statement's `start` and `end`.
enum Excerpt {
    static let phraseStyle = Style(.figure, bold: true)

    /// The phrase of `document` between scalar offsets `start` and `end` (empty when out of range).
    static func phrase(in document: Document, start: Int, end: Int) -> String {
        let scalars = Array(document.text.unicodeScalars)
        guard start >= 0, start < end, end <= scalars.count else { return "" }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// Characters of `sentence` with a flag for those inside the first occurrence of `phrase`.
    static func marked(_ sentence: String, phrase: String) -> [(Character, Bool)] {
        let chars = Array(sentence), p = Array(phrase)
        var flags = [Bool](repeating: false, count: chars.count)
        if !p.isEmpty, p.count <= chars.count {
            for i in 0...(chars.count - p.count) where Array(chars[i..<(i + p.count)]) == p {
                for k in i..<(i + p.count) { flags[k] = true }
                break
            }
        }
        return Array(zip(chars, flags))
    }

    /// Spans (columns from `col`) drawing `chars` in `style`, the marked ones in ``phraseStyle``.
    static func spans(_ chars: ArraySlice<(Character, Bool)>, col: Int, measure: TextMeasure, style: Style) -> [Span] {
        var out: [Span] = []
        var c = col, run = "", runWidth = 0, runMarked = false
        func flush() {
            if !run.isEmpty { out.append(Span(col: c, width: runWidth, text: run, style: runMarked ? phraseStyle : style)) }
            c += runWidth; run = ""; runWidth = 0
        }
        for (ch, marked) in chars {
            if marked != runMarked { flush(); runMarked = marked }
            run.append(ch)
            runWidth += measure.width(String(ch))
        }
        flush()
        return out
    }

    /// The sentence wrapped into at most `maxLines` lines of `width` columns (the last cut with `…`).
    static func wrapped(_ sentence: String, phrase: String, width: Int, maxLines: Int, col: Int,
                        measure: TextMeasure) -> [[Span]] {
        let chars = marked(sentence, phrase: phrase)
        let widths = chars.map { measure.width(String($0.0)) }
        let lines = LineBreaker.wrap(chars.map(\.0), widths: widths, width: max(2, width))
        var out = lines.prefix(maxLines).map { spans(chars[$0], col: col, measure: measure, style: .plain) }
        if lines.count > maxLines, var last = out.popLast() {
            let end = col + width - 1
            last = last.compactMap { s in
                guard s.col < end else { return nil }
                var t = s; t.width = min(s.width, end - s.col); return t
            }
            last.append(Span(col: end, width: 1, text: "…", style: Style(.dim)))
            out.append(last)
        }
        return out
    }

    /// One line of the sentence that shows the phrase: when the phrase would end
    /// past `width`, the start is cut (shown as `…`) so the phrase stays in view.
    static func line(_ sentence: String, phrase: String, width: Int, col: Int, measure: TextMeasure) -> [Span] {
        var chars = marked(sentence, phrase: phrase)[...]
        if let last = chars.lastIndex(where: { $0.1 }) {
            var used = chars[...last].reduce(0) { $0 + measure.width(String($1.0)) }
            var first = chars.startIndex
            let lead = chars.firstIndex { $0.1 } ?? first
            while used > width - 3, first < lead {
                used -= measure.width(String(chars[first].0)); first += 1
            }
            if first > chars.startIndex {
                chars = chars[first...]
                return [Span(col: col, width: 1, text: "…", style: Style(.dim))]
                    + clip(spans(chars, col: col + 1, measure: measure, style: .plain), to: col + width)
            }
        }
        return clip(spans(chars, col: col, measure: measure, style: .plain), to: col + width)
    }

    /// Spans cut to end before column `end` (the last one truncates itself with `…`).
    static func clip(_ spans: [Span], to end: Int) -> [Span] {
        spans.compactMap { s in
            guard s.col < end else { return nil }
            var t = s; t.width = min(s.width, end - s.col); return t
        }
    }
}
