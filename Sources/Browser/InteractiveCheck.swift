/// Decides whether the browser may start: it needs a terminal on stdout and a
/// usable `TERM`.
public enum InteractiveCheck {
    /// Why the browser cannot run here, or `nil` when it can.
    ///
    /// - Parameters:
    ///   - stdoutIsTerminal: whether standard output is a tty (`isatty(1)`).
    ///   - environment: the process environment (`TERM` is read).
    public static func refusal(stdoutIsTerminal: Bool, environment: [String: String]) -> String? {
        let term = environment["TERM"] ?? ""
        let reason: String
        if !stdoutIsTerminal { reason = "standard output is not a terminal" }
        else if term.isEmpty { reason = "TERM is not set" }
        else if term == "dumb" { reason = "TERM=dumb cannot show the browser" }
        else { return nil }
        return """
            xunshi: \(reason).
            The interactive browser needs a terminal. For scripts and pipes use the headless commands:
              xunshi list | show ID | search QUERY | stats | check   (add --json for machine-readable output)
            """
    }
}
