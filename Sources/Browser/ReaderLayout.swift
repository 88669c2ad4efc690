import Corpus
import Curses

/// One screen line of the reader.
struct ReaderLine: Hashable {
    enum Kind: Hashable { case title, meta, rule, blank, body }
    var kind: Kind
    var chars: [Character]
    /// For `.title`/`.body`: the Unicode-scalar offset of each character in `Document.title` / `Document.text`.
    var offsets: [Int]
    /// For `.body`: the offset of the first character; for others the last body offset before it (or 0).
    var start: Int
}

/// A document laid out for a given width: header lines, then wrapped paragraphs.
struct ReaderLayout {
    let documentIndex: Int
    let width: Int
    let lines: [ReaderLine]
    /// Number of header lines (title, metadata, rule).
    let headerCount: Int
    /// The document's figures' phrases (scalar offsets in its text), taken once here: a
    /// document read from a snapshot makes its text into strings each time its figures are
    /// asked for, which drawing would otherwise do every frame.
    let figureRanges: [Range<Int>]

    init(document: Document, index: Int, width: Int, ambiguous: AmbiguousWidth) {
        documentIndex = index
        self.width = width
        figureRanges = document.figures.map { $0.start..<max($0.start, $0.end) }
        var out: [ReaderLine] = []
        // Title, wrapped.
        let title = Self.characters(document.title)
        for r in Self.wrap(title.chars, width: width, ambiguous) {
            out.append(ReaderLine(kind: .title, chars: Array(title.chars[r]), offsets: Array(title.offsets[r]), start: 0))
        }
        for m in Self.metadata(document) {
            out.append(ReaderLine(kind: .meta, chars: Array(m), offsets: [], start: 0))
        }
        out.append(ReaderLine(kind: .rule, chars: [], offsets: [], start: 0))
        headerCount = out.count
        var base = 0
        for (n, p) in document.paragraphs.enumerated() {
            if n > 0 { out.append(ReaderLine(kind: .blank, chars: [], offsets: [], start: base)) }
            let para = Self.characters(p, base: base)
            for r in Self.wrap(para.chars, width: width, ambiguous) {
                out.append(ReaderLine(kind: .body, chars: Array(para.chars[r]), offsets: Array(para.offsets[r]),
                                      start: para.offsets[r.lowerBound]))
            }
            base += p.unicodeScalars.count + 1
        }
        lines = out
    }

    /// Line index for a reading position.
    func line(for anchor: ReaderAnchor) -> Int {
        switch anchor {
        case .top: return 0
        case .header(let n): return min(n, headerCount - 1)
        case .text(let offset): return line(containing: offset) ?? headerCount
        }
    }

    /// The reading position of line `index`.
    func anchor(at index: Int) -> ReaderAnchor {
        guard index > 0 else { return .top }
        if index < headerCount { return .header(index) }
        guard lines.indices.contains(index) else { return .top }
        return .text(lines[index].start)
    }

    /// Index of the body line holding scalar offset `offset` of the text.
    ///
    /// Binary search: the `start` of the lines after the header never decreases.
    func line(containing offset: Int) -> Int? {
        var low = headerCount, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        var i = low - 1
        while i >= headerCount && lines[i].kind != .body { i -= 1 }
        return i >= headerCount ? i : nil
    }

    private static func metadata(_ d: Document) -> [String] {
        var rows: [String] = []
        var first: [String] = []
        if let date = d.date { first.append("日期 " + date) }
        if let s = d.source { first.append("来源 " + s) }
        if !first.isEmpty { rows.append(first.joined(separator: "  ")) }
        let place = [d.places.province, d.places.city, d.places.county].compactMap { $0 }
        var second: [String] = []
        if !place.isEmpty { second.append("地点 " + place.joined(separator: " ")) }
        if !d.kinds.isEmpty { second.append("类型 " + d.kinds.joined(separator: "、")) }
        if let l = d.level { second.append("层级 " + l.rawValue) }
        if !second.isEmpty { rows.append(second.joined(separator: "  ")) }
        if let e = d.editor { rows.append("编辑 " + e) }
        return rows
    }

    /// Characters of `s` with the scalar offset (plus `base`) at which each starts.
    private static func characters(_ s: String, base: Int = 0) -> (chars: [Character], offsets: [Int]) {
        var chars: [Character] = [], offsets: [Int] = []
        var off = base
        for ch in s {
            chars.append(ch); offsets.append(off)
            off += ch.unicodeScalars.count
        }
        return (chars, offsets)
    }

    private static func wrap(_ chars: [Character], width: Int, _ ambiguous: AmbiguousWidth) -> [Range<Int>] {
        let widths = chars.map { DisplayWidth.of(Sanitizer.sanitize(String($0)), ambiguous: ambiguous) }
        let lines = LineBreaker.wrap(chars, widths: widths, width: width)
        return lines.isEmpty ? [0..<0] : lines
    }
}
