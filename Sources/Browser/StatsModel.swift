import Corpus

/// What the statistics pane shows for the listed documents, and where the user is in it.
///
/// Built from ``AppState/visible`` by ``init(state:synchronous:)``; everything but
/// the top terms comes from ``Statistics/compute(_:terms:termLimit:)``, on another
/// thread for large selections (``statistics`` is `nil` meanwhile: about 4 s at 95,000
/// documents, which froze the interface). Top terms are segmented lazily (only when the
/// pane is drawn) and, for large selections, on another thread (``termsState`` is
/// `.computing` meanwhile).
final class StatsModel {
    /// Top terms: not asked for yet, being computed, or ready.
    enum TermsState { case idle, computing, ready([TermCount]) }

    /// How many top terms to show.
    static let termLimit = 40

    /// Store indices of the documents, in list order (a copy of ``AppState/visible`` when built).
    let source: [Int]
    /// Number of documents in the store when built (the model is stale once more arrive).
    let storeCount: Int
    /// The documents, in list order (statement indices refer to this array).
    let documents: [Document]
    /// The statistics, without terms; `nil` while computed on another thread.
    private(set) var statistics: CorpusStatistics?
    private var pendingStatistics: Pending<CorpusStatistics>?
    /// Up to this many documents the statistics are computed on the UI thread (about
    /// 45 µs per document in a release build: 2,000 take about 0.1 s).
    static let synchronousDocuments = 2_000
    private(set) var termsState = TermsState.idle
    private var pending: Pending<[TermCount]>?
    /// Position in the overview.
    var view = ScrollView()
    /// The figure row whose statements are listed, or `nil` for the overview.
    var openFigure: Int?
    /// Position in the statements list.
    var statementView = ScrollView()

    /// - Parameter synchronous: compute on this thread whatever the size (tests).
    init(state: AppState, synchronous: Bool = false) {
        source = state.visible
        storeCount = state.documents.count
        let documents = state.visible.map { state.documents[$0] }
        self.documents = documents
        if synchronous || documents.count <= Self.synchronousDocuments {
            statistics = Statistics.compute(documents)
        } else {
            pendingStatistics = Pending { Statistics.compute(documents) }
        }
    }

    /// True when the model no longer describes the state's list.
    func isStale(for state: AppState) -> Bool {
        storeCount != state.documents.count || source != state.visible
    }

    /// The top terms, or `nil` while they are not ready; starts computing them on first call.
    ///
    /// - Parameter synchronous: compute on this thread whatever the size (tests).
    func terms(with cache: SegmentationCache, synchronous: Bool) -> [TermCount]? {
        switch termsState {
        case .ready(let t): return t
        case .computing: return nil
        case .idle:
            let docs = documents, limit = Self.termLimit
            if synchronous || Background.isCheap(docs) {
                let t = cache.topTerms(docs, limit: limit)
                termsState = .ready(t)
                return t
            }
            termsState = .computing
            pending = Pending { cache.topTerms(docs, limit: limit) }
            return nil
        }
    }

    /// Takes finished background work; returns true when something arrived.
    func poll() -> Bool {
        var arrived = false
        if let s = pendingStatistics?.take() {
            statistics = s
            pendingStatistics = nil
            arrived = true
        }
        if case .computing = termsState, let t = pending?.take() {
            termsState = .ready(t)
            pending = nil
            arrived = true
        }
        return arrived
    }

    /// True while statistics or terms are computed on another thread.
    var isBusy: Bool {
        if pendingStatistics != nil { return true }
        if case .computing = termsState { return true } else { return false }
    }

    /// Where a statement's document is in the store, and the figure's range in its text.
    func target(of statement: FigureStatement) -> LineTarget {
        .document(source[statement.documentIndex], mark: statement.start..<statement.end)
    }
}
