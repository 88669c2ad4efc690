import Corpus

/// The comparison pane's sides and their comparison over the listed documents.
///
/// The sides (two ``Selection``s) are kept while the pane is closed; the
/// comparison is recomputed whenever the list (query, filters, new documents)
/// changes. Distinctive terms need segmentation, so for large selections the
/// comparison is computed on another thread (``comparison`` is `nil` meanwhile).
final class CompareModel {
    /// How many distinctive terms to keep per side.
    static let termLimit = 15

    var a: Selection
    var b: Selection
    /// Store indices the comparison was computed over (``AppState/visible`` then).
    private(set) var source: [Int] = []
    private(set) var storeCount = -1
    /// Store indices of each side's documents, in list order (``DocumentSummary/index`` refers to these).
    private(set) var storeA: [Int] = [], storeB: [Int] = []
    /// Each side's figures table (for the statements under each figure).
    private(set) var rowsA: [FigureRow] = [], rowsB: [FigureRow] = []
    private(set) var comparison: Comparison?
    /// The store's documents when computed (for the figures' phrases).
    private(set) var store: [Document] = []
    private var pending: Pending<Comparison>?
    var view = ScrollView()

    init(a: Selection, b: Selection) { self.a = a; self.b = b }

    /// Sides for a first comparison: the two provinces with most listed documents
    /// (the second side is everything when there is only one province).
    static func defaultSides(_ documents: [Document]) -> (Selection, Selection) {
        let provinces = Selection.choices(.province, in: documents)
        let first = provinces.first.map { Selection(label: $0.label, provinces: [$0.label]) } ?? everything
        let second = provinces.count > 1 ? Selection(label: provinces[1].label, provinces: [provinces[1].label]) : everything
        return (first, second)
    }

    /// The selection matching every document.
    static let everything = Selection(label: "全部 all")

    /// True when the comparison no longer describes the state's list.
    func isStale(for state: AppState) -> Bool { storeCount != state.documents.count || source != state.visible }

    /// Recomputes over the state's list (in the background when large, unless `synchronous`).
    func recompute(_ state: AppState, terms: SegmentationCache, synchronous: Bool) {
        source = state.visible
        storeCount = state.documents.count
        let docs = state.documents
        store = docs
        storeA = source.filter { a.matches(docs[$0]) }
        storeB = source.filter { b.matches(docs[$0]) }
        let sideA = storeA.map { docs[$0] }, sideB = storeB.map { docs[$0] }
        rowsA = FigureTable.rows(sideA)
        rowsB = FigureTable.rows(sideB)
        let labels = (a.label, b.label), limit = Self.termLimit
        pending = nil
        if synchronous || Background.isCheap(sideA + sideB) {
            comparison = Comparison.compute(a: sideA, b: sideB, labels: labels, terms: terms, termLimit: limit)
        } else {
            comparison = nil
            pending = Pending { Comparison.compute(a: sideA, b: sideB, labels: labels, terms: terms, termLimit: limit) }
        }
    }

    /// Swaps sides A and B (the comparison is recomputed on the next draw).
    func swap() {
        (a, b) = (b, a)
        storeCount = -1
    }

    /// Sets side A (`side == 0`) or B to `selection`.
    func set(side: Int, to selection: Selection) {
        if side == 0 { a = selection } else { b = selection }
        storeCount = -1
    }

    /// Takes a finished background comparison; returns true when one arrived.
    func poll() -> Bool {
        guard let c = pending?.take() else { return false }
        comparison = c
        pending = nil
        return true
    }

    var isBusy: Bool { pending != nil }

    /// The statements of one side's row for (metric, unit, period class).
    func statements(side: Int, of figure: FigureComparison) -> [FigureStatement] {
        let rows = side == 0 ? rowsA : rowsB
        return rows.first { $0.metric == figure.metric && $0.unit == figure.unit && $0.periodClass == figure.periodClass }?
            .statements ?? []
    }

    /// Store index of a side's statement document.
    func storeIndex(side: Int, documentIndex: Int) -> Int { side == 0 ? storeA[documentIndex] : storeB[documentIndex] }
}
