import Curses

/// An in-memory ``Terminal`` for screen tests: a settable size, a queue of
/// scripted events, and the canvases it was asked to present.
///
/// When the queue is empty, a blocking wait (`timeoutMilliseconds < 0`)
/// returns `.hangup` so an app loop under test always ends.
public final class ScriptedTerminal: Terminal {
    public var size: Size
    public var capabilities: TerminalCapabilities
    public var notice: String?
    /// Events still to be delivered, first first.
    public var events: [TerminalEvent] = []
    /// Every canvas presented, oldest first.
    public private(set) var presented: [Canvas] = []
    /// How many `nextEvent` calls used a finite timeout (polling) versus a blocking wait.
    public private(set) var polls = 0, blockingWaits = 0

    public init(rows: Int, cols: Int, capabilities: TerminalCapabilities = TerminalCapabilities()) {
        size = Size(rows: rows, cols: cols)
        self.capabilities = capabilities
    }

    public var lastCanvas: Canvas? { presented.last }

    public func present(_ canvas: Canvas) { presented.append(canvas) }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        if timeoutMilliseconds < 0 { blockingWaits += 1 } else { polls += 1 }
        if !events.isEmpty { return events.removeFirst() }
        return timeoutMilliseconds < 0 ? .hangup : nil
    }

    /// Whether an event is queued.
    public var hasPendingInput: Bool { !events.isEmpty }

    /// Queues key presses for the given text, one `.character` per Character.
    public func type(_ text: String) { events += text.map { .key(.character($0)) } }

    /// Changes the size and queues the resize event.
    public func resize(rows: Int, cols: Int) {
        size = Size(rows: rows, cols: cols)
        events.append(.resized(size))
    }
}
