/// Size of a terminal or canvas in character cells.
public struct Size: Hashable, Sendable {
    /// Number of rows (lines), ≥ 0.
    public var rows: Int
    /// Number of columns (display cells), ≥ 0.
    public var cols: Int
    /// A size of `rows` × `cols` cells.
    public init(rows: Int, cols: Int) { self.rows = rows; self.cols = cols }
}

/// Something the terminal reports to the app.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal now has this size; the app should relayout.
    case resized(Size)
    /// The app was resumed after Ctrl-Z / `fg`; redraw everything.
    case resumed
    /// The terminal went away (SIGHUP, EOF/read error on the tty) or SIGTERM/SIGINT arrived: exit now.
    case hangup
}

/// What the terminal can show.
public struct TerminalCapabilities: Hashable, Sendable {
    /// Colour depth usable for roles: 0 (monochrome), 8, or 256.
    public var colors: Int
    /// True when no UTF-8 locale is available: text is transliterated to ASCII (Han → pinyin).
    public var asciiOnly: Bool
    /// How East-Asian ambiguous-width characters (“ ” — … ·) are measured.
    public var ambiguousWidth: AmbiguousWidth

    /// Capabilities; the defaults describe a 256-colour UTF-8 terminal.
    public init(colors: Int = 256, asciiOnly: Bool = false, ambiguousWidth: AmbiguousWidth = .narrow) {
        self.colors = colors; self.asciiOnly = asciiOnly; self.ambiguousWidth = ambiguousWidth
    }
}

/// Width policy for East-Asian ambiguous characters.
public enum AmbiguousWidth: String, Hashable, Sendable {
    /// One column (what xterm, tmux and most Western terminals draw; the default).
    case narrow
    /// Two columns (CJK terminal setups).
    case wide
}

/// The one seam between the app and a terminal.
///
/// `NCursesTerminal` talks to a real terminal; `VirtualTerminal` keeps
/// everything in memory so screens can be tested as text.
public protocol Terminal: AnyObject {
    /// Current size in cells.
    var size: Size { get }
    var capabilities: TerminalCapabilities { get }
    /// Shows `canvas` (whose size should equal ``size``); only changed cells are written.
    func present(_ canvas: Canvas)
    /// Waits up to `timeoutMilliseconds` (−1 waits forever) for the next event; `nil` on timeout.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
    /// Whether a key is waiting to be read (typed ahead, or pasted), so that work the next
    /// one would redo can be put off; never waits.
    var hasPendingInput: Bool { get }
    /// A one-line notice the terminal wants shown (e.g. the ASCII-mode warning), if any.
    var notice: String? { get }
}
