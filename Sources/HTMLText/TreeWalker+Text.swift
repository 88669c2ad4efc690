internal import CLibXML2

extension TreeWalker {
    /// Appends a text node's content, collapsing HTML whitespace (space, tab, CR, LF, FF).
    mutating func appendText(_ content: UnsafeMutablePointer<xmlChar>?) {
        guard let content else { return }
        var p = UnsafePointer(content)
        while p.pointee != 0 {
            let byte = p.pointee
            if Self.isHTMLSpace(byte) {
                pendingSpace = true
            } else {
                if pendingSpace && !current.isEmpty { current.append(0x20) }
                pendingSpace = false
                current.append(byte)
            }
            p += 1
        }
    }

    /// Ends the current block, keeping it when it holds any text.
    mutating func flush() {
        defer { current.removeAll(keepingCapacity: true); pendingSpace = false }
        guard !current.isEmpty else { return }
        let text = String(decoding: current, as: UTF8.self)
        page.blocks.append(HTMLText.Block(text: text, tag: currentTag, className: currentClass))
    }

    static func isHTMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Lower-case element name.
    static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The element's attributes (names lower-cased; first occurrence wins).
    static func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            if let rawName = a.pointee.name {
                let key = String(cString: rawName).lowercased()
                if result[key] == nil { result[key] = textContent(ofChildren: a.pointee.children) }
            }
            attribute = a.pointee.next
        }
        return result
    }

    /// Concatenated text of a node's direct text children (enough for `<title>` and attributes).
    static func textContent(of node: xmlNodePtr) -> String {
        textContent(ofChildren: node.pointee.children)
    }

    static func textContent(ofChildren first: xmlNodePtr?) -> String {
        var bytes: [UInt8] = []
        var child = first
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE,
               let content = c.pointee.content {
                var p = UnsafePointer(content)
                while p.pointee != 0 { bytes.append(p.pointee); p += 1 }
            }
            child = c.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Collapses runs of HTML whitespace to one space and trims the ends.
    static func collapse(_ text: String) -> String {
        var out: [UInt8] = []
        var space = false
        for byte in text.utf8 {
            if isHTMLSpace(byte) { space = true; continue }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Tag and class of the nearest block element above `node` (looks at most 64 levels up).
    static func enclosingBlock(of node: xmlNodePtr) -> (String, String?) {
        var parent = node.pointee.parent
        var steps = 0
        while let p = parent, steps < 64, p.pointee.type == XML_ELEMENT_NODE {
            let name = name(of: p)
            if blockTags.contains(name) { return (name, attributes(of: p)["class"]) }
            parent = p.pointee.parent
            steps += 1
        }
        return ("body", nil)
    }
}
