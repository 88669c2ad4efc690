internal import CLibXML2

/// Text extraction from HTML and feed XML through libxml2.
///
/// This module is the only importer of `CLibXML2` and does not import
/// Foundation (the system libxml2 headers pull in the system ICU, which
/// clashes with Foundation's own copy). Everything it returns is plain
/// Swift values: no libxml2 pointer escapes.
///
/// libxml2 is used thread-safely: the parser is initialised once
/// (``HTMLText/prepare()``), and each call parses into its own document,
/// so extraction may run on many threads at once.
public enum HTMLText {
    /// One run of text between block boundaries, in reading order.
    public struct Block: Sendable, Hashable {
        /// The text with HTML whitespace collapsed to single spaces and trimmed
        /// of ASCII spaces (other spaces such as U+3000 are kept).
        public var text: String
        /// Lower-case name of the innermost block element holding the text (`p`, `div`, `h1` …),
        /// or `body` when the text sits directly in the body.
        public var tag: String
        /// The `class` attribute of that element, if any.
        public var className: String?

        public init(text: String, tag: String, className: String? = nil) {
            self.text = text; self.tag = tag; self.className = className
        }
    }

    /// What a page says, as text.
    public struct Page: Sendable, Hashable {
        /// Text of the `<title>` element, if any.
        public var title: String?
        /// Paragraph-like blocks in reading order, never empty strings.
        public var blocks: [Block]
        /// `<meta>` values keyed by lower-cased `name`, `property` or `http-equiv`, first value kept.
        public var meta: [String: String]
        /// `href` of `<link rel="canonical">`, if any.
        public var canonicalURL: String?

        public init(title: String? = nil, blocks: [Block] = [], meta: [String: String] = [:],
                    canonicalURL: String? = nil) {
            self.title = title; self.blocks = blocks; self.meta = meta; self.canonicalURL = canonicalURL
        }
    }

    /// Parses HTML (a full page or a fragment) and returns its text blocks.
    ///
    /// Uses libxml2's forgiving HTML parser (recover mode, no network, no
    /// diagnostics), so unclosed tags and junk never fail: at worst the page
    /// has no blocks. Comments, `script`, `style`, `noscript`, `iframe` and
    /// similar non-text elements are skipped. The tree is walked without
    /// recursion, so arbitrarily deep nesting is safe.
    ///
    /// - Parameter utf8: The page as UTF-8 bytes (any declared charset is ignored).
    /// - Returns: The page's title, blocks and metadata.
    public static func page(utf8: [UInt8]) -> Page {
        prepare()
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return Page() }
        // XML_PARSE_HUGE lifts libxml2's nesting limit (256), past which it would drop the
        // rest of the page; its HTML content parser is iterative, so depth costs no stack.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_HUGE.rawValue)
        let doc: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return Page() }
        defer { xmlFreeDoc(doc) }
        var walker = TreeWalker()
        walker.walk(from: xmlDocGetRootElement(doc))
        return walker.page
    }

    /// Initialises libxml2 once per process; safe to call from any thread.
    public static func prepare() { _ = initialised }

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()
}
