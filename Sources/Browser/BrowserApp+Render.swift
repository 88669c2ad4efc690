import Curses

extension BrowserApp {
    /// The layout for the terminal's current size and zoom.
    var layout: Layout {
        Layout(size: terminal.size, zoomed: state.zoomed ? state.focus : nil)
    }

    /// Where overlays and choosers are centred: every row above the status line.
    var overlayArea: Rect {
        let layout = self.layout
        return Rect(row: 0, col: 0, rows: layout.status.row, cols: layout.size.cols)
    }

    /// Draws the whole screen for the current state.
    public func render() -> Canvas {
        let caps = terminal.capabilities
        let canvas = Canvas(size: terminal.size, ambiguousWidth: caps.ambiguousWidth, asciiOnly: caps.asciiOnly)
        let layout = self.layout
        if layout.isTooSmall {
            Overlays.drawTooSmall(on: canvas)
            return canvas
        }
        if let panel = state.panel {
            let pane: any Pane = panel == .statistics ? stats : compare
            pane.draw(on: canvas, in: panelRect, state: state, focused: true)
        } else if let r = layout.list {
            if state.facetsOpen {
                facets.draw(on: canvas, in: r, state: state, focused: state.focus == .facets)
            } else {
                list.draw(on: canvas, in: r, state: state, focused: state.focus == .list)
            }
        }
        if state.panel == nil, let r = layout.rule { drawRule(canvas, r, vertical: layout.sideBySide) }
        if state.panel == nil, let r = layout.reader { reader.draw(on: canvas, in: r, state: state, focused: state.focus == .reader) }
        StatusLine.draw(on: canvas, in: layout.status, state: state)
        BottomLine.draw(on: canvas, in: layout.prompt, state: state)
        let area = overlayArea
        if let chooser = state.chooser { Overlays.drawChooser(chooser, on: canvas, area: area) }
        if let overlay = state.overlay {
            let (title, lines) = Overlays.content(overlay, state: state, keys: keys, ambiguous: canvas.ambiguousWidth)
            Overlays.drawBox(on: canvas, area: area, title: title, lines: lines, top: state.overlayTop)
        }
        return canvas
    }

    private func drawRule(_ canvas: Canvas, _ r: Rect, vertical: Bool) {
        let style = Style(.border)
        if vertical {
            for y in r.row..<(r.row + r.rows) { canvas.put("│", row: y, col: r.col, style: style) }
        } else {
            canvas.put(String(repeating: "─", count: r.cols), row: r.row, col: r.col, style: style)
        }
    }
}
