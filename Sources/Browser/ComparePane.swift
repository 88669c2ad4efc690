import Corpus
import Curses

/// The comparison pane (`c`): two selections of the listed documents in aligned
/// columns; `x` swaps the sides, `a`/`b` choose them, Tab moves between the
/// sides and Enter opens a document. Data lives in ``CompareModel``.
final class ComparePane: Pane {
    let terms: SegmentationCache
    /// Compute on the UI thread whatever the size (tests).
    var synchronous = false
    private var measure = TextMeasure()

    init(terms: SegmentationCache) { self.terms = terms }

    /// The state's model, created with the default sides and recomputed when the list changed.
    func model(_ state: AppState) -> CompareModel {
        let m: CompareModel
        if let existing = state.compareModel {
            m = existing
        } else {
            let sides = CompareModel.defaultSides(state.visible.map { state.documents[$0] })
            m = CompareModel(a: sides.0, b: sides.1)
            state.compareModel = m
        }
        if m.isStale(for: state) { m.recompute(state, terms: terms, synchronous: synchronous) }
        return m
    }

    func lines(_ model: CompareModel, width: Int) -> [PaneLine] { model.lines(width: width, measure: measure) }

    func draw(on canvas: Canvas, in rect: Rect, state: AppState, focused: Bool) {
        measure = TextMeasure(canvas)
        guard rect.rows > 1 else { return }
        let model = model(state)
        let title = " 对比 Compare — \(model.a.label) vs \(model.b.label)"
            + (state.query.isEmpty && state.filters.isEmpty ? "" : " (query/filters)")
            + "   a/b choose · x swap · Tab side · q back"
        canvas.putPadded(title, row: rect.row, col: rect.col, width: rect.cols, style: Style(.header, bold: true, underline: true))
        let body = Rect(row: rect.row + 1, col: rect.col, rows: rect.rows - 1, cols: rect.cols)
        let lines = lines(model, width: rect.cols)
        model.view.clamp(lineCount: lines.count, rows: body.rows)
        PaneLines.draw(lines, view: model.view, on: canvas, in: body, focused: focused && state.chooser == nil)
    }

    func handle(_ action: Action, state: AppState, rect: Rect) -> Bool {
        let model = model(state)
        switch action {
        case .focusNext, .focusPrev:
            model.view.side = 1 - model.view.side
            return true
        case .swapSides:
            model.swap()
            return true
        case .toggle:
            return model.view.move(.pageDown, lines: lines(model, width: rect.cols), rows: rect.rows - 1)
        default:
            return model.view.move(action, lines: lines(model, width: rect.cols), rows: rect.rows - 1)
        }
    }

    /// What Enter opens now (a document of the side under the cursor).
    func target(_ state: AppState, rect: Rect) -> LineTarget? {
        let model = model(state)
        return model.view.target(in: lines(model, width: rect.cols))
    }
}
