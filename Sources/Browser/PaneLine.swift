import Curses

/// What choosing (Enter) a line of the statistics or comparison pane leads to.
enum LineTarget: Hashable {
    /// A row of the figures table (index into ``CorpusStatistics/figures``).
    case figure(Int)
    /// A document of the store (store index), opened in the reader at `mark`
    /// (Unicode-scalar offsets into its text, highlighted) when given.
    case document(Int, mark: Range<Int>?)
}

/// Text at a fixed column of a pane line.
struct Span: Hashable {
    /// Column relative to the pane's left edge.
    var col: Int
    /// Columns the span may take at most (it is truncated with `…` beyond).
    var width: Int
    var text: String
    var style: Style
}

/// One line of a scrolling pane: spans placed by column, and what Enter does on it.
///
/// A line has one or two halves (the comparison's sides); ``targets`` holds
/// the target of each half, and ``halves`` the columns each half covers, so
/// the cursor can stand on one side of a line.
struct PaneLine: Hashable {
    var spans: [Span] = []
    var targets: [LineTarget?] = []
    /// Column ranges of the halves (empty: the line is one whole).
    var halves: [Range<Int>] = []
    /// True for the first line of a section (Tab jumps between them).
    var startsSection = false

    static let blank = PaneLine()

    /// True when some half of the line can be chosen.
    var isSelectable: Bool { targets.contains { $0 != nil } }

    /// The line shifted right by `offset` columns (for placing it in a column layout).
    func shifted(by offset: Int) -> PaneLine {
        var l = self
        l.spans = spans.map { var s = $0; s.col += offset; return s }
        l.halves = halves.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        return l
    }

    /// Two lines drawn next to each other: `right` starts at column `offset`.
    static func joined(_ left: PaneLine, _ right: PaneLine, offset: Int, leftWidth: Int) -> PaneLine {
        let r = right.shifted(by: offset)
        var l = PaneLine(spans: left.spans + r.spans, startsSection: left.startsSection || right.startsSection)
        l.targets = [left.targets.first ?? nil, right.targets.first ?? nil]
        l.halves = [0..<leftWidth, offset..<(offset + leftWidth)]
        if !l.isSelectable { l.targets = []; l.halves = [] }
        return l
    }

    /// Two columns of lines zipped row by row (the shorter one padded with blank lines).
    static func columns(_ left: [PaneLine], _ right: [PaneLine], offset: Int, leftWidth: Int) -> [PaneLine] {
        (0..<max(left.count, right.count)).map { i in
            joined(i < left.count ? left[i] : .blank, i < right.count ? right[i] : .blank,
                   offset: offset, leftWidth: leftWidth)
        }
    }
}

/// Display widths as a canvas with these settings measures them.
struct TextMeasure {
    var ambiguous: AmbiguousWidth
    var ascii: Bool

    init(_ canvas: Canvas) { ambiguous = canvas.ambiguousWidth; ascii = canvas.asciiOnly }
    init(ambiguous: AmbiguousWidth = .narrow, ascii: Bool = false) { self.ambiguous = ambiguous; self.ascii = ascii }

    /// Display columns `text` takes once sanitised (and transliterated in ASCII mode).
    func width(_ text: String) -> Int {
        let clean = Sanitizer.sanitize(text)
        return DisplayWidth.of(ascii ? Transliteration.ascii(clean) : clean, ambiguous: ambiguous)
    }

    /// Widest of `texts`.
    func widest(_ texts: [String]) -> Int { texts.map(width).max() ?? 0 }
}
