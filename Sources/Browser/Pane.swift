import Curses

/// What every pane does (after tig's `view_ops`): draw itself into a rectangle
/// from the app state, and handle the actions it understands.
///
/// Panes render data, they do not own it: positions live in ``AppState`` so
/// that a resize or a pane swap keeps them.
protocol Pane: AnyObject {
    /// Draws the pane into `rect` of `canvas`.
    func draw(on canvas: Canvas, in rect: Rect, state: AppState, focused: Bool)
    /// Handles `action` for a pane of size `rect`; returns false when the action is not for this pane.
    func handle(_ action: Action, state: AppState, rect: Rect) -> Bool
}

/// How far a movement action moves, in rows, for a viewport of `rows` rows; `nil` for non-movement actions.
func movementDelta(_ action: Action, rows: Int) -> Int? {
    let page = max(1, rows - 1), half = max(1, rows / 2)
    switch action {
    case .moveDown: return 1
    case .moveUp: return -1
    case .pageDown: return page
    case .pageUp: return -page
    case .halfPageDown: return half
    case .halfPageUp: return -half
    case .top: return Int.min / 2
    case .bottom: return Int.max / 2
    default: return nil
    }
}
