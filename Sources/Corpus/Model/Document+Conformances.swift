/// `Hashable` and `Codable` by the public fields, as a synthesised conformance over them
/// would be (the synthesised ones would see the private storage of paragraphs and figures).
extension Document: Hashable, Codable {
    public static func == (a: Document, b: Document) -> Bool {
        a.id == b.id && a.path == b.path && a.title == b.title && a.date == b.date && a.source == b.source
            && a.author == b.author && a.editor == b.editor && a.url == b.url && a.script == b.script
            && a.places == b.places && a.level == b.level && a.kinds == b.kinds && a.policies == b.policies
            && a.flags == b.flags && a.paragraphs == b.paragraphs && a.figures == b.figures
    }

    /// Hashes the identity fields only (equal documents have equal ones), so that hashing
    /// a document read from a snapshot does not make its text into strings.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(path)
        hasher.combine(title)
    }

    enum CodingKeys: String, CodingKey {
        case id, path, title, date, source, author, editor, url, script, paragraphs, places, level, kinds, figures, policies, flags
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), path: try c.decode(String.self, forKey: .path),
                  title: try c.decode(String.self, forKey: .title), date: try c.decodeIfPresent(String.self, forKey: .date),
                  source: try c.decodeIfPresent(String.self, forKey: .source),
                  author: try c.decodeIfPresent(String.self, forKey: .author),
                  editor: try c.decodeIfPresent(String.self, forKey: .editor),
                  url: try c.decodeIfPresent(String.self, forKey: .url), script: try c.decode(Script.self, forKey: .script),
                  paragraphs: try c.decode([String].self, forKey: .paragraphs), places: try c.decode(Places.self, forKey: .places),
                  level: try c.decodeIfPresent(InspectionLevel.self, forKey: .level),
                  kinds: try c.decode([String].self, forKey: .kinds), figures: try c.decode([Figure].self, forKey: .figures),
                  policies: try c.decode([String].self, forKey: .policies), flags: try c.decode([String].self, forKey: .flags))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encodeIfPresent(author, forKey: .author)
        try c.encodeIfPresent(editor, forKey: .editor)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encode(script, forKey: .script)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(places, forKey: .places)
        try c.encodeIfPresent(level, forKey: .level)
        try c.encode(kinds, forKey: .kinds)
        try c.encode(figures, forKey: .figures)
        try c.encode(policies, forKey: .policies)
        try c.encode(flags, forKey: .flags)
    }
}
