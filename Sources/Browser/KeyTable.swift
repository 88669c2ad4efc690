import Curses

/// The one table that maps keys to actions; the dispatcher, the help overlay
/// and the user guide all read it.
public struct KeyTable: Sendable {
    /// One row: an action, the keys that trigger it, how the keys are written, what it does.
    public struct Binding: Sendable, Hashable {
        public var action: Action
        public var keys: [Key]
        /// The keys as shown to people (`j ↓`).
        public var label: String
        /// One line of help text.
        public var help: String
        /// Where the keys apply; a pane's own binding wins over a global one with the same key.
        public var scope: Scope
    }

    /// Where a binding applies.
    public enum Scope: String, Sendable, Hashable {
        /// Everywhere (unless a pane binds the key itself).
        case global
        /// Only while the comparison pane is open.
        case compare
    }

    /// Rows in help order.
    public let bindings: [Binding]
    private let lookup: [Scope: [Key: Action]]

    public init(_ bindings: [Binding]) {
        self.bindings = bindings
        var map: [Scope: [Key: Action]] = [:]
        for b in bindings { for k in b.keys where map[b.scope]?[k] == nil { map[b.scope, default: [:]][k] = b.action } }
        lookup = map
    }

    /// The action bound to `key` in `scope` (falling back to the global bindings), or `nil` when unbound.
    public func action(for key: Key, in scope: Scope = .global) -> Action? {
        lookup[scope]?[key] ?? lookup[.global]?[key]
    }

    /// The binding row of `action`, if it is bound.
    public func binding(of action: Action) -> Binding? { bindings.first { $0.action == action } }

    /// The default key bindings.
    public static let standard = KeyTable([
        b(.moveDown, [.character("j"), .down], "j ↓", "Move down one row / scroll one line"),
        b(.moveUp, [.character("k"), .up], "k ↑", "Move up one row / scroll one line"),
        b(.pageDown, [.pageDown, .ctrl("f")], "PgDn Ctrl-F", "Page down"),
        b(.pageUp, [.pageUp, .ctrl("b")], "PgUp Ctrl-B", "Page up"),
        b(.halfPageDown, [.ctrl("d")], "Ctrl-D", "Half a page down"),
        b(.halfPageUp, [.ctrl("u")], "Ctrl-U", "Half a page up"),
        b(.top, [.character("g"), .home], "g Home", "Go to the first row / top of the document"),
        b(.bottom, [.character("G"), .end], "G End", "Go to the last row / end of the document"),
        b(.openSearch, [.character("/")], "/", "Search: the list narrows as you type"),
        b(.nextHit, [.character("n")], "n", "Next search hit in the document"),
        b(.prevHit, [.character("N")], "N", "Previous search hit in the document"),
        b(.nextDocument, [.character("]")], "]", "Next document in the list"),
        b(.prevDocument, [.character("[")], "[", "Previous document in the list"),
        b(.focusNext, [.tab], "Tab", "Next pane; next section (statistics) or side (comparison)"),
        b(.focusPrev, [.backTab], "Shift-Tab", "Previous pane; previous section or side"),
        b(.zoom, [.character("z")], "z", "Zoom the focused pane to the full screen (again to undo)"),
        b(.facets, [.character("f")], "f", "Open or close the facet panel (province, year, kind, level)"),
        b(.toggle, [.character(" ")], "Space", "Toggle a facet value / page down in the reader"),
        b(.clearFilters, [.character("x")], "x", "Clear the query and all facet filters"),
        b(.sort, [.character("o")], "o", "Cycle the list order: date, province, title, relevance"),
        b(.statistics, [.character("s")], "s", "Statistics of the listed documents (q or Esc closes)"),
        b(.compare, [.character("c")], "c", "Compare two selections side by side (q or Esc closes)"),
        b(.swapSides, [.character("x")], "x", "Comparison: swap sides A and B", scope: .compare),
        b(.chooseSideA, [.character("a")], "a", "Comparison: choose side A (province, year, kind, level)", scope: .compare),
        b(.chooseSideB, [.character("b")], "b", "Comparison: choose side B", scope: .compare),
        b(.loadReport, [.character("L")], "L", "Show the load report (files read and skipped)"),
        b(.help, [.character("?"), .function(1)], "? F1", "Show or hide this help"),
        b(.redraw, [.ctrl("l")], "Ctrl-L", "Redraw the screen"),
        b(.enter, [.enter], "Enter", "Open the selected document or figure / toggle a facet value"),
        b(.escape, [.escape], "Esc", "Close the overlay or pane, leave the reader or undo zoom"),
        b(.quit, [.character("q")], "q", "Quit (query and filters kept); in a pane or overlay: close it"),
    ])

    private static func b(_ a: Action, _ keys: [Key], _ label: String, _ help: String,
                          scope: Scope = .global) -> Binding {
        Binding(action: a, keys: keys, label: label, help: help, scope: scope)
    }
}

extension KeyTable {
    /// The bindings as a Markdown table (`| Keys | Action | What it does |`), as printed in the user guide.
    public func markdownTable() -> String {
        var lines = ["| Keys | Action | What it does |", "|---|---|---|"]
        for b in bindings {
            let keys = b.label.split(separator: " ").map { "`\($0 == "|" ? "\\|" : String($0))`" }.joined(separator: " ")
            lines.append("| \(keys) | \(b.action.rawValue) | \(b.help) |")
        }
        return lines.joined(separator: "\n")
    }
}
