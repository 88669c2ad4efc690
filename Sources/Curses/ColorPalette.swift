/// Foreground/background colours for each ``ColorRole`` at a given colour depth.
///
/// Colour numbers are terminal palette indices (0–7 are the ANSI colours
/// black, red, green, yellow, blue, magenta, cyan, white; 8–255 the xterm
/// 256-colour cube and greys); −1 is the terminal's default colour.
public struct ColorPalette: Hashable, Sendable {
    /// One role's colours plus whether it is drawn bold.
    public struct Entry: Hashable, Sendable {
        /// Palette index of the text colour, −1 for the default.
        public var foreground: Int16
        /// Palette index of the background, −1 for the default.
        public var background: Int16
        /// Whether the role is also drawn bold.
        public var bold: Bool
    }

    /// 0 (monochrome), 8 or 256.
    public let depth: Int

    /// The palette for a terminal reporting `colors` colours, or monochrome
    /// when `noColor` is set (`NO_COLOR` / `--no-color`) or fewer than 8 exist.
    public init(colors: Int, noColor: Bool) {
        if noColor || colors < 8 {
            depth = 0
        } else {
            depth = colors >= 256 ? 256 : 8
        }
    }

    /// The colour pair number used for `role` (1-based; 0 is ncurses' default pair).
    public static func pairNumber(_ role: ColorRole) -> Int16 {
        Int16(ColorRole.allCases.firstIndex(of: role) ?? 0) + 1
    }

    /// Colours for `role`, or `nil` in monochrome (see ``ColorRole/monochromeAttributes``).
    public func entry(_ role: ColorRole) -> Entry? {
        switch depth {
        case 256: return Self.entry256(role)
        case 8: return Self.entry8(role)
        default: return nil
        }
    }

    private static func entry8(_ role: ColorRole) -> Entry {
        switch role {
        case .normal: return Entry(foreground: -1, background: -1, bold: false)
        case .title: return Entry(foreground: 3, background: -1, bold: true)
        case .header: return Entry(foreground: 6, background: -1, bold: true)
        case .selection: return Entry(foreground: 7, background: 4, bold: false)
        case .status: return Entry(foreground: 0, background: 7, bold: false)
        case .prompt: return Entry(foreground: 2, background: -1, bold: true)
        case .highlight: return Entry(foreground: 0, background: 3, bold: false)
        case .figure: return Entry(foreground: 5, background: -1, bold: true)
        case .dim: return Entry(foreground: 4, background: -1, bold: false)
        case .border: return Entry(foreground: 4, background: -1, bold: false)
        case .error: return Entry(foreground: 1, background: -1, bold: true)
        case .accent: return Entry(foreground: 6, background: -1, bold: false)
        case .bar: return Entry(foreground: 0, background: 6, bold: false)
        }
    }

    private static func entry256(_ role: ColorRole) -> Entry {
        switch role {
        case .normal: return Entry(foreground: -1, background: -1, bold: false)
        case .title: return Entry(foreground: 221, background: -1, bold: true)
        case .header: return Entry(foreground: 75, background: -1, bold: true)
        case .selection: return Entry(foreground: 231, background: 24, bold: false)
        case .status: return Entry(foreground: 252, background: 238, bold: false)
        case .prompt: return Entry(foreground: 150, background: -1, bold: true)
        case .highlight: return Entry(foreground: 16, background: 220, bold: false)
        case .figure: return Entry(foreground: 176, background: -1, bold: true)
        case .dim: return Entry(foreground: 244, background: -1, bold: false)
        case .border: return Entry(foreground: 240, background: -1, bold: false)
        case .error: return Entry(foreground: 203, background: -1, bold: true)
        case .accent: return Entry(foreground: 116, background: -1, bold: false)
        case .bar: return Entry(foreground: 16, background: 67, bold: false)
        }
    }
}
