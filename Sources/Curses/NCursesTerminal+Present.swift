internal import CNCursesW

extension NCursesTerminal {
    /// Copies `canvas` into ncurses' `stdscr` cell by cell (`setcchar` +
    /// `mvwadd_wch`), then `wnoutrefresh` + `doupdate`: ncurses compares with
    /// what the terminal shows and sends only the changed cells.
    ///
    /// Rows identical to the previous frame are not rewritten. Continuation
    /// cells are never written (the wide character before them
    /// covers them). Each cell is reconciled with the locale's `wcwidth` so
    /// ncurses' idea of the line always matches the canvas: a 2-column cell
    /// whose base ncurses counts as 1 column (`❤️`, or an ambiguous character
    /// under the wide policy) is drawn as the base plus a blank; a cell ncurses
    /// cannot place at the canvas width is drawn as `?`. Joiners and variation
    /// selectors are never sent. A canvas of another size is clipped and the
    /// rest of the screen blanked.
    public func present(_ canvas: Canvas) {
        guard screen != nil, let win = xs_stdscr() else { return }
        let screenSize = size
        let rows = min(canvas.size.rows, screenSize.rows)
        let cols = min(canvas.size.cols, screenSize.cols)
        if canvas.size != screenSize { werase(win) }
        // Rows equal to the previous frame are already in stdscr: skip them.
        let previous = presentedSize == screenSize && canvas.size == screenSize ? presentedCells : nil
        let width = canvas.size.cols
        for r in 0..<rows {
            let span = r * width..<(r + 1) * width
            if let previous, previous[span].elementsEqual(canvas.cells[span]) { continue }
            var c = 0
            while c < cols {
                let cell = canvas[r, c]
                let wide = c + 1 < canvas.size.cols && canvas[r, c + 1].isContinuation
                if cell.isContinuation {
                    draw(" ", style: cell.style, in: win, row: r, col: c)
                } else if wide && c + 1 >= cols {
                    draw(" ", style: cell.style, in: win, row: r, col: c)
                } else {
                    draw(cell.text, style: cell.style, width: wide ? 2 : 1, in: win, row: r, col: c)
                }
                c += wide ? 2 : 1
            }
        }
        presentedCells = canvas.cells
        presentedSize = canvas.size == screenSize ? screenSize : nil
        placeCursor(canvas.cursor, rows: rows, cols: cols, in: win)
        wnoutrefresh(win)
        doupdate()
    }

    /// Makes the next ``present(_:)`` rewrite every row and repaint the
    /// whole terminal (after `fg`, or for a user's "redraw" key), in case
    /// something else drew on the screen meanwhile.
    public func forceFullRedraw() {
        presentedSize = nil
        if screen != nil { clearok(xs_curscr(), true) }
    }

    /// Draws one canvas cell `width` (1 or 2) columns wide at (`row`, `col`).
    private func draw(_ text: String, style: Style, width: Int = 1, in win: UnsafeMutablePointer<WINDOW>, row: Int, col: Int) {
        let scalars = text.unicodeScalars
        if let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            // Fast path: one scalar that ncurses places at the canvas width.
            let v = wchar_t(bitPattern: only.value)
            if wcwidth(v) == width {
                putSingle(v, style: style, in: win, row: row, col: col)
                return
            }
        }
        var chars: [wchar_t] = []
        for s in text.unicodeScalars where s.value != 0x200D && s.value != 0xFE0E && s.value != 0xFE0F {
            let v = wchar_t(bitPattern: s.value)
            if chars.isEmpty {
                chars.append(v)
            } else if wcwidth(v) == 0, chars.count < Int(xs_ccharw_max()) {
                chars.append(v)
            }
        }
        let baseWidth = chars.first.map { Int(wcwidth($0)) } ?? -1
        if baseWidth == width {
            put(chars, style: style, in: win, row: row, col: col)
        } else if baseWidth == 1 && width == 2 {
            put(chars, style: style, in: win, row: row, col: col)
            put([wchar_t(32)], style: style, in: win, row: row, col: col + 1)
        } else {
            put([wchar_t(63)], style: style, in: win, row: row, col: col)
            if width == 2 { put([wchar_t(32)], style: style, in: win, row: row, col: col + 1) }
        }
    }

    /// Writes one complex character (base + combining marks) with `style`.
    private func put(_ chars: [wchar_t], style: Style, in win: UnsafeMutablePointer<WINDOW>, row: Int, col: Int) {
        let look = cachedAttributes(style)
        var cc = cchar_t()
        var terminated = chars
        terminated.append(0)
        guard setcchar(&cc, terminated, look.attrs, look.pair, nil) == OK else { return }
        // Returns ERR in the bottom-right cell (the cursor cannot advance) but still draws it.
        _ = mvwadd_wch(win, Int32(row), Int32(col), &cc)
    }

    /// Writes one character without combining marks (no heap allocation).
    private func putSingle(_ v: wchar_t, style: Style, in win: UnsafeMutablePointer<WINDOW>, row: Int, col: Int) {
        let look = cachedAttributes(style)
        var cc = cchar_t()
        var buffer: (wchar_t, wchar_t) = (v, 0)
        let ok = withUnsafePointer(to: &buffer) { tuple in
            tuple.withMemoryRebound(to: wchar_t.self, capacity: 2) { setcchar(&cc, $0, look.attrs, look.pair, nil) }
        }
        guard ok == OK else { return }
        _ = mvwadd_wch(win, Int32(row), Int32(col), &cc)
    }

    private func cachedAttributes(_ style: Style) -> (attrs: attr_t, pair: Int16) {
        if let hit = styleCache[style] { return hit }
        let look = Self.attributes(for: style, palette: palette)
        styleCache[style] = look
        return look
    }

    /// Shows the cursor at `cursor` when it lies on screen, else hides it.
    private func placeCursor(_ cursor: (row: Int, col: Int)?, rows: Int, cols: Int, in win: UnsafeMutablePointer<WINDOW>) {
        if let (r, c) = cursor, r >= 0, r < rows, c >= 0, c < cols {
            wmove(win, Int32(r), Int32(c))
            if !cursorShown { curs_set(1); cursorShown = true }
        } else if cursorShown {
            curs_set(0)
            cursorShown = false
        }
    }

    /// The text ncurses holds for screen row `row` (via `mvwinnwstr`), with
    /// trailing blanks trimmed; each wide character appears once.
    func screenLine(_ row: Int, from col: Int = 0) -> String {
        guard screen != nil, let win = xs_stdscr() else { return "" }
        var buffer = [wchar_t](repeating: 0, count: size.cols * 6 + 1)
        let n = mvwinnwstr(win, Int32(row), Int32(col), &buffer, Int32(buffer.count - 1))
        guard n != ERR else { return "" }
        var text = String(String.UnicodeScalarView(buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        while text.last == " " { text.removeLast() }
        return text
    }
}
