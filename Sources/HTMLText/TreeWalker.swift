internal import CLibXML2

/// Walks a libxml2 tree in document order, collecting text into blocks.
///
/// The walk follows `children`/`next`/`parent` pointers instead of recursing,
/// so its stack use is constant whatever the nesting depth.
struct TreeWalker {
    var page = HTMLText.Page()
    var current: [UInt8] = []
    var pendingSpace = false
    var currentTag = "body"
    var currentClass: String?

    /// Elements that end a paragraph when they open or close.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]
    /// Elements whose content is never text for the reader.
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "template", "svg", "math", "object", "embed",
        "textarea", "select", "button", "head",
    ]

    mutating func walk(from root: xmlNodePtr?) {
        var node = root
        while let n = node {
            var descend = false
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                let name = Self.name(of: n)
                descend = enter(n, name: name)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendText(n.pointee.content)
            default:
                break  // comments, processing instructions, DTD nodes …
            }
            if descend, let child = n.pointee.children {
                node = child
                continue
            }
            if n.pointee.type == XML_ELEMENT_NODE { leave(n) }
            // Climb until a sibling exists, closing the elements we leave.
            var up: xmlNodePtr? = n
            node = nil
            while let u = up {
                if u == root { break }
                if let next = u.pointee.next { node = next; break }
                up = u.pointee.parent
                if let p = up, p.pointee.type == XML_ELEMENT_NODE { leave(p) }
            }
        }
        flush()
    }

    /// Handles an opening element; returns whether to visit its children.
    private mutating func enter(_ node: xmlNodePtr, name: String) -> Bool {
        switch name {
        case "title":
            if page.title == nil {
                let text = Self.collapse(Self.textContent(of: node))
                if !text.isEmpty { page.title = text }
            }
            return false
        case "meta":
            recordMeta(node)
            return false
        case "link":
            let attributes = Self.attributes(of: node)
            if attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"], page.canonicalURL == nil {
                page.canonicalURL = href
            }
            return false
        default:
            break
        }
        if name == "head" {
            // Visit only title/meta/link children of head.
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE {
                    let childName = Self.name(of: c)
                    if ["title", "meta", "link"].contains(childName) { _ = enter(c, name: childName) }
                }
                child = c.pointee.next
            }
            return false
        }
        if Self.skippedTags.contains(name) { return false }
        if Self.blockTags.contains(name) {
            flush()
            currentTag = name
            currentClass = Self.attributes(of: node)["class"]
        } else if name == "img" || name == "input" {
            pendingSpace = !current.isEmpty
        }
        return true
    }

    /// Handles a closing element: a block ends its paragraph and hands the
    /// paragraph context back to the nearest enclosing block.
    private mutating func leave(_ node: xmlNodePtr) {
        let name = Self.name(of: node)
        if Self.blockTags.contains(name) {
            flush()
            (currentTag, currentClass) = Self.enclosingBlock(of: node)
        } else if name == "td" || name == "th" {
            pendingSpace = !current.isEmpty
        }
    }

    private mutating func recordMeta(_ node: xmlNodePtr) {
        let attributes = Self.attributes(of: node)
        guard let content = attributes["content"] else { return }
        for keyName in ["name", "property", "http-equiv", "itemprop"] {
            if let key = attributes[keyName]?.lowercased(), page.meta[key] == nil {
                page.meta[key] = content
            }
        }
    }
}
