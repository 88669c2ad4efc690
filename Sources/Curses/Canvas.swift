/// A grid of cells the app draws into; a terminal presents it.
///
/// Invariants: `cells.count == size.rows * size.cols`; a 2-column cell is
/// always followed, in the same row, by one `continuation` cell (text `""`);
/// a continuation cell is always preceded by a 2-column cell; no cell holds a
/// control character (all text passes ``Sanitizer``). Widths follow the policy
/// documented on ``DisplayWidth`` (see ``DisplayWidth/cells(of:ambiguous:)``).
public final class Canvas {
    /// One screen cell.
    public struct Cell: Hashable, Sendable {
        /// The grapheme drawn here; `" "` when blank, `""` for the right half of a wide character.
        public var text: String
        /// How the cell is drawn.
        public var style: Style
        /// True for the right half of a wide character (never drawn on its own).
        public var isContinuation: Bool { text.isEmpty }
        /// A space in the plain style.
        public static let blank = Cell(text: " ", style: .plain)
    }

    /// Rows × columns, both ≥ 0.
    public let size: Size
    /// Width policy used to measure text drawn on this canvas.
    public var ambiguousWidth: AmbiguousWidth
    /// When true, text is transliterated to ASCII before drawing (no UTF-8 locale).
    public var asciiOnly: Bool
    /// Row-major cells: the cell at (r, c) is `cells[r * size.cols + c]`.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be left (0-indexed row and column, e.g.
    /// in a prompt), or `nil` to hide it.
    public var cursor: (row: Int, col: Int)?

    /// A blank canvas; negative sizes are clamped to 0.
    public init(size: Size, ambiguousWidth: AmbiguousWidth = .narrow, asciiOnly: Bool = false) {
        self.size = Size(rows: max(0, size.rows), cols: max(0, size.cols))
        self.ambiguousWidth = ambiguousWidth
        self.asciiOnly = asciiOnly
        self.cells = Array(repeating: .blank, count: self.size.rows * self.size.cols)
    }

    /// The cell at 0-indexed `row` (< `size.rows`) and `col` (< `size.cols`).
    public subscript(row: Int, col: Int) -> Cell {
        cells[row * size.cols + col]
    }

    /// An independent copy (terminals keep one so the app may reuse its canvas).
    public func copy() -> Canvas {
        let other = Canvas(size: size, ambiguousWidth: ambiguousWidth, asciiOnly: asciiOnly)
        other.cells = cells
        other.cursor = cursor
        return other
    }

    /// Blanks every cell and hides the cursor.
    public func clear() {
        for i in cells.indices { cells[i] = .blank }
        cursor = nil
    }

    /// Fills `width` columns of `row` from `col` with blanks in `style` (clipped to the canvas).
    public func fill(row: Int, col: Int, width: Int, style: Style) {
        guard row >= 0, row < size.rows else { return }
        let from = max(0, col), to = min(size.cols, col + width)
        guard from < to else { return }
        for c in from..<to { set(row, c, Cell(text: " ", style: style)) }
    }

    /// Draws `text` on one row starting at `col`, clipped to `maxWidth` columns
    /// and to the canvas edges.
    ///
    /// The text is sanitised (and in ASCII mode transliterated) *before* it is
    /// measured. Text wider than the room is cut by
    /// ``DisplayWidth/truncate(_:to:ambiguous:ellipsis:)``, ending in `…`
    /// (`~` in ASCII mode) and never splitting a wide character. `col` may be
    /// negative (horizontal scrolling): cells left of column 0 are dropped and
    /// a wide character straddling the edge leaves a blank at column 0.
    ///
    /// - Returns: the number of display columns the text took, counted from `col`.
    @discardableResult
    public func put(_ text: String, row: Int, col: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard row >= 0, row < size.rows, col < size.cols else { return 0 }
        let room = min(size.cols - col, max(0, maxWidth ?? Int.max))
        guard room > 0 else { return 0 }
        let shown = displayText(text)
        let fitted = DisplayWidth.truncate(
            shown, to: room, ambiguous: ambiguousWidth, ellipsis: asciiOnly ? "~" : "…")
        var c = col
        for ch in fitted {
            let scalars = ch.unicodeScalars
            if scalars.count == 1, let v = scalars.first?.value {
                // Fast path: one scalar, one cell (or none when zero-width).
                let w = DisplayWidth.scalarWidth(v, ambiguous: ambiguousWidth)
                if w > 0 { place(String(ch), width: w, row: row, col: c, style: style) }
                c += w
                continue
            }
            for cell in DisplayWidth.cells(of: ch, ambiguous: ambiguousWidth) {
                place(cell.text, width: cell.width, row: row, col: c, style: style)
                c += cell.width
            }
        }
        return c - col
    }

    /// Stores one cell `width` (1 or 2) columns wide at `col`, which may be
    /// left of the canvas: then a wide cell straddling column 0 leaves a blank.
    private func place(_ text: String, width: Int, row: Int, col: Int, style: Style) {
        if col >= 0 {
            set(row, col, Cell(text: text, style: style))
            if width == 2 { set(row, col + 1, Cell(text: "", style: style)) }
        } else if col + width > 0 {
            set(row, 0, Cell(text: " ", style: style))
        }
    }

    /// Applies `style` to `width` existing cells of `row` from `col` (used for highlights).
    public func restyle(row: Int, col: Int, width: Int, style: Style) {
        guard row >= 0, row < size.rows else { return }
        let from = max(0, col), to = min(size.cols, col + width)
        guard from < to else { return }
        for c in from..<to { cells[row * size.cols + c].style = style }
    }

    /// Row `row` as plain text, trailing blanks trimmed.
    public func line(_ row: Int) -> String {
        var line = ""
        for c in 0..<size.cols { line += cells[row * size.cols + c].text }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The canvas as plain text: one line per row, trailing blanks trimmed.
    public func text() -> String {
        (0..<size.rows).map(line).joined(separator: "\n")
    }

    /// Sanitises (and in ASCII mode transliterates) text before it is measured and drawn.
    func displayText(_ text: String) -> String {
        let clean = Sanitizer.sanitize(text)
        return asciiOnly ? Transliteration.ascii(clean) : clean
    }

    /// Stores `cell` at (`row`, `col`), blanking the other half of any wide
    /// character it overwrites so the invariants hold.
    private func set(_ row: Int, _ col: Int, _ cell: Cell) {
        let i = row * size.cols + col
        if cells[i].isContinuation, col > 0 {
            cells[i - 1] = Cell(text: " ", style: cells[i - 1].style)
        }
        if col + 1 < size.cols, cells[i + 1].isContinuation {
            cells[i + 1] = Cell(text: " ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }
}
