/// A grid of cells the app draws into; a terminal presents it.
///
/// Invariants: `cells.count == size.rows * size.cols`; a wide character
/// occupies its cell plus one `continuation` cell to its right; no cell
/// holds a control character (all text passes ``Sanitizer``).
public final class Canvas {
    /// One screen cell.
    public struct Cell: Hashable, Sendable {
        /// The grapheme drawn here; `" "` when blank, `""` for the right half of a wide character.
        public var text: String
        public var style: Style
        public var isContinuation: Bool { text.isEmpty }
        public static let blank = Cell(text: " ", style: .plain)
    }

    public let size: Size
    /// Width policy used to measure text drawn on this canvas.
    public var ambiguousWidth: AmbiguousWidth
    /// When true, text is transliterated to ASCII before drawing (no UTF-8 locale).
    public var asciiOnly: Bool
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be left (e.g. in a prompt), or `nil` to hide it.
    public var cursor: (row: Int, col: Int)?

    public init(size: Size, ambiguousWidth: AmbiguousWidth = .narrow, asciiOnly: Bool = false) {
        self.size = Size(rows: max(0, size.rows), cols: max(0, size.cols))
        self.ambiguousWidth = ambiguousWidth
        self.asciiOnly = asciiOnly
        self.cells = Array(repeating: .blank, count: self.size.rows * self.size.cols)
    }

    public subscript(row: Int, col: Int) -> Cell {
        cells[row * size.cols + col]
    }

    /// Blanks every cell.
    public func clear() {
        for i in cells.indices { cells[i] = .blank }
        cursor = nil
    }

    /// Fills `width` columns of `row` from `col` with blanks in `style`.
    public func fill(row: Int, col: Int, width: Int, style: Style) {
        guard row >= 0, row < size.rows else { return }
        let from = max(0, col), to = min(size.cols, col + width)
        guard from < to else { return }
        for c in from..<to { set(row, c, Cell(text: " ", style: style)) }
    }

    /// Draws `text` on one row starting at `col`, clipped to `maxWidth` columns
    /// (and to the canvas edge). Text wider than the room is truncated with `…`
    /// without splitting a wide character.
    ///
    /// - Returns: the number of display columns written.
    @discardableResult
    public func put(_ text: String, row: Int, col: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard row >= 0, row < size.rows, col < size.cols else { return 0 }
        let room = min(maxWidth ?? Int.max, size.cols - max(col, 0))
        guard room > 0 else { return 0 }
        let shown = displayText(text)
        let fitted = DisplayWidth.truncate(shown, to: room, ambiguous: ambiguousWidth)
        var c = col
        for ch in fitted {
            let w = DisplayWidth.of(ch, ambiguous: ambiguousWidth)
            if w == 0 { continue }  // Combining marks are folded into their base by Character.
            if c >= 0 {
                set(row, c, Cell(text: String(ch), style: style))
                if w == 2, c + 1 < size.cols { set(row, c + 1, Cell(text: "", style: style)) }
            }
            c += w
        }
        return c - col
    }

    /// Applies `style` to `width` existing cells of `row` from `col` (used for highlights).
    public func restyle(row: Int, col: Int, width: Int, style: Style) {
        guard row >= 0, row < size.rows else { return }
        let from = max(0, col), to = min(size.cols, col + width)
        guard from < to else { return }
        for c in from..<to { cells[row * size.cols + c].style = style }
    }

    /// The canvas as plain text: one line per row, trailing blanks trimmed.
    public func text() -> String {
        var lines: [String] = []
        lines.reserveCapacity(size.rows)
        for r in 0..<size.rows {
            var line = ""
            for c in 0..<size.cols { line += cells[r * size.cols + c].text }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Sanitises (and in ASCII mode transliterates) text before it is measured and drawn.
    func displayText(_ text: String) -> String {
        let clean = Sanitizer.sanitize(text)
        return asciiOnly ? Transliteration.ascii(clean) : clean
    }

    private func set(_ row: Int, _ col: Int, _ cell: Cell) {
        let i = row * size.cols + col
        // Overwriting half of a wide character blanks the other half.
        if cells[i].isContinuation, col > 0 { cells[i - 1] = Cell(text: " ", style: cells[i - 1].style) }
        if col + 1 < size.cols, cells[i + 1].isContinuation, !cell.isContinuation {
            cells[i + 1] = Cell(text: " ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }
}
