import Foundation

/// Turns a ``RawDocument`` into a cleaned, enriched ``Document``.
///
/// Steps: normalise lines (indents, pinyin); find a plain-text head (title and
/// metadata line); read metadata lines and editor credits; run ``CleaningRules``;
/// pick title, source, editor and date by the precedence below; flag garbling;
/// then hand over to ``Extraction/enrich(_:)``.
///
/// Precedence:
/// - title: front matter / feed / `<h1>`, else the plain-text head when a metadata line
///   confirms it, else the HTML `<title>`, else the plain-text head's first short line;
/// - source: a stated 来源 (metadata line, meta tag), else the source inside a trailing
///   credit `（吉林省纪委监委 || 责任编辑 …）`, else a first line naming only a medium
///   (`中国纪检监察报`), else the front-matter `author` / `og:site_name` media name;
/// - editor: the trailing in-text credit, else a metadata line's 编辑, else a stand-alone
///   `责任编辑：…` line (usually the reposting portal's editor);
/// - date: the reader's date (front matter, meta tag, feed), else a metadata line's date,
///   each through ``Extraction/normalizeDate(_:)``.
enum DocumentBuilder {
    static func build(_ raw: RawDocument, id: String, path: String) -> Document {
        var lines = raw.lines.map(normalise)
        var title = raw.title.map(normalise).flatMap { $0.isEmpty ? nil : $0 }
        let fallback = raw.fallbackTitle.map(normalise).flatMap { $0.isEmpty ? nil : $0 }
        if title == nil, raw.hasTextHead {
            let head = PlainTextHead.split(lines)
            if head.title != nil, head.fromMetadata || fallback == nil {
                title = head.title
                lines = head.body
            }
        }
        title = title ?? fallback

        // Metadata lines in the head.
        var meta = MetadataLine()
        for line in lines.filter({ !$0.isEmpty }).prefix(PlainTextHead.window) {
            guard let m = MetadataLine.parse(line) else { continue }
            meta.source = meta.source ?? m.source
            meta.date = meta.date ?? m.date
            meta.editor = meta.editor ?? m.editor
            meta.author = meta.author ?? m.author
        }
        // Clean in two stages so the trailing credit is read just before the rule that removes it.
        let mediaLine = lines.first { !$0.isEmpty }.flatMap { CleaningRules.isMediaLine($0) ? $0 : nil }
        let rules = rulesAfterNormalising
        let split = rules.firstIndex { $0.name == "editor-credit" } ?? rules.endIndex
        let beforeCredit = rules[..<split].reduce(lines) { $1.apply($0) }
        let credit = beforeCredit.last.flatMap(EditorCredit.trailingCredit(in:))
        let cleaned = rules[split...].reduce(beforeCredit) { $1.apply($0) }
        let lineEditor = lines.lazy.compactMap(EditorCredit.lineCredit).first

        var document = Document(id: id, path: path, title: title ?? "", paragraphs: cleaned)
        if let first = document.paragraphs.first, first.utf8.elementsEqual(document.title.utf8) { document.paragraphs.removeFirst() }
        document.source = firstNonEmpty(raw.source, meta.source, credit?.source, mediaLine, raw.media)
        document.editor = firstNonEmpty(credit?.editor, meta.editor.map(EditorCredit.cleanName), raw.editor, lineEditor)
        document.author = firstNonEmpty(raw.author, meta.author, reporter(in: document.paragraphs))
        document.url = firstNonEmpty(raw.url)
        document.date = [raw.dateRaw, meta.date].compactMap { $0 }.lazy.compactMap(Extraction.normalizeDate).first

        var flags = raw.flags
        if title == nil { flags.append("no-title") }
        if document.paragraphs.isEmpty { flags.append("no-text") }
        if document.date == nil { flags.append("no-date") }
        if MojibakeCheck.isGarbled(document.title + "\n" + document.text) { flags.append("mojibake") }
        document.flags = flags
        Extraction.enrich(&document)
        document.flags = unique(document.flags)
        return document
    }

    /// A line with the first three cleaning rules applied: plain spaces, trimmed, pinyin removed.
    static func normalise(_ s: String) -> String {
        PinyinAnnotation.strip(CleaningRules.trim(CleaningRules.plainSpaces(s)))
    }

    /// Names of the rules ``normalise(_:)`` applies, in the order ``CleaningRules/all`` lists them.
    static let normalisingRules = ["unicode-space", "trim-indent", "pinyin-annotation"]

    /// ``CleaningRules/all`` without ``normalisingRules``: on lines already normalised they
    /// change nothing (``normalise(_:)`` is idempotent), so the builder does not run them twice.
    static let rulesAfterNormalising = CleaningRules.all.filter { !normalisingRules.contains($0.name) }

    /// `（通讯员 郭霄雯）`-style reporter credits in the first paragraphs.
    static func reporter(in paragraphs: [String]) -> String? {
        for paragraph in paragraphs.prefix(3)
        where TextSearch.containsAny(paragraph, ["通讯员", "通訊員", "记者"]) {
            for marker in ["（通讯员", "(通讯员", "（通訊員", "(通訊員", "（记者", "(记者"] {
                guard let start = paragraph.range(of: marker) else { continue }
                let rest = paragraph[start.upperBound...]
                guard let end = rest.firstIndex(where: { $0 == "）" || $0 == ")" }) else { continue }
                let name = rest[..<end].trimmingCharacters(in: CharacterSet(charactersIn: " :：\u{3000}"))
                if !name.isEmpty, name.count <= 30 { return name }
            }
        }
        return nil
    }

    static func firstNonEmpty(_ values: String?...) -> String? {
        for value in values {
            if let v = value.map(trimmedWhitespace), !v.isEmpty { return v }
        }
        return nil
    }

    /// `s.trimmingCharacters(in: .whitespacesAndNewlines)`, skipping Foundation when the first
    /// and last scalars are ASCII letters or digits or CJK ideographs (never white space).
    static func trimmedWhitespace(_ s: String) -> String {
        func plain(_ c: Unicode.Scalar?) -> Bool {
            guard let v = c?.value else { return false }
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
                || (0x4E00...0x9FFF).contains(v)
        }
        if plain(s.unicodeScalars.first), plain(s.unicodeScalars.last) { return s }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func unique(_ flags: [String]) -> [String] {
        var seen = Set<String>()
        return flags.filter { seen.insert($0).inserted }
    }
}
