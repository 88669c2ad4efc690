/// Named colour roles; panes ask for a role, the terminal decides the colours.
public enum ColorRole: String, Hashable, Sendable, CaseIterable {
    case normal, title, header, selection, status, prompt, highlight, figure, dim, border, error, accent, bar
}

/// How a cell is drawn: a colour role plus monochrome attributes.
///
/// In monochrome (`NO_COLOR`, `--no-color`, or a terminal without colours)
/// only ``bold``, ``reverse`` and ``underline`` are used, so every role must
/// still be distinguishable through those (see `Style.monochrome`).
public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role; self.bold = bold; self.reverse = reverse; self.underline = underline
    }

    public static let plain = Style()
}
