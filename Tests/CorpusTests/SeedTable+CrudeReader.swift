import Corpus
import Foundation
import XunshiTestSupport

/// A TEST-ONLY reader for the seeds, good enough to feed ``Extraction/enrich(_:)`` until the
/// real loader is integrated: strips tags with regular expressions, takes `<p>` contents for
/// front-matter files and the lines after the date line for plain-text files.
extension SeedTable {
    static func crudeDocument(for seed: SeedExpectation) throws -> Document {
        let url = TestPaths.seeds.appendingPathComponent(seed.file)
        let raw = try String(contentsOf: url, encoding: .utf8)
        var paragraphs: [String] = []
        var rawDate: String?
        if raw.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("---") {
            rawDate = firstMatch(#"(?m)^date:\s*(.+)$"#, in: raw)
            for p in allMatches(#"<p(?![^>]*article-editor)[^>]*>(.*?)</p>"#, in: raw) {
                let text = p.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
                    .trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{3000}"]))
                if !text.isEmpty { paragraphs.append(text) }
            }
        } else {
            let lines = raw.components(separatedBy: "\n").map {
                $0.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{3000}"]))
            }
            let dateLine = lines.firstIndex { firstMatch(#"(\d{4}[-年]\d{2}[-月]\d{2}日?(?: \d{2}:\d{2})?)"#, in: $0) != nil } ?? 0
            rawDate = firstMatch(#"(\d{4}[-年]\d{2}[-月]\d{2}日?(?: \d{2}:\d{2})?)"#, in: lines[dateLine])
            paragraphs = lines[(dateLine + 1)...].filter { !$0.isEmpty && $0 != "X" && !$0.hasPrefix("分享到") }
        }
        return Document(
            id: String(seed.file.prefix(3)), path: seed.file, title: seed.title,
            date: rawDate.flatMap(Extraction.normalizeDate), source: seed.source, paragraphs: paragraphs)
    }

    private static func firstMatch(_ pattern: String, in text: String) -> String? {
        allMatches(pattern, in: text).first
    }

    private static func allMatches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]).trimmingCharacters(in: .whitespaces) }
        }
    }
}
