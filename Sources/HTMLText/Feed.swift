internal import CLibXML2

extension HTMLText {
    /// A syndication feed: RSS 2.0 (`<rss><channel><item>`), RSS 1.0 (`<rdf:RDF><item>`) or Atom (`<feed><entry>`).
    public struct Feed: Sendable, Hashable {
        public enum Kind: String, Sendable { case rss, atom }
        public var kind: Kind
        /// The channel's or feed's own title.
        public var title: String?
        public var items: [FeedItem]
    }

    /// One feed entry, with its body still as HTML.
    public struct FeedItem: Sendable, Hashable {
        public var title: String?
        public var link: String?
        /// The date as written (`pubDate`, `dc:date`, `published` or `updated`).
        public var date: String?
        public var author: String?
        /// The body as HTML: `content:encoded` or Atom `content`, else `description`/`summary`.
        public var html: String?
    }

    /// Parses feed XML; `nil` when the bytes are not an RSS or Atom document.
    ///
    /// Parsing recovers from errors, never touches the network, and does not
    /// substitute external entities.
    ///
    /// - Parameter utf8: The document as UTF-8 bytes (a declared encoding is ignored).
    public static func feed(utf8: [UInt8]) -> Feed? {
        prepare()
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return nil }
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let doc: xmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        switch TreeWalker.name(of: root) {
        case "rss", "rdf":
            var channel: xmlNodePtr? = nil
            var items: [xmlNodePtr] = []
            for child in elementChildren(of: root) {
                switch TreeWalker.name(of: child) {
                case "channel":
                    channel = child
                    items += elementChildren(of: child).filter { TreeWalker.name(of: $0) == "item" }
                case "item": items.append(child)
                default: break
                }
            }
            let title = channel.flatMap { c in elementChildren(of: c).first { TreeWalker.name(of: $0) == "title" } }
            return Feed(kind: .rss, title: title.map { deepText(of: $0) }, items: items.map { rssItem($0, doc: doc) })
        case "feed":
            let children = elementChildren(of: root)
            let title = children.first { TreeWalker.name(of: $0) == "title" }.map { deepText(of: $0) }
            let entries = children.filter { TreeWalker.name(of: $0) == "entry" }
            return Feed(kind: .atom, title: title, items: entries.map { atomEntry($0, doc: doc) })
        default:
            return nil
        }
    }

    private static func rssItem(_ item: xmlNodePtr, doc: xmlDocPtr) -> FeedItem {
        var result = FeedItem()
        var description: String?
        for child in elementChildren(of: item) {
            let text = { deepText(of: child) }
            switch TreeWalker.name(of: child) {
            case "title": result.title = result.title ?? text()
            case "link": result.link = result.link ?? text()
            case "pubdate", "date": result.date = result.date ?? text()
            case "author", "creator": result.author = result.author ?? text()
            case "encoded": result.html = text()
            case "description": description = text()
            default: break
            }
        }
        result.html = result.html ?? description
        return result
    }

    private static func atomEntry(_ entry: xmlNodePtr, doc: xmlDocPtr) -> FeedItem {
        var result = FeedItem()
        var summary: String?
        var updated: String?
        for child in elementChildren(of: entry) {
            switch TreeWalker.name(of: child) {
            case "title": result.title = result.title ?? deepText(of: child)
            case "link":
                let attributes = TreeWalker.attributes(of: child)
                let rel = attributes["rel"] ?? "alternate"
                if rel == "alternate", result.link == nil { result.link = attributes["href"] }
            case "published": result.date = deepText(of: child)
            case "updated": updated = deepText(of: child)
            case "author":
                let name = elementChildren(of: child).first { TreeWalker.name(of: $0) == "name" }
                result.author = name.map { deepText(of: $0) }
            case "content": result.html = atomBody(child, doc: doc)
            case "summary": summary = atomBody(child, doc: doc)
            default: break
            }
        }
        result.date = result.date ?? updated
        result.html = result.html ?? summary
        return result
    }

    /// Atom text constructs: `type="xhtml"` holds markup to serialise, other types hold (escaped) text.
    private static func atomBody(_ node: xmlNodePtr, doc: xmlDocPtr) -> String {
        guard TreeWalker.attributes(of: node)["type"] == "xhtml" else { return deepText(of: node) }
        guard let buffer = xmlBufferCreate() else { return deepText(of: node) }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let c = child {
            xmlNodeDump(buffer, doc, c, 0, 0)
            child = c.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    static func elementChildren(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(c) }
            child = c.pointee.next
        }
        return result
    }

    /// All text below `node`, in document order, without recursion.
    static func deepText(of node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var current = node.pointee.children
        while let c = current {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                var p = UnsafePointer(content)
                while p.pointee != 0 { bytes.append(p.pointee); p += 1 }
            }
            if c.pointee.type == XML_ELEMENT_NODE, let first = c.pointee.children { current = first; continue }
            var up: xmlNodePtr? = c
            current = nil
            while let u = up, u != node {
                if let next = u.pointee.next { current = next; break }
                up = u.pointee.parent
            }
        }
        return TreeWalker.collapse(String(decoding: bytes, as: UTF8.self))
    }
}
