import Foundation
import Yams

/// YAML front matter (`---` … `---`) at the top of a file.
struct FrontMatter: Sendable {
    /// Scalar fields as written (keys lower-cased); sequences joined with `,`.
    var fields: [String: String]
    /// The text after the closing `---` line.
    var body: Substring
    /// Flags raised while reading it (`bad-front-matter`, `unclosed-front-matter`).
    var flags: [String]

    /// Splits off front matter when the first non-blank line is `---`.
    ///
    /// - Returns: `nil` when the text has no front matter. When the opening `---`
    ///   has no closing line, the rest of the file is returned as the body with flag
    ///   `unclosed-front-matter` (the file was probably cut short). Malformed YAML
    ///   gives flag `bad-front-matter` and no fields, but the body is still returned.
    static func split(_ text: String) -> FrontMatter? {
        var lines = text[...].split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        var consumed = 0
        var opened = false
        while let line = lines.next() {
            consumed += line.utf8.count + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            opened = trimmed == "---"
            break
        }
        guard opened else { return nil }
        let yamlStart = text.utf8.index(text.startIndex, offsetBy: min(consumed, text.utf8.count))
        var yamlEnd = yamlStart
        var position = yamlStart
        while position < text.endIndex {
            let lineEnd = text[position...].firstIndex(of: "\n") ?? text.endIndex
            let trimmed = text[position..<lineEnd].trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." {
                yamlEnd = position
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                let (fields, flags) = parse(String(text[yamlStart..<yamlEnd]))
                return FrontMatter(fields: fields, body: text[bodyStart...], flags: flags)
            }
            position = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return FrontMatter(fields: [:], body: text[yamlStart...], flags: ["unclosed-front-matter"])
    }

    /// Parses the YAML block into string fields without type resolution (dates stay as written).
    static func parse(_ yaml: String) -> ([String: String], [String]) {
        let composed: Node?
        do { composed = try Yams.compose(yaml: yaml) } catch { return ([:], ["bad-front-matter"]) }
        guard let node = composed else { return ([:], []) }
        guard let mapping = node.mapping else { return ([:], ["bad-front-matter"]) }
        var fields: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string?.lowercased() else { continue }
            if let scalar = value.scalar {
                fields[name] = scalar.string
            } else if let sequence = value.sequence {
                fields[name] = sequence.compactMap { $0.scalar?.string }.joined(separator: ",")
            }
        }
        return (fields, [])
    }
}

extension Substring {
    func trimmingCharacters(in set: CharacterSet) -> String {
        String(self).trimmingCharacters(in: set)
    }
}
