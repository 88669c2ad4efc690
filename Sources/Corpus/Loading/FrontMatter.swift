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
        let bytes = text.utf8
        var position = bytes.startIndex
        // Skip blank lines; the first non-blank line must be `---`.
        var opened = false
        while position < bytes.endIndex {
            let lineEnd = bytes[position...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = trimmed(bytes[position..<lineEnd])
            position = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            if line.isEmpty { continue }
            opened = line.elementsEqual("---".utf8)
            break
        }
        guard opened else { return nil }
        let yamlStart = position
        while position < bytes.endIndex {
            let lineEnd = bytes[position...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = trimmed(bytes[position..<lineEnd])
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
                let (fields, flags) = parse(String(text[yamlStart..<position]))
                return FrontMatter(fields: fields, body: text[bodyStart...], flags: flags)
            }
            position = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
        }
        return FrontMatter(fields: [:], body: text[yamlStart...], flags: ["unclosed-front-matter"])
    }

    /// A line's bytes without surrounding ASCII spaces, tabs and CR.
    private static func trimmed(_ line: Substring.UTF8View) -> Substring.UTF8View {
        let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0D }
        guard let first = line.firstIndex(where: { !isSpace($0) }) else { return line[line.endIndex...] }
        let last = line.lastIndex(where: { !isSpace($0) })!
        return line[first...last]
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
