import Corpus
import Dispatch
import Foundation

/// `text` made safe to print on a terminal.
///
/// C0 controls (including ESC, tab and newlines) become their Control Pictures
/// (`␛`, `␉`, `␊` …), DEL becomes `␡`, and C1 controls and bidirectional
/// formatting characters (which could reorder or hide what follows) become
/// U+FFFD. Everything else passes through unchanged.
func terminalSafe(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        let v = scalar.value
        switch v {
        case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + v)!)
        case 0x7F: out.append("\u{2421}")
        case 0x80..<0xA0, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")
        default: out.append(scalar)
        }
    }
    return String(out)
}

/// Standard output and error for the headless commands.
enum Output {
    /// Writes `text` and a newline to standard output.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes each line and a newline to standard output, in blocks of about 64 KiB.
    static func lines<S: Sequence<String>>(_ lines: S) {
        var block = ""
        for line in lines {
            block += line
            block += "\n"
            if block.utf8.count >= 65_536 {
                FileHandle.standardOutput.write(Data(block.utf8))
                block = ""
            }
        }
        if !block.isEmpty { FileHandle.standardOutput.write(Data(block.utf8)) }
    }

    /// JSON with sorted keys, unescaped slashes and indentation.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Loads the corpus, showing progress on standard error only when it is a terminal.
    static func load(_ paths: [String]) -> (documents: [Document], report: LoadReport) {
        guard isatty(STDERR_FILENO) == 1 else { return CorpusLoader.load(paths: paths) }
        let meter = ProgressMeter()
        let result = CorpusLoader.load(paths: paths) { _, progress in meter.show(progress) }
        meter.finish()
        return result
    }
}

/// Prints load progress on one standard-error line, at most ten times a second.
final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private var lastShown: UInt64 = 0
    private var shown = false

    func show(_ progress: LoadProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastShown > 100_000_000 || progress.filesDone == progress.filesTotal else { return }
        lastShown = now
        shown = true
        let text = "\rloading: \(progress.filesDone)/\(progress.filesTotal) files, \(progress.documents) documents, "
            + String(format: "%.1f s", progress.seconds)
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
