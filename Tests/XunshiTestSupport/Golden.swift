import Curses
import Foundation

/// Golden-screen files: a canvas as text, then a map of the colour role of
/// every cell, stored next to the tests and re-recorded with `XUNSHI_RECORD=1`.
public enum Golden {
    /// One letter per colour role in the style map (`.` for `normal`).
    public static let roleLetters: [ColorRole: Character] = [
        .normal: ".", .title: "t", .header: "h", .selection: "s", .status: "S", .prompt: "p", .highlight: "H",
        .figure: "f", .dim: "d", .border: "b", .error: "e", .accent: "a", .bar: "B",
    ]

    /// The canvas text, a separator line, then one line per row of role letters (trailing `.` trimmed).
    public static func render(_ canvas: Canvas) -> String {
        var styles: [String] = []
        for r in 0..<canvas.size.rows {
            var line = ""
            for c in 0..<canvas.size.cols { line.append(roleLetters[canvas[r, c].style.role] ?? "?") }
            while line.last == "." { line.removeLast() }
            styles.append(line)
        }
        return canvas.text() + "\n--- roles ---\n" + styles.joined(separator: "\n") + "\n"
    }

    /// Compares `actual` with the golden file `name` in `directory`.
    ///
    /// - Returns: `nil` when they match (or after recording), else a description of the first difference.
    public static func compare(_ actual: String, name: String, directory: URL,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let url = directory.appendingPathComponent(name + ".txt")
        if environment["XUNSHI_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch { return "cannot record \(url.path): \(error)" }
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden file \(name).txt (run with XUNSHI_RECORD=1 to record)\n\(actual)"
        }
        if expected == actual { return nil }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<none>", al = i < a.count ? a[i] : "<none>"
            if el != al { return "golden \(name).txt differs at line \(i + 1):\nexpected: \(el)\nactual:   \(al)\n\nfull actual:\n\(actual)" }
        }
        return "golden \(name).txt differs"
    }
}
