import Corpus
import Curses
import Foundation

/// The interactive browser: owns the state and panes, runs the event loop on
/// a ``Terminal`` and takes documents from a loader running on another thread.
///
/// The loop polls the ``Inbox`` with a short `nextEvent` timeout only while
/// loading; once loading is done it blocks on the terminal (no CPU when idle).
/// A frame is presented only when something changed.
public final class BrowserApp {
    public let state: AppState
    public let keys: KeyTable
    public let inbox = Inbox()
    let terminal: any Terminal
    let stateFile: StateFile?
    let list = ListPane(), reader = ReaderPane(), facets = FacetPanel()
    /// Segmented terms of the store's documents (Traditional folded to Simplified), shared by the panes.
    let terms = SegmentationCache(fold: { HanConversion.simplified($0) })
    let stats: StatsPane, compare: ComparePane
    /// True once something changed since the last presented frame.
    var dirty = true
    /// Whether the prompt was edited while more keys were waiting, its search put off until
    /// they are read (see ``handlePrompt(_:)``).
    var promptSearchPending = false
    /// True when the last ``absorbInbox()`` left documents queued (the loop then does not wait).
    var inboxHasMore = false
    /// Whether the selector was told that loading ended.
    private var toldLoadingEnded = false
    public internal(set) var running = true
    /// Frames handed to the terminal so far.
    public internal(set) var framesPresented = 0
    private var lastCells: [Canvas.Cell] = []
    private var lastSize = Size(rows: 0, cols: 0)

    /// Milliseconds between inbox polls while loading.
    public static let pollMilliseconds = 50
    /// Documents taken from the inbox at a time, so keys are read between chunks
    /// (indexing a chunk costs about 0.2 ms per document in a release build).
    public static let documentsPerTurn = 256
    /// Seconds one turn of the loop may keep taking chunks while more are queued: one chunk
    /// when each costs tens of milliseconds (documents being indexed), many when the index
    /// came from the cache and a chunk costs next to nothing. 0 takes one chunk per turn.
    public var absorbBudget = 0.025

    public init(terminal: any Terminal, state: AppState = AppState(), keys: KeyTable = .standard, stateFile: StateFile? = nil) {
        self.terminal = terminal; self.state = state; self.keys = keys; self.stateFile = stateFile
        stats = StatsPane(terms: terms)
        compare = ComparePane(terms: terms)
        if let n = terminal.notice { state.setMessage(n) }
    }

    /// Runs until the user quits or the terminal hangs up, then saves the state file.
    ///
    /// - Parameter loader: called once on a background thread; it pushes batches into the inbox
    ///   and ends with ``Inbox/finish(report:seconds:)``. `nil` when documents were appended already.
    public func run(loader: (@Sendable (Inbox) -> Void)? = nil) {
        restore()
        if let loader {
            state.loading = LoadStatus(filesDone: 0, filesTotal: 0, documents: 0, seconds: 0)
            let inbox = self.inbox
            let thread = Thread { loader(inbox) }
            thread.stackSize = 8 << 20
            thread.start()
        }
        while running {
            absorbInbox()
            absorbBackground()
            // A burst of keys is read whole before the prompt's search runs and the screen is drawn.
            if promptSearchPending {
                if terminal.hasPendingInput, let event = terminal.nextEvent(timeoutMilliseconds: 0) {
                    handle(event)
                    continue
                }
                runPendingPromptSearch()
            }
            presentIfChanged()
            if !toldLoadingEnded, state.loading?.finished == true, !inboxHasMore {
                toldLoadingEnded = true
                state.selector.loadingEnded()
            }
            let loading = (state.loading.map { !$0.finished } ?? false) || backgroundBusy
            let timeout = inboxHasMore ? 0 : loading ? Self.pollMilliseconds : -1
            guard let event = terminal.nextEvent(timeoutMilliseconds: timeout) else { continue }
            handle(event)
        }
        save()
    }

    /// Moves queued documents and progress from the inbox into the state; returns true when anything arrived.
    @discardableResult
    public func absorbInbox() -> Bool {
        let started = DispatchTime.now().uptimeNanoseconds
        var got = inbox.drain(limit: Self.documentsPerTurn)
        while got.more, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 < absorbBudget {
            // Take the next chunk into this turn (the status and report of the last drain win).
            let documents = got.documents
            state.append(documents)
            let previous = got
            got = inbox.drain(limit: Self.documentsPerTurn)
            if got.status == nil { got.status = previous.status }
        }
        inboxHasMore = got.more
        guard !got.documents.isEmpty || got.status != nil || got.report != nil else { return false }
        state.append(got.documents)
        if let s = got.status { state.loading = s }
        if let r = got.report {
            state.loadReport = r
            if r.skippedCount > 0 { state.setMessage("\(r.skippedCount) files skipped — L shows why") }
        }
        dirty = true
        return true
    }

    /// Draws and presents a frame when the state or the size changed since the last one.
    public func presentIfChanged() {
        guard dirty || terminal.size != lastSize else { return }
        let canvas = render()
        dirty = false
        guard canvas.cells != lastCells || canvas.size != lastSize else { return }
        lastCells = canvas.cells
        lastSize = canvas.size
        terminal.present(canvas)
        framesPresented += 1
    }

    /// Applies one terminal event.
    public func handle(_ event: TerminalEvent) {
        switch event {
        case .key(.resize): dirty = true; lastCells = []
        case .key(let key): handle(key)
        case .resized, .resumed: dirty = true; lastCells = []
        case .hangup: running = false
        }
    }

    /// Reads the state file (if any) into the state; a broken file gives a notice.
    public func restore() {
        guard let file = stateFile else { return }
        switch file.read() {
        case .missing: break
        case .broken(let why): state.setMessage(why, error: true)
        case .loaded(let saved):
            state.query = saved.query
            state.filters = saved.filters
            state.sort = saved.sort ?? .date
            state.history = saved.history ?? []
            state.pendingSelectionID = saved.selectedID
            if !state.documents.isEmpty { state.refresh() }
        }
    }

    /// Writes the query, filters, sort, history and selected document id to the state file.
    public func save() {
        guard let file = stateFile else { return }
        let saved = SavedState(query: state.query, filters: state.filters,
                               selectedID: state.selectedDocument?.id ?? state.pendingSelectionID,
                               sort: state.sort, history: Array(state.history.suffix(50)))
        try? file.write(saved)
    }
}
