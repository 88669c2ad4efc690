import Foundation
import Synchronization
internal import CNCursesW

/// True while a curses screen is active; read by the `atexit` hook.
private let cursesActive = Atomic<Bool>(false)

/// Restores the terminal if the process exits while curses is active.
private let endCursesAtExit: @convention(c) () -> Void = {
    if cursesActive.exchange(false, ordering: .relaxed) { endwin() }
}

/// A real terminal driven by ncursesw.
///
/// Start-up (see ``init(options:environment:)``): locale (falling back to
/// `C.UTF-8`, else ASCII-only mode with a ``notice``), signal handlers,
/// `newterm` on stdin/stdout, cbreak/noecho/nonl/keypad, a 25 ms `ESCDELAY`
/// unless the environment sets one, hidden cursor, colour pairs per role.
/// Only one instance may be active at a time (ncurses has one screen).
/// Call ``shutdown()`` before exiting; it is also run from `deinit` and from
/// an `atexit` hook, so `endwin` runs on every ordinary exit path.
public final class NCursesTerminal: Terminal {
    /// How to start the terminal.
    public struct Options: Sendable {
        /// Draw without colours (also implied by a non-empty `NO_COLOR`).
        public var noColor: Bool
        /// Ambiguous-width policy; `nil` asks the locale (`wcwidth` of `“`).
        public var ambiguousWidth: AmbiguousWidth?

        /// Options; the defaults use colour and the locale's ambiguous width.
        public init(noColor: Bool = false, ambiguousWidth: AmbiguousWidth? = nil) {
            self.noColor = noColor
            self.ambiguousWidth = ambiguousWidth
        }
    }

    /// Why the terminal could not start.
    public enum StartError: Error, Equatable {
        /// stdin/stdout is not a terminal or `TERM` is unset or `dumb`.
        case notATerminal
        /// `newterm` failed (unknown `TERM`).
        case cannotInitialize(String)
    }

    /// Colour depth, ASCII-only mode and ambiguous-width policy in effect.
    public private(set) var capabilities: TerminalCapabilities
    /// ``TerminalSession/asciiNotice`` in ASCII-only mode, else `nil`.
    public let notice: String?
    let palette: ColorPalette
    var screen: OpaquePointer?
    var signals: SignalMonitor?
    var headlessFiles: [UnsafeMutablePointer<FILE>] = []
    /// The locale to restore on shutdown (headless sessions only, so tests
    /// leave the process locale as they found it).
    var savedLocale: String?
    /// The descriptor keys are read from (stdin, or a test's pipe when headless).
    var inputFD: Int32 = 0
    var styleCache: [Style: (attrs: attr_t, pair: Int16)] = [:]
    var cursorShown = false
    var pending: [TerminalEvent] = []
    /// The cells of the last frame written to `stdscr`, valid while
    /// ``presentedSize`` equals the screen size.
    var presentedCells: [Canvas.Cell] = []
    var presentedSize: Size?

    /// Current size in cells (ncurses' `LINES` × `COLS`).
    public var size: Size {
        Size(rows: Int(xs_lines()), cols: Int(xs_cols()))
    }

    /// Starts curses on the process's terminal.
    ///
    /// - Throws: ``StartError`` when not interactive or `newterm` fails; the
    ///   terminal is left untouched in that case.
    public init(options: Options = Options(), environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard TerminalSession.isInteractive(environment: environment) else { throw StartError.notATerminal }
        let utf8 = TerminalSession.configureLocale()
        let monitor = SignalMonitor()
        guard let scr = newterm(nil, xs_stdout(), xs_stdin()) else {
            monitor?.restore()
            throw StartError.cannotInitialize(environment["TERM"] ?? "")
        }
        screen = scr
        signals = monitor
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        let noColor = TerminalSession.colorDisabled(option: options.noColor, environment: environment)
        (palette, capabilities) = Self.configureScreen(utf8: utf8, noColor: noColor, options: options)
        notice = utf8 ? nil : TerminalSession.asciiNotice
        Self.markActive()
    }

    /// Starts curses on the process's terminal with colour switched off or on.
    public convenience init(noColor: Bool, ambiguousWidth: AmbiguousWidth? = nil) throws {
        try self.init(options: Options(noColor: noColor, ambiguousWidth: ambiguousWidth))
    }

    /// A terminal drawing into memory only (`newterm("xterm")` writing to
    /// /dev/null), for tests that read the screen back with ``screenLine(_:from:)``.
    ///
    /// - Parameter inputFD: a descriptor to read keys from (e.g. a pipe's
    ///   read end, which the terminal then owns); /dev/null when `nil`.
    init(headless size: Size, inputFD: Int32? = nil, options: Options = Options()) throws {
        let previous = setlocale(LC_ALL, nil).map { String(cString: $0) }
        let utf8 = TerminalSession.configureLocale()
        let out = fopen("/dev/null", "w")
        let input = inputFD.map { fdopen($0, "r") } ?? fopen("/dev/null", "r")
        guard let out, let input, let scr = newterm("xterm", out, input) else {
            if let out { fclose(out) }
            if let input { fclose(input) }
            if let previous { setlocale(LC_ALL, previous) }
            throw StartError.cannotInitialize("xterm")
        }
        savedLocale = previous
        screen = scr
        headlessFiles = [out, input]
        self.inputFD = fileno(input)
        resize_term(Int32(size.rows), Int32(size.cols))
        (palette, capabilities) = Self.configureScreen(utf8: utf8, noColor: options.noColor, options: options)
        notice = utf8 ? nil : TerminalSession.asciiNotice
        Self.markActive()
    }

    /// The attributes and colour pair ncurses holds for the cell at (`row`, `col`).
    func screenAttributes(row: Int, col: Int) -> (attrs: attr_t, pair: Int16) {
        var cc = cchar_t()
        var chars = [wchar_t](repeating: 0, count: Int(xs_ccharw_max()) + 1)
        var attrs: attr_t = 0
        var pair: Int16 = 0
        guard screen != nil, mvwin_wch(xs_stdscr(), Int32(row), Int32(col), &cc) != ERR else { return (0, 0) }
        _ = getcchar(&cc, &chars, &attrs, &pair, nil)
        return (attrs, pair)
    }

    deinit { shutdown() }

    /// Leaves curses mode (`endwin`), frees the screen and restores signal
    /// handlers. Idempotent; call it before exiting, also after `.hangup`.
    public func shutdown() {
        guard let scr = screen else { return }
        screen = nil
        cursesActive.store(false, ordering: .relaxed)
        endwin()
        delscreen(scr)
        signals?.restore()
        signals = nil
        for f in headlessFiles { fclose(f) }
        headlessFiles = []
        if let savedLocale { setlocale(LC_ALL, savedLocale) }
    }

    /// Input modes, cursor and colours shared by both initialisers.
    private static func configureScreen(
        utf8: Bool, noColor: Bool, options: Options
    ) -> (ColorPalette, TerminalCapabilities) {
        cbreak()
        noecho()
        nonl()
        keypad(xs_stdscr(), true)
        // Let ncurses use the terminal's insert/delete-line and scroll-region capabilities, so
        // scrolling a full-width pane by one line moves the screen instead of repainting it.
        idlok(xs_stdscr(), true)
        idcok(xs_stdscr(), true)
        wtimeout(xs_stdscr(), 0)
        curs_set(0)
        let palette = setUpColors(noColor: noColor)
        let ambiguous = options.ambiguousWidth ?? (utf8 && wcwidth(0x201C) == 2 ? .wide : .narrow)
        return (palette, TerminalCapabilities(colors: palette.depth, asciiOnly: !utf8, ambiguousWidth: ambiguous))
    }

    private static let atExitRegistered = Atomic<Bool>(false)

    private static func markActive() {
        cursesActive.store(true, ordering: .relaxed)
        if !atExitRegistered.exchange(true, ordering: .relaxed) { atexit(endCursesAtExit) }
    }
}
