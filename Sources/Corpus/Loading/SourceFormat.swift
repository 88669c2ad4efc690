#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// True when it starts with `<` after whitespace, or an HTML block tag (`<p>`, `<div`, `<br` …)
    /// appears in its first 64 KiB.
    static func looksLikeHTML(_ text: Substring) -> Bool {
        UTF8Bytes.with(text) { all in
            let head = UnsafeBufferPointer(rebasing: all.prefix(65_536))
            guard let first = head.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
                return false
            }
            if first == UInt8(ascii: "<") { return true }
            var index = 0
            while index < head.count,
                  let hit = memchr(head.baseAddress! + index, Int32(UInt8(ascii: "<")), head.count - index) {
                let open = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - head.baseAddress!
                for tag in blockTagNames where matchesTag(head, at: open + 1, tag) { return true }
                index = open + 1
            }
            return false
        }
    }

    private static let blockTagNames: [[UInt8]] = ["p", "div", "br", "html", "body", "table", "h1", "h2", "section", "article"]
        .map { Array($0.utf8) }

    /// Whether `bytes[at...]` starts with `tag` (ASCII, any case) followed by `>`, space or `/`.
    private static func matchesTag(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, _ tag: [UInt8]) -> Bool {
        guard at + tag.count < bytes.count else { return false }
        for (offset, expected) in tag.enumerated() where bytes[at + offset] | 0x20 != expected {
            return false
        }
        let next = bytes[at + tag.count]
        return next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "/") || next == 0x0A
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
