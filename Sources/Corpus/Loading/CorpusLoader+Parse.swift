extension CorpusLoader {
    /// Turns one file's bytes into documents and the file's report entry. Pure: no I/O.
    ///
    /// Decoding follows ``TextDecoding``; the format is told from the content
    /// (front matter, feed root element, markup, else plain text). A file that
    /// cannot be decoded gives no documents and a `skipped` entry with the reason;
    /// nothing is ever half-loaded. Feeds give one document per item, with ids
    /// `id#1`, `id#2` … in item order.
    ///
    /// - Parameters:
    ///   - bytes: The whole file.
    ///   - id: The document id (path relative to the corpus root, without extension).
    ///   - path: The path to record in documents and the report.
    public static func parse(bytes: [UInt8], id: String, path: String) -> (documents: [Document], entry: LoadReport.Entry) {
        let decoded: (text: String, encoding: TextDecoding.Encoding)
        switch TextDecoding.decode(bytes) {
        case .success(let value): decoded = value
        case .failure(let failure):
            return ([], LoadReport.Entry(path: path, status: .skipped, reason: failure.description))
        }
        if decoded.text.allSatisfy(\.isWhitespace) {
            return ([], LoadReport.Entry(path: path, status: .skipped, reason: "empty file (whitespace only)",
                                         encoding: decoded.encoding.rawValue))
        }
        let (raws, format) = read(decoded.text)
        guard !raws.isEmpty else {
            return ([], LoadReport.Entry(path: path, status: .skipped, reason: "feed without items",
                                         encoding: decoded.encoding.rawValue, format: format.rawValue))
        }
        let single = raws.count == 1 && format != .rss && format != .atom
        let documents = raws.enumerated().map { index, raw in
            var document = DocumentBuilder.build(raw, id: single ? id : "\(id)#\(index + 1)", path: path)
            // Kept compact from here on: a corpus holds its text as strings only while a
            // document is being built (see ``StoredText``).
            document.storeText()
            return document
        }
        var flags: [String] = []
        for document in documents { flags += document.flags }
        let entry = LoadReport.Entry(path: path, status: .loaded, encoding: decoded.encoding.rawValue,
                                     format: format.rawValue, documents: documents.map(\.id),
                                     flags: DocumentBuilder.unique(flags))
        return (documents, entry)
    }

    /// Detects the format of decoded text and reads it into raw documents.
    static func read(_ text: String) -> ([RawDocument], SourceFormat) {
        if let fm = FrontMatter.split(text) {
            let (raw, format) = SourceReaders.frontMatter(fm)
            return ([raw], format)
        }
        let all = text[...]
        if let kind = SourceFormat.feedKind(all), let raws = SourceReaders.feed(all) {
            return (raws, kind)
        }
        if SourceFormat.looksLikeHTML(all) { return ([SourceReaders.html(all)], .html) }
        return ([SourceReaders.plainText(all)], .plainText)
    }
}
