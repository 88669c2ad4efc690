import Corpus
import Curses

/// The statistics pane (`s`): counts, timeline, figures, top terms and policies
/// of the listed documents; Enter on a figure row lists its statements, Enter
/// on a statement opens the reader there. Data lives in ``StatsModel``.
final class StatsPane: Pane {
    let terms: SegmentationCache
    /// Compute statistics and terms on the UI thread whatever the size (tests).
    var synchronousTerms = false
    /// Measure of the canvas last drawn on (used when handling actions between frames).
    private var measure = TextMeasure()

    init(terms: SegmentationCache) { self.terms = terms }

    /// The state's model, rebuilt when the list changed since it was built.
    func model(_ state: AppState) -> StatsModel {
        if let m = state.statsModel, !m.isStale(for: state) { return m }
        let m = StatsModel(state: state, synchronous: synchronousTerms)
        state.statsModel = m
        return m
    }

    /// The lines shown now (overview or statements) for a pane `width` wide.
    func lines(_ model: StatsModel, width: Int) -> [PaneLine] {
        if let f = model.openFigure { return model.statementLines(f, width: width, measure: measure) }
        let terms = model.terms(with: terms, synchronous: synchronousTerms)
        return model.overviewLines(width: width, measure: measure, terms: terms)
    }

    func draw(on canvas: Canvas, in rect: Rect, state: AppState, focused: Bool) {
        measure = TextMeasure(canvas)
        guard rect.rows > 1 else { return }
        let model = model(state)
        let title = " 统计 Statistics — \(model.documents.count) documents"
            + (state.query.isEmpty && state.filters.isEmpty ? "" : " (query/filters)")
            + "   Tab section · Enter figure · q back"
        canvas.putPadded(title, row: rect.row, col: rect.col, width: rect.cols, style: Style(.header, bold: true, underline: true))
        let body = Rect(row: rect.row + 1, col: rect.col, rows: rect.rows - 1, cols: rect.cols)
        let lines = lines(model, width: rect.cols)
        var view = model.openFigure == nil ? model.view : model.statementView
        view.clamp(lineCount: lines.count, rows: body.rows)
        store(view, in: model)
        PaneLines.draw(lines, view: view, on: canvas, in: body, focused: focused)
    }

    func handle(_ action: Action, state: AppState, rect: Rect) -> Bool {
        let model = model(state)
        let rows = rect.rows - 1
        let lines = lines(model, width: rect.cols)
        var view = model.openFigure == nil ? model.view : model.statementView
        defer { store(view, in: model) }
        switch action {
        case .focusNext, .focusPrev:
            view.jumpSection(forward: action == .focusNext, lines: lines, rows: rows)
            return true
        case .toggle:
            return view.move(.pageDown, lines: lines, rows: rows)
        case .moveDown where model.openFigure != nil, .moveUp where model.openFigure != nil:
            view.stepItem(forward: action == .moveDown, lines: lines, rows: rows)
            return true
        default:
            return view.move(action, lines: lines, rows: rows)
        }
    }

    /// What Enter chooses now (a figure row or a statement's document).
    func target(_ state: AppState, rect: Rect) -> LineTarget? {
        let model = model(state)
        let view = model.openFigure == nil ? model.view : model.statementView
        return view.target(in: lines(model, width: rect.cols))
    }

    /// Lists the statements of figure row `index`.
    func openFigure(_ index: Int, state: AppState) {
        let model = model(state)
        model.openFigure = index
        model.statementView = ScrollView(top: 0, cursor: 1, side: 0)
    }

    /// Leaves the statements list; returns false when the overview was showing.
    func back(_ state: AppState) -> Bool {
        guard let m = state.statsModel, m.openFigure != nil else { return false }
        m.openFigure = nil
        return true
    }

    private func store(_ view: ScrollView, in model: StatsModel) {
        if model.openFigure == nil { model.view = view } else { model.statementView = view }
    }
}
