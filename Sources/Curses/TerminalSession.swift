import Foundation

/// Process-level checks and setup that come before a curses session.
public enum TerminalSession {
    /// The notice shown when no UTF-8 locale exists (ASCII only on purpose).
    public static let asciiNotice =
        "no UTF-8 locale: showing Chinese as pinyin - run with LANG=C.UTF-8 for Chinese"

    /// Whether a full-screen UI can run: stdin and stdout are terminals and
    /// `TERM` is set and not `dumb`. The executable exits with status 2 otherwise.
    public static func isInteractive(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        stdinIsTerminal: Bool = isatty(0) == 1,
        stdoutIsTerminal: Bool = isatty(1) == 1
    ) -> Bool {
        guard stdinIsTerminal, stdoutIsTerminal else { return false }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
        return true
    }

    /// Whether to draw without colour: the `--no-color` option, or `NO_COLOR`
    /// set to any non-empty value (see no-color.org).
    public static func colorDisabled(option: Bool, environment: [String: String]) -> Bool {
        option || !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Adopts the user's locale, falling back to `C.UTF-8` when it is not UTF-8.
    ///
    /// Must run before `newterm`: ncurses measures and encodes characters with
    /// the locale's multibyte functions. Changes process-wide state.
    ///
    /// - Returns: true when the resulting `LC_CTYPE` codeset is UTF-8; false
    ///   means the caller must run in ASCII-only mode.
    @discardableResult
    public static func configureLocale() -> Bool {
        setlocale(LC_ALL, "")
        if codesetIsUTF8() { return true }
        if setlocale(LC_ALL, "C.UTF-8") != nil, codesetIsUTF8() { return true }
        return false
    }

    /// Whether `nl_langinfo(nl_item(CODESET))` of the current locale is UTF-8.
    static func codesetIsUTF8() -> Bool {
        guard let raw = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: raw).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
