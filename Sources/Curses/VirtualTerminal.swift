/// An in-memory ``Terminal`` for tests: scripted events in, canvases out.
///
/// Golden-screen tests create one with a fixed size, queue keys, run the app
/// loop until the queue is empty (``nextEvent(timeoutMilliseconds:)``
/// returns `nil` then), and compare ``screenText`` with the expected text.
public final class VirtualTerminal: Terminal {
    /// Current size; setting a different size queues `.resized(newSize)`.
    public var size: Size {
        didSet {
            if size != oldValue { events.append(.resized(size)) }
        }
    }
    /// What the fake claims it can show (settable per test).
    public var capabilities: TerminalCapabilities
    /// The notice to report, e.g. ``TerminalSession/asciiNotice``.
    public var notice: String?
    /// Events still to be delivered, first to last.
    public private(set) var events: [TerminalEvent] = []
    /// A copy of the last canvas presented, or `nil` before the first.
    public private(set) var lastCanvas: Canvas?
    /// How many times ``present(_:)`` was called.
    public private(set) var presentCount = 0
    /// The timeouts passed to ``nextEvent(timeoutMilliseconds:)``, in order.
    public private(set) var requestedTimeouts: [Int] = []

    /// A fake terminal, 24 × 80 with 256 colours unless told otherwise.
    public init(
        size: Size = Size(rows: 24, cols: 80),
        capabilities: TerminalCapabilities = TerminalCapabilities(),
        notice: String? = nil
    ) {
        self.size = size
        self.capabilities = capabilities
        self.notice = notice
    }

    /// Queues events to be returned by ``nextEvent(timeoutMilliseconds:)``.
    public func enqueue(_ newEvents: TerminalEvent...) {
        events.append(contentsOf: newEvents)
    }

    /// Queues key presses.
    public func enqueue(keys: Key...) {
        events.append(contentsOf: keys.map { .key($0) })
    }

    /// Queues each character of `text` as a ``Key/character(_:)`` press.
    public func type(_ text: String) {
        events.append(contentsOf: text.map { .key(.character($0)) })
    }

    /// Records a copy of `canvas` (the caller may keep drawing into its own).
    public func present(_ canvas: Canvas) {
        lastCanvas = canvas.copy()
        presentCount += 1
    }

    /// Whether an event is queued.
    public var hasPendingInput: Bool { !events.isEmpty }

    /// The next queued event, or `nil` when the queue is empty (never waits).
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        requestedTimeouts.append(timeoutMilliseconds)
        return events.isEmpty ? nil : events.removeFirst()
    }

    /// The last presented canvas as text (trailing blanks trimmed per row);
    /// `""` before anything was presented.
    public var screenText: String {
        lastCanvas?.text() ?? ""
    }

    /// A new canvas matching this terminal's size and capabilities.
    public func makeCanvas() -> Canvas {
        Canvas(size: size, ambiguousWidth: capabilities.ambiguousWidth, asciiOnly: capabilities.asciiOnly)
    }
}
