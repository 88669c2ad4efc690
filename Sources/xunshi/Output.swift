import Corpus
import Curses
import Dispatch
import Foundation

/// Standard output and error for the headless commands.
enum Output {
    /// One field of data made safe to print: ``Sanitizer/sanitize(_:)`` (the same sanitiser the
    /// browser's canvas uses), so ESC, C0/C1 controls, DEL, bidi controls and line separators
    /// become visible placeholders, TAB a space. One scalar in, one scalar out.
    static func safe(_ text: String) -> String { Sanitizer.sanitize(text) }

    /// `line` as one output line: every scalar the sanitiser replaces is replaced, except TAB,
    /// which the text formats use as a column separator. A newline inside `line` becomes `␊`,
    /// so data can never start a line of its own.
    static func safeLine(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { $0 != "\t" && Sanitizer.replacement(for: $0.value) != nil }) else {
            return line
        }
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            out.append(scalar == "\t" ? scalar : Sanitizer.replacement(for: scalar.value) ?? scalar)
        }
        return String(out)
    }

    /// Writes `text` as one sanitised line (``safeLine(_:)``) and a newline to standard output.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((safeLine(text) + "\n").utf8))
    }

    /// Writes multi-line `text`: each `\n`-separated line sanitised by ``safeLine(_:)``.
    static func text(_ text: String) {
        lines(text.split(separator: "\n", omittingEmptySubsequences: false).lazy.map(String.init))
    }

    /// Writes each line (sanitised by ``safeLine(_:)``) and a newline to standard output,
    /// in blocks of about 64 KiB.
    static func lines<S: Sequence<String>>(_ lines: S) {
        var block = ""
        for line in lines {
            block += safeLine(line)
            block += "\n"
            if block.utf8.count >= 65_536 {
                FileHandle.standardOutput.write(Data(block.utf8))
                block = ""
            }
        }
        if !block.isEmpty { FileHandle.standardOutput.write(Data(block.utf8)) }
    }

    /// Writes a message to standard error, each of its lines sanitised by ``safeLine(_:)``.
    static func error(_ message: String) {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { safeLine(String($0)) }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Writes already-escaped JSON (from ``json(_:)`` or ``escapeJSON(_:)``) and a newline.
    static func jsonLine(_ json: String) {
        FileHandle.standardOutput.write(Data((json + "\n").utf8))
    }

    /// JSON with sorted keys, unescaped slashes and indentation.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return escapeJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// `json` with every scalar the sanitiser would replace written as a `\\uXXXX` escape.
    ///
    /// JSONEncoder already escapes C0 controls; this also escapes DEL, C1 controls (the
    /// 8-bit CSI U+009B), bidi controls and U+2028/U+2029, so printing the JSON on a terminal
    /// is as safe as the text form while a JSON reader gets the original strings back. Such
    /// scalars can only occur inside JSON strings, where the escape is valid; the structural
    /// newlines and spaces of pretty-printing are left alone.
    static func escapeJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0 != "\n" && Sanitizer.replacement(for: $0.value) != nil }) else {
            return json
        }
        var out = ""
        for scalar in json.unicodeScalars {
            if scalar != "\n", Sanitizer.replacement(for: scalar.value) != nil {
                out += String(format: "\\u%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Loads the corpus, showing progress on standard error only when it is a terminal.
    static func load(_ paths: [String], with corpus: CorpusOptions) -> (documents: [Document], report: LoadReport) {
        let result = loadNamed(paths, with: corpus)
        return (result.documents, result.report)
    }

    /// ``load(_:with:)`` and the search index of what was loaded (see ``CorpusOptions/index(of:paths:corpusID:stored:revised:)``).
    static func loadIndexed(_ paths: [String], with corpus: CorpusOptions) -> (documents: [Document], report: LoadReport, index: SearchIndex) {
        var stored: SearchIndex?, revised = false
        let result = loadNamed(paths, with: corpus, onCorpusID: { stored = $0.index(); revised = $0.isRevised })
        return (result.documents, result.report, corpus.index(of: result.documents, paths: paths, corpusID: result.corpusID,
                                                              stored: stored, revised: revised))
    }

    private static func loadNamed(_ paths: [String], with corpus: CorpusOptions,
                                  onCorpusID: ((CorpusLoader.StoredCorpus) -> Void)? = nil)
        -> (documents: [Document], report: LoadReport, corpusID: UInt64?, deliveredID: UInt64?) {
        guard isatty(STDERR_FILENO) == 1 else { return corpus.loadNamed(paths, onCorpusID: onCorpusID) }
        let meter = ProgressMeter()
        return corpus.loadNamed(paths, onCorpusID: onCorpusID, onBatch: { _, progress in meter.show(progress) },
                                onLoaded: { _, _ in meter.finish() })
    }
}
