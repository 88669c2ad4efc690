import Corpus

/// What the statistics pane shows for the listed documents, and where the user is in it.
///
/// Built from ``AppState/visible`` by ``init(state:terms:)``; everything but
/// the top terms comes from ``Statistics/compute(_:terms:termLimit:)`` at once.
/// Top terms are segmented lazily (only when the pane is drawn) and, for large
/// selections, on another thread (``termsState`` is `.computing` meanwhile).
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
    /// The statistics, without terms.
    let statistics: CorpusStatistics
    private(set) var termsState = TermsState.idle
    private var pending: Pending<[TermCount]>?
    /// Position in the overview.
    var view = ScrollView()
    /// The figure row whose statements are listed, or `nil` for the overview.
    var openFigure: Int?
    /// Position in the statements list.
    var statementView = ScrollView()

    init(state: AppState) {
        source = state.visible
        storeCount = state.documents.count
        documents = state.visible.map { state.documents[$0] }
        statistics = Statistics.compute(documents)
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
        guard case .computing = termsState, let t = pending?.take() else { return false }
        termsState = .ready(t)
        pending = nil
        return true
    }

    /// True while terms are computed on another thread.
    var isBusy: Bool { if case .computing = termsState { return true } else { return false } }

    /// Where a statement's document is in the store, and the figure's range in its text.
    func target(of statement: FigureStatement) -> LineTarget {
        .document(source[statement.documentIndex], mark: statement.start..<statement.end)
    }
}
