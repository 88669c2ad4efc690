import Foundation

/// Credits that name an editor or a source inside the article text.
///
/// Two shapes are recognised:
/// - a trailing parenthesis at the end of the last paragraph,
///   `（吉林省纪委监委　||　责任编辑　周振华）` (source and editor) or `（责任编辑：周振华）`;
/// - a stand-alone line `责任编辑：梁斌 SF055` (portal editor lines, `<p class="article-editor">`).
///
/// When both occur the in-text parenthesis wins: it names the editor of the
/// report itself, while the stand-alone line is usually the reposting portal's
/// staff editor.
enum EditorCredit {
    /// `（source || 责任编辑 name）` or `（责任编辑：name）` at the very end of a paragraph.
    static let trailing = try! NSRegularExpression(
        pattern: #"[（(][\s\u3000]*(?:([^（）()|]{1,40}?)[\s\u3000]*\|\|[\s\u3000]*)?(?:责任编辑|責任編輯|编辑|編輯)[\s\u3000:：]*([^（）()|]{1,20}?)[\s\u3000]*[）)][\s\u3000]*$"#)

    /// A line that is only an editor credit: `责任编辑：梁斌 SF055`, `編輯:曹惠君`.
    static let line = try! NSRegularExpression(
        pattern: #"^[\s\u3000\[【]*(?:责任编辑|責任編輯|编辑|編輯|责编)[\s\u3000]*[:：][\s\u3000]*([^\s\u3000].{0,30}?)[\s\u3000\]】]*$"#)

    /// The source and editor named by a trailing credit in `paragraph`, and the paragraph without it.
    static func trailingCredit(in paragraph: String) -> (source: String?, editor: String, rest: String)? {
        // The pattern needs 编辑 or 編輯 (责任编辑 and 責任編輯 contain them): skip the regex without.
        guard TextSearch.containsAny(paragraph, editorWords) else { return nil }
        let ns = paragraph as NSString
        guard let match = trailing.firstMatch(in: paragraph, range: NSRange(location: 0, length: ns.length)) else {
            return nil
        }
        let source = match.range(at: 1).location == NSNotFound ? nil : ns.substring(with: match.range(at: 1))
        let editor = cleanName(ns.substring(with: match.range(at: 2)))
        guard !editor.isEmpty else { return nil }
        let rest = ns.substring(to: match.range.location).trimmingCharacters(in: .whitespaces)
        return (source.map { $0.trimmingCharacters(in: .whitespaces) }, editor, rest)
    }

    /// The editor named by a stand-alone credit line, if `text` is one.
    static func lineCredit(_ text: String) -> String? {
        // More than 120 UTF-8 bytes is more than 40 UTF-16 units (at most 3 bytes per unit);
        // the pattern needs 编辑, 編輯 or 责编. Both tests skip the bridging and the regex.
        guard text.utf8.count <= 120, TextSearch.containsAny(text, lineWords) else { return nil }
        let ns = text as NSString
        guard ns.length <= 40,
              let match = line.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let name = cleanName(ns.substring(with: match.range(at: 1)))
        return name.isEmpty ? nil : name
    }

    /// Words one of which every ``trailing`` match contains.
    static let editorWords = ["编辑", "編輯"]
    /// Words one of which every ``line`` match contains.
    static let lineWords = ["编辑", "編輯", "责编"]

    /// Trims spaces and drops a trailing staff code such as `SF055`.
    static func cleanName(_ raw: String) -> String {
        // Without a space or U+3000 there is one part (or none): the name as given.
        if !TextSearch.contains(raw, " "), !TextSearch.contains(raw, "\u{3000}") { return raw }
        var parts = raw.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        if parts.count > 1, let last = parts.last,
           last.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }),
           last.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) {
            parts.removeLast()
        }
        return parts.joined(separator: " ")
    }
}
