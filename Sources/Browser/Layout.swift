import Curses

/// A rectangle of cells; `row`/`col` are 0-based from the top-left corner.
public struct Rect: Hashable, Sendable {
    public var row: Int, col: Int, rows: Int, cols: Int
    public init(row: Int, col: Int, rows: Int, cols: Int) {
        self.row = row; self.col = col; self.rows = max(0, rows); self.cols = max(0, cols)
    }
}

/// Where each part of the screen goes for a terminal size.
///
/// The last row is the prompt/message line, the one above it the status line.
/// At 100 columns or more the list (about 40 %) and the reader sit side by side
/// with a one-column rule between; narrower, the list sits above the reader
/// with a one-row rule. Zoom gives the focused pane the whole pane area.
public struct Layout: Hashable, Sendable {
    /// Smallest usable size; below it only a notice is drawn.
    public static let minimum = Size(rows: 10, cols: 40)
    /// Width from which list and reader sit side by side.
    public static let sideBySideWidth = 100

    public var size: Size
    public var list: Rect?
    public var reader: Rect?
    /// The rule between the panes: vertical when side by side.
    public var rule: Rect?
    public var status: Rect
    public var prompt: Rect

    public var isTooSmall: Bool { size.rows < Self.minimum.rows || size.cols < Self.minimum.cols }
    public var sideBySide: Bool { size.cols >= Self.sideBySideWidth }

    /// - Parameter zoomed: `.list` or `.reader` to give that pane the whole area; `nil` for both.
    public init(size: Size, zoomed: Focus? = nil) {
        self.size = size
        status = Rect(row: size.rows - 2, col: 0, rows: 1, cols: size.cols)
        prompt = Rect(row: size.rows - 1, col: 0, rows: 1, cols: size.cols)
        let area = Rect(row: 0, col: 0, rows: size.rows - 2, cols: size.cols)
        switch zoomed {
        case .list?, .facets?: list = area
        case .reader?: reader = area
        case nil:
            if size.cols >= Self.sideBySideWidth {
                let w = size.cols * 2 / 5
                list = Rect(row: 0, col: 0, rows: area.rows, cols: w)
                rule = Rect(row: 0, col: w, rows: area.rows, cols: 1)
                reader = Rect(row: 0, col: w + 1, rows: area.rows, cols: size.cols - w - 1)
            } else {
                let h = max(3, area.rows * 2 / 5)
                list = Rect(row: 0, col: 0, rows: h, cols: size.cols)
                rule = Rect(row: h, col: 0, rows: 1, cols: size.cols)
                reader = Rect(row: h + 1, col: 0, rows: area.rows - h - 1, cols: size.cols)
            }
        }
    }
}
