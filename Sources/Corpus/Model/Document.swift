/// One inspection report, cleaned and understood.
///
/// A `Document` is immutable once built. All text offsets in the model
/// (figures, search hits) are **Unicode-scalar offsets** into ``text``
/// (the same indexing Python's `str` uses), half-open `[start, end)`.
public struct Document: Sendable, Identifiable {
    /// Stable identifier derived from the path relative to the corpus root
    /// (for example `000_c3f89fe81e23299c` or `2024/jilin/report-3#item2`).
    public var id: String
    /// Path of the source file as given on the command line joined with the
    /// relative path (never rewritten).
    public var path: String
    public var title: String
    /// Publication date normalised to `YYYY-MM-DD`, or `nil` when none was found.
    public var date: String?
    /// Source / media name (来源), e.g. `吉林省纪委监委网站`.
    public var source: String?
    public var author: String?
    /// 责任编辑 / 编辑 where stated.
    public var editor: String?
    public var url: String?
    public var script: Script
    /// Cleaned paragraphs, in reading order; no empty paragraphs, no page furniture.
    public var paragraphs: [String] {
        get { stored?.paragraphs ?? ownParagraphs }
        set { takeStored(); ownParagraphs = newValue }
    }
    /// Where the report is about.
    public var places: Places
    /// Level of the inspecting body, when it can be told.
    public var level: InspectionLevel?
    /// Kinds of inspection named (canonical names from ``InspectionKind``), in order of first mention.
    public var kinds: [String]
    /// Every number the text states about the work, with provenance.
    public var figures: [Figure] {
        get { stored?.decodedFigures ?? ownFigures }
        set { takeStored(); ownFigures = newValue }
    }
    /// Titles cited in 《…》, without the brackets, in order of first mention, unique.
    public var policies: [String]
    /// Quality flags such as `mojibake`, `no-date`, `no-province`, `ambiguous-place`.
    public var flags: [String]

    /// ``paragraphs`` and ``figures`` when they were set (not read from a snapshot).
    private var ownParagraphs: [String]
    private var ownFigures: [Figure]
    /// Paragraphs and figures read from a snapshot, kept as bytes, or `nil` (see
    /// ``StoredText``): then they are ``ownParagraphs`` and ``ownFigures``.
    private(set) var stored: StoredText?

    /// Keeps the paragraphs and figures as a ``StoredText`` from now on (compact bytes,
    /// decoded when asked for) instead of strings. Changes no value the document gives.
    mutating func storeText() {
        guard stored == nil else { return }
        stored = StoredText(paragraphs: ownParagraphs, figures: ownFigures)
        ownParagraphs = []
        ownFigures = []
    }

    /// ``stored``, or for a document holding strings its paragraphs folded now (no figures):
    /// the text the search index scans.
    var foldedText: StoredText { stored ?? StoredText(paragraphs: ownParagraphs, figures: []) }

    /// Makes the stored text this document's own, before one of its parts is set.
    private mutating func takeStored() {
        guard let text = stored else { return }
        (ownParagraphs, ownFigures) = text.decoded
        stored = nil
    }

    public init(
        id: String, path: String, title: String, date: String? = nil, source: String? = nil,
        author: String? = nil, editor: String? = nil, url: String? = nil, script: Script = .simplified,
        paragraphs: [String], places: Places = Places(), level: InspectionLevel? = nil,
        kinds: [String] = [], figures: [Figure] = [], policies: [String] = [], flags: [String] = []
    ) {
        self.id = id; self.path = path; self.title = title; self.date = date; self.source = source
        self.author = author; self.editor = editor; self.url = url; self.script = script
        self.ownParagraphs = paragraphs; self.places = places; self.level = level; self.kinds = kinds
        self.ownFigures = figures; self.policies = policies; self.flags = flags
        self.stored = nil
    }

    /// A document whose paragraphs and figures are made from `stored` when asked for.
    init(id: String, path: String, title: String, date: String?, source: String?, author: String?, editor: String?,
         url: String?, script: Script, stored: StoredText, places: Places, level: InspectionLevel?,
         kinds: [String], policies: [String], flags: [String]) {
        self.init(id: id, path: path, title: title, date: date, source: source, author: author, editor: editor,
                  url: url, script: script, paragraphs: [], places: places, level: level, kinds: kinds,
                  figures: [], policies: policies, flags: flags)
        self.stored = stored
    }

    /// The cleaned text: ``paragraphs`` joined with a single `"\n"`.
    ///
    /// Figure ranges and search hit ranges index into this string (Unicode scalars).
    public var text: String { paragraphs.joined(separator: "\n") }

    /// ``text`` as UTF-16 units (made straight from the stored text, without a string).
    var textUTF16: [UInt16] { stored?.displayUnits ?? Array(text.utf16) }

    /// The year part of ``date``, if any.
    public var year: Int? { date.flatMap { Int($0.prefix(4)) } }
}

/// Writing system of a document's text.
public enum Script: String, Sendable, Hashable, Codable {
    case simplified, traditional
}

/// Level of the inspecting body (中央 / 省 / 市 / 县).
public enum InspectionLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case central = "中央"
    case province = "省"
    case city = "市"
    case county = "县"
}
