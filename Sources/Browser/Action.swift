/// A named thing the user can ask for; panes handle actions, never raw keys.
///
/// Every action is declared once, with its keys and help text, in ``KeyTable``.
public enum Action: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case openSearch, nextHit, prevHit, nextDocument, prevDocument
    case focusNext, focusPrev, zoom, facets, sort, toggle, clearFilters
    case loadReport, help, redraw, enter, escape, quit
    case statistics, compare, swapSides, chooseSideA, chooseSideB
}
