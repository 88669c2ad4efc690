import Corpus

/// Everything the browser shows, independent of any terminal.
///
/// Owned and mutated by the main loop only. The list shows ``visible``
/// (store indices in display order) computed by the ``DocumentSelector``.
public final class AppState {
    /// The document store, in arrival order; only ever appended to.
    public private(set) var documents: [Document] = []
    public let selector: DocumentSelector
    /// The query in force (what the list was narrowed by).
    public internal(set) var query = ""
    public internal(set) var filters = ActiveFilters()
    public internal(set) var sort: SortOrder = .date
    /// Store indices shown in the list, in display order.
    public internal(set) var visible: [Int] = []
    /// Row of ``visible`` that is selected; 0 when the list is empty.
    public internal(set) var selectedRow = 0
    /// First list row on screen.
    var listTop = 0
    public internal(set) var focus: Focus = .list
    public internal(set) var zoomed = false
    public internal(set) var overlay: Overlay? { didSet { if overlay != oldValue { overlayTop = 0 } } }
    /// First line of the overlay shown (the overlay scrolls when it is taller than the screen).
    public internal(set) var overlayTop = 0
    /// True while the facet panel replaces the list.
    public internal(set) var facetsOpen = false
    /// Row of the facet panel's cursor (over all value rows).
    var facetCursor = 0
    /// The search prompt while it is open.
    public internal(set) var prompt: Prompt?
    /// Earlier queries, oldest first, without duplicates.
    public internal(set) var history: [String] = []
    /// One-line message for the bottom line (cleared on the next key).
    public internal(set) var message: Message?
    /// Loading progress; `nil` before loading starts.
    public internal(set) var loading: LoadStatus?
    public internal(set) var loadReport: LoadReport?
    /// Reading position in the selected document (see ``ReaderAnchor``).
    var readerAnchor = ReaderAnchor.top
    /// Index into the current document's text hits of the hit last jumped to.
    var hitCursor: Int?
    /// True until a row is selected (by a key or a restored selection): arriving documents
    /// then keep the cursor on the first row (see ``append(_:)``).
    var keepsTop = true
    /// Document id to select as soon as it arrives (restored from the state file).
    var pendingSelectionID: String?
    /// Hits of the selected document for the query in force (cached).
    var hitCache: (index: Int, query: String, hits: DocumentHits)?

    /// The statistics or comparison pane while it replaces the list and reader.
    public internal(set) var panel: Panel?
    /// The statistics pane's model (kept while the pane is closed, rebuilt when the list changes).
    var statsModel: StatsModel?
    /// The comparison pane's model (its sides survive closing the pane).
    var compareModel: CompareModel?
    /// The side chooser of the comparison pane while it is open.
    var chooser: Chooser?
    /// Unicode-scalar range of the selected document's text to mark in the reader
    /// (a figure opened from the statistics pane); cleared when the selection changes.
    var readerMark: Range<Int>?

    public init(selector: DocumentSelector = IndexSelector()) {
        self.selector = selector
    }

    /// `YYYYMMDD` of each stored document's date as an integer (0 when undated), by store index,
    /// so sorting a selection of 100,000 documents compares integers, not strings.
    private(set) var dateKeys: [Int32] = []

    /// The sort key of a `YYYY-MM-DD` date (0 for none or a malformed one).
    static func dateKey(_ date: String?) -> Int32 {
        guard let date, date.utf8.count == 10 else { return 0 }
        var key: Int32 = 0
        for byte in date.utf8 where byte != UInt8(ascii: "-") {
            guard byte >= 0x30, byte <= 0x39 else { return 0 }
            key = key * 10 + Int32(byte - 0x30)
        }
        return key
    }

    /// Store index of the selected document, if any.
    public var selectedIndex: Int? { visible.indices.contains(selectedRow) ? visible[selectedRow] : nil }
    public var selectedDocument: Document? { selectedIndex.map { documents[$0] } }

    /// Appends a batch of loaded documents and re-runs the selection, keeping the selected
    /// document — except that until a row is selected (``keepsTop``), a cursor on the first
    /// row of the focused list stays on the first row (newer documents arriving above it
    /// take it), as in tig while it loads: a list opened during loading shows its top with
    /// the cursor there, not on whatever document happened to be drawn first.
    public func append(_ batch: [Document]) {
        guard !batch.isEmpty else { return }
        let followsTop = keepsTop && selectedRow == 0 && focus == .list && panel == nil
        let start = documents.count
        documents.append(contentsOf: batch)
        dateKeys.append(contentsOf: batch.map { Self.dateKey($0.date) })
        selector.didAppend(documents[start...], at: start..<documents.count)
        if query.isEmpty, filters.isEmpty {
            // Nothing narrows the list: merge the sorted newcomers in (O(n)) instead of re-selecting.
            let keep = selectedIndex
            visible = merged(visible, sorted(Array(start..<documents.count)))
            if let keep, let row = visible.firstIndex(of: keep) { selectedRow = row }
        } else {
            refresh()
        }
        if followsTop && selectedRow != 0 {
            selectedRow = 0
            resetReader()
        }
        if let id = pendingSelectionID, let row = visible.firstIndex(where: { documents[$0].id == id }) {
            select(row: row)
            pendingSelectionID = nil
        }
    }

    /// Hits of the selected document for the query in force.
    public var selectedHits: DocumentHits {
        guard let i = selectedIndex, !query.isEmpty else { return .none }
        if let c = hitCache, c.index == i, c.query == query { return c.hits }
        let h = selector.hits(query: query, index: i, in: documents)
        hitCache = (i, query, h)
        return h
    }

    func setMessage(_ text: String, error: Bool = false) { message = Message(text: text, isError: error) }
}

/// Which pane has the keyboard.
public enum Focus: Sendable, Hashable { case list, reader, facets }

/// A pane that takes the whole pane area.
public enum Panel: Sendable, Hashable { case statistics, compare }

/// A window drawn over the panes.
public enum Overlay: Sendable, Hashable { case help, loadReport }

/// List order; `o` cycles through them.
public enum SortOrder: String, Sendable, CaseIterable, Codable {
    /// Newest first; undated documents last.
    case date
    /// By province name, then newest first; documents without a province last.
    case province
    /// By title.
    case title
    /// Best matches of the query first, as `xunshi search` ranks them (more title terms,
    /// higher BM25, newer); newest first while there is no query.
    case relevance
}

/// A line of feedback for the bottom row.
public struct Message: Sendable, Hashable {
    public var text: String
    public var isError: Bool
}

/// How far loading has got.
public struct LoadStatus: Sendable, Hashable {
    public var filesDone: Int
    public var filesTotal: Int
    public var documents: Int
    /// Seconds since loading started.
    public var seconds: Double
    public var finished: Bool
    public init(filesDone: Int, filesTotal: Int, documents: Int, seconds: Double, finished: Bool = false) {
        self.filesDone = filesDone; self.filesTotal = filesTotal; self.documents = documents
        self.seconds = seconds; self.finished = finished
    }
}

/// A reading position that survives re-wrapping: the top line of the reader is
/// the one containing this point.
enum ReaderAnchor: Hashable {
    /// The first line (header).
    case top
    /// The header line with this number (0-based).
    case header(Int)
    /// The body line holding this Unicode-scalar offset of `Document.text`.
    case text(Int)
}
