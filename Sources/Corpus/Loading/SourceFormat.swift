/// The layout of an input file, told from its content (never from its extension).
public enum SourceFormat: String, Sendable, CaseIterable {
    /// YAML front matter between `---` lines, then an HTML body.
    case frontMatterHTML = "front-matter-html"
    /// YAML front matter, then a plain-text or Markdown body.
    case frontMatterText = "front-matter-text"
    /// An HTML page or fragment.
    case html
    /// A plain-text copy of a page.
    case plainText = "plain-text"
    /// An RSS feed (one document per item).
    case rss
    /// An Atom feed (one document per entry).
    case atom

    /// Whether `text` (no front matter) looks like markup rather than plain text.
    ///
    /// True when it starts with `<` after whitespace, or an HTML block tag appears in its first 64 KiB.
    static func looksLikeHTML(_ text: Substring) -> Bool {
        let head = text.utf8.prefix(65_536)
        guard let first = head.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            return false
        }
        if first == UInt8(ascii: "<") { return true }
        let lowered = String(decoding: head, as: UTF8.self).lowercased()
        for tag in ["<p>", "<p ", "<div", "<br", "<html", "<body", "<table", "<h1", "<h2", "<section", "<article"] {
            if lowered.contains(tag) { return true }
        }
        return false
    }

    /// `rss` or `atom` when the text's root element (after an XML prolog, comments and
    /// a doctype) is `<rss`, `<rdf:RDF` or `<feed`; otherwise `nil`.
    static func feedKind(_ text: Substring) -> SourceFormat? {
        var rest = Substring(String(decoding: text.utf8.prefix(4096), as: UTF8.self))
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                let terminator = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let end = rest.range(of: terminator) else { return nil }
                rest = rest[end.upperBound...]
                continue
            }
            break
        }
        if rest.hasPrefix("<rss") || rest.hasPrefix("<rdf:RDF") { return .rss }
        if rest.hasPrefix("<feed") { return .atom }
        return nil
    }
}
