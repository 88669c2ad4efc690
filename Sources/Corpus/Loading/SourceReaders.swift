import HTMLText

/// Readers from decoded text to ``RawDocument``s, one per source format.
enum SourceReaders {
    /// Lines of a plain-text body (any line ending).
    static func plainText(_ text: Substring) -> RawDocument {
        // Split at every LF and every CR (so CR LF gives an empty line, dropped later), in one pass.
        let lines = UTF8Bytes.with(text) { bytes -> [String] in
            var lines: [String] = []
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A || bytes[i] == 0x0D {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                start = i + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
        return RawDocument(title: nil, lines: lines)
    }

    /// Meta keys that carry a publication date, in order of preference.
    static let dateKeys = ["article:published_time", "pubdate", "publishdate", "publish_date", "publishtime",
                           "dc.date.issued", "dc.date", "date", "og:release_date", "article:modified_time"]
    static let sourceKeys = ["source", "contentsource", "article:source", "dc.publisher"]

    /// An HTML page or fragment: blocks become lines; `<h1>`, `<title>`, meta tags and
    /// `class="…editor…"` blocks give metadata.
    static func html(_ text: Substring) -> RawDocument {
        let page = HTMLText.page(utf8: Array(text.utf8))
        var raw = RawDocument(title: nil, lines: [])
        var lines: [String] = []
        let heading = titleHeading(page)
        for (index, block) in page.blocks.enumerated() {
            if index == heading { raw.title = block.text; continue }
            if raw.editor == nil, let className = block.className, className.lowercased().contains("editor") {
                raw.editor = EditorCredit.lineCredit(block.text)
            }
            lines.append(block.text)
        }
        raw.lines = lines
        raw.fallbackTitle = page.title
        raw.dateRaw = dateKeys.lazy.compactMap { page.meta[$0] }.first
        raw.source = sourceKeys.lazy.compactMap { page.meta[$0] }.first
        raw.media = page.meta["og:site_name"]
        raw.author = page.meta["author"]
        raw.url = page.canonicalURL ?? page.meta["og:url"]
        return raw
    }

    /// Index of the `<h1>` block that names the article: the longest `<h1>` whose text occurs
    /// in `<title>` (a logo `<h1>` is usually shorter), else the first `<h1>`.
    static func titleHeading(_ page: HTMLText.Page) -> Int? {
        let headings = page.blocks.indices.filter { page.blocks[$0].tag == "h1" }
        guard let first = headings.first else { return nil }
        guard let title = page.title else { return first }
        let inTitle = headings.filter { TextSearch.contains(title, page.blocks[$0].text) }
        return inTitle.max { page.blocks[$0].text.utf8.count < page.blocks[$1].text.utf8.count } ?? first
    }

    /// Front matter plus body; the body is read as HTML when it looks like markup.
    static func frontMatter(_ fm: FrontMatter) -> (RawDocument, SourceFormat) {
        let isHTML = SourceFormat.looksLikeHTML(fm.body)
        var raw = isHTML ? html(fm.body) : plainText(fm.body)
        let f = fm.fields
        if let title = f["title"], !title.isEmpty {
            if let h1 = raw.title, h1 != title { raw.lines.insert(h1, at: 0) }
            raw.title = title
        }
        raw.dateRaw = f["date"] ?? f["pubdate"] ?? f["published"] ?? raw.dateRaw
        raw.source = f["source"] ?? f["来源"] ?? raw.source
        raw.media = f["author"] ?? raw.media
        raw.url = f["url"] ?? f["link"] ?? f["source_url"] ?? raw.url
        raw.flags += fm.flags
        return (raw, isHTML ? .frontMatterHTML : .frontMatterText)
    }

    /// One raw document per feed item; the item body is read as HTML.
    static func feed(_ text: Substring) -> [RawDocument]? {
        guard let feed = HTMLText.feed(utf8: Array(text.utf8)) else { return nil }
        return feed.items.map { item in
            var raw = item.html.map { html(Substring($0)) } ?? RawDocument(title: nil, lines: [])
            if let title = item.title, !title.isEmpty {
                if let h1 = raw.title, h1 != title { raw.lines.insert(h1, at: 0) }
                raw.title = title
            }
            raw.hasTextHead = false
            raw.dateRaw = item.date ?? raw.dateRaw
            raw.url = item.link ?? raw.url
            raw.author = item.author ?? raw.author
            raw.media = feed.title ?? raw.media
            return raw
        }
    }
}
