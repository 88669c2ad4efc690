import Foundation

extension SearchIndex {
    /// Where `query`'s required terms occur in `document` (which should be the document
    /// this index numbered as the result), with a snippet around the first text hit.
    ///
    /// Folds the document again with scalar offsets, so it costs one pass over it (and
    /// one decoding of its stored text).
    public func highlights(_ query: Query, in document: Document) -> Highlights {
        let terms = query.terms.filter { !$0.isExcluded }.map(compile)
        var textOffsets: [Int32] = [], titleOffsets: [Int32] = []
        var text: [UInt16] = []
        var base = 0
        let paragraphs = document.paragraphs
        for (i, paragraph) in paragraphs.enumerated() {
            if i > 0 { text.append(0x0A); textOffsets.append(Int32(base)); base += 1 }
            withUnsafeMutablePointer(to: &textOffsets) { normalizer.append(paragraph, to: &text, offsets: $0, base: base) }
            base += paragraph.unicodeScalars.count
        }
        var title: [UInt16] = []
        withUnsafeMutablePointer(to: &titleOffsets) { normalizer.append(document.title, to: &title, offsets: $0, base: 0) }
        pinyin.prepare(text)
        pinyin.prepare(title)
        let textHits = hits(terms, in: text, offsets: textOffsets)
        let titleHits = hits(terms, in: title, offsets: titleOffsets)
        let (snippet, snippetHits) = Self.snippet(paragraphs.joined(separator: "\n"), hits: textHits)
        return Highlights(titleHits: titleHits, textHits: textHits, snippet: snippet, snippetHits: snippetHits)
    }

    /// Scalar ranges of every literal and pinyin occurrence, merged.
    private func hits(_ terms: [CompiledTerm], in units: [UInt16], offsets: [Int32]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for term in terms {
            ranges += UnitSearch.all(term.units, in: units)
            if let letters = term.pinyin, let matcher = PinyinMatcher(letters) {
                ranges += units.withUnsafeBufferPointer { u in pinyin.withView { matcher.matches(in: u, view: $0, firstOnly: false) } }
            }
        }
        let scalarRanges = ranges.filter { !$0.isEmpty }.map { Int(offsets[$0.lowerBound])..<(Int(offsets[$0.upperBound - 1]) + 1) }
        return Self.merge(scalarRanges)
    }

    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let lastRange = merged.last, r.lowerBound <= lastRange.upperBound {
                merged[merged.count - 1] = lastRange.lowerBound..<max(lastRange.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }

    /// About 30 scalars either side of the first hit, newlines as spaces, `…` where cut,
    /// and the hits that fall inside it, shifted to snippet offsets.
    static func snippet(_ text: String, hits: [Range<Int>], context: Int = 30) -> (String, [Range<Int>]) {
        let scalars = Array(text.unicodeScalars)
        let first = hits.first ?? 0..<0
        let start = max(0, first.lowerBound - context)
        let end = min(scalars.count, max(first.upperBound + context, start + 2 * context))
        var out = String.UnicodeScalarView()
        let lead = start > 0
        if lead { out.append("…") }
        for s in scalars[start..<end] { out.append(s == "\n" ? " " : s) }
        if end < scalars.count { out.append("…") }
        let shift = (lead ? 1 : 0) - start
        let inside = hits.compactMap { h -> Range<Int>? in
            let lo = max(h.lowerBound, start), hi = min(h.upperBound, end)
            return lo < hi ? (lo + shift)..<(hi + shift) : nil
        }
        return (String(out), inside)
    }
}
