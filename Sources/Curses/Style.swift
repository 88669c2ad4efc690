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
    /// The colour role; the terminal maps it to colours or, in monochrome, attributes.
    public var role: ColorRole
    /// Bold, in addition to whatever the role implies.
    public var bold: Bool
    /// Reverse video, in addition to whatever the role implies.
    public var reverse: Bool
    /// Underline, in addition to whatever the role implies.
    public var underline: Bool

    /// A style for `role` with optional extra attributes.
    public init(_ role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role; self.bold = bold; self.reverse = reverse; self.underline = underline
    }

    /// Normal text, no attributes.
    public static let plain = Style()
}
