import Foundation

/// An in-memory full-text index over documents, appendable while they stream in.
///
/// Text and titles are folded with ``SearchNormalizer`` (NFKC, lower case, Traditional →
/// Simplified) and indexed by character unigrams and bigrams (``PostingTable``); the
/// folded text is kept per document (2 bytes per UTF-16 unit) to verify longer terms
/// and to match pinyin, packed in a ``TextStore``. Document numbers are positions in add order.
///
/// Thread-safety: none. Call ``add(_:)`` and ``search(_:filters:)`` from one thread
/// (the browser does both on its main thread). The type is `@unchecked Sendable` only so
/// it can be handed to another thread as a whole.
public final class SearchIndex: @unchecked Sendable {
    var normalizer = SearchNormalizer()
    var pinyin = PinyinTable()
    var body = PostingTable(capacity: 1 << 18)
    var titles = PostingTable(capacity: 1 << 14)
    /// Folded text and title per document.
    let texts = TextStore()
    let titleTexts = TextStore(chunkUnits: 1 << 18)
    /// First-letter classes of the folded texts, for pinyin scans: made in the background
    /// when loading ends (``warmUp()``, ``InitialsBuild``) or by the first pinyin search,
    /// and extended when documents are added.
    var initials = PinyinInitials()
    /// The classes being made in the background, until a search takes them.
    var pendingInitials: InitialsBuild?
    var metadata: [DocumentMetadata] = []
    /// Folded text length (units) and `YYYYMMDD` date key per document, flat for ranking.
    var lengths: [UInt32] = []
    var dateKeys: [Int32] = []
    var strings = StringTable()
    var totalLength = 0
    /// Document numbers, newest date first (rebuilt lazily after ``add(_:)``).
    var dateOrderCache: [UInt32]?
    /// The last few searches, the most recent last, for incremental refinement and for
    /// going back to a query typed before (``SearchIndex+Recent.swift``).
    var recent: [LastSearch] = []
    /// Terms evaluated so far (tests count with it what a search had to do).
    var termsEvaluated = 0

    public init() {}

    /// Number of documents added (or read: see ``attach(_:)``).
    public var count: Int { lengths.count }

    /// Appends documents; their numbers continue from ``count``.
    public func add(_ documents: [Document]) {
        guard !documents.isEmpty else { return }
        for document in documents {
            let doc = UInt32(texts.count)
            // Folded when it was loaded (or now, for a document holding strings): taken where it lies.
            let stored = document.foldedText
            let text = stored.units, length = text.count
            pinyin.prepare(text)
            body.add(units: text, doc: doc, texts: texts)
            texts.append(shared: text, in: stored.chunk)
            let title = normalizer.normalize(document.title)
            pinyin.prepare(title)
            title.withUnsafeBufferPointer { title in
                titles.add(units: title, doc: doc)
                titleTexts.append(title)
            }
            totalLength += length
            metadata.append(DocumentMetadata(document, strings: &strings))
            lengths.append(UInt32(length))
            dateKeys.append(metadata[metadata.count - 1].dateKey)
        }
        dateOrderCache = nil
        recent.removeAll()
    }

    /// Approximate bytes held by the index (folded texts, postings, metadata).
    public var byteCount: Int {
        texts.byteCount + titleTexts.byteCount + body.byteCount + titles.byteCount + initials.byteCount
            + metadata.count * MemoryLayout<DocumentMetadata>.stride
    }

    /// Brings ``initials`` up to every document added, and says whether they can be used:
    /// not while they are being made in the background (a pinyin search then scans the texts).
    @discardableResult
    func coverInitials() -> Bool {
        if let pending = pendingInitials {
            guard let made = pending.take() else { return false }
            initials = made
            pendingInitials = nil
        }
        if initials.count < count { pinyin.withView { initials.extend(texts, view: $0) } }
        return true
    }

    /// Document numbers ordered newest first (undated last), then by number.
    var dateOrder: [UInt32] {
        if let cached = dateOrderCache { return cached }
        let order = (0..<UInt32(count)).sorted { a, b in
            let da = dateKeys[Int(a)], db = dateKeys[Int(b)]
            return da != db ? da > db : a < b
        }
        dateOrderCache = order
        return order
    }
}

/// Interned strings (provinces, kinds, sources), so per-document metadata stays small.
struct StringTable {
    private(set) var values: [String] = []
    private var ids: [String: Int32] = [:]

    mutating func id(_ s: String) -> Int32 {
        if let id = ids[s] { return id }
        let id = Int32(values.count)
        values.append(s)
        ids[s] = id
        return id
    }
}

/// What filters and ordering need to know about a document.
struct DocumentMetadata {
    /// Interned province, source; -1 when absent.
    var province: Int32
    var source: Int32
    /// `YYYYMMDD`, or -1 when undated.
    var dateKey: Int32
    /// Index in ``InspectionLevel/allCases``, or -1.
    var level: Int8
    var kinds: [Int32]
    /// The year of ``dateKey``, or -1 when undated.
    var year: Int { dateKey < 0 ? -1 : Int(dateKey / 10000) }

    init(_ document: Document, strings: inout StringTable) {
        province = document.places.province.map { strings.id($0) } ?? -1
        source = document.source.map { strings.id($0) } ?? -1
        kinds = document.kinds.map { strings.id($0) }
        level = document.level.flatMap { l in InspectionLevel.allCases.firstIndex(of: l).map(Int8.init) } ?? -1
        if let date = document.date {
            let digits = date.unicodeScalars.filter { $0.properties.numericType != nil && $0.isASCII }
            dateKey = Int32(String(String.UnicodeScalarView(digits.prefix(8)))) ?? -1
            if digits.count < 8 { dateKey = document.year.map { Int32($0 * 10000) } ?? -1 }
        } else {
            dateKey = -1
        }
    }
}
