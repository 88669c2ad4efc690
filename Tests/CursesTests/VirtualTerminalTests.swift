import Testing
@testable import Curses

@Suite struct VirtualTerminalTests {
    @Test func scriptedEventsComeOutInOrderThenNil() {
        let term = VirtualTerminal(size: Size(rows: 5, cols: 20))
        term.enqueue(keys: .down, .enter)
        term.type("吉a")
        term.enqueue(.hangup)
        var got: [TerminalEvent] = []
        while let e = term.nextEvent(timeoutMilliseconds: -1) { got.append(e) }
        #expect(got == [.key(.down), .key(.enter), .key(.character("吉")), .key(.character("a")), .hangup])
        #expect(term.requestedTimeouts.count == 6)
    }

    @Test func resizingQueuesAnEvent() {
        let term = VirtualTerminal(size: Size(rows: 5, cols: 20))
        term.size = Size(rows: 5, cols: 20)
        #expect(term.events.isEmpty)
        term.size = Size(rows: 10, cols: 40)
        #expect(term.nextEvent(timeoutMilliseconds: 0) == .resized(Size(rows: 10, cols: 40)))
    }

    @Test func presentKeepsACopyAndCounts() {
        let term = VirtualTerminal(size: Size(rows: 2, cols: 10))
        #expect(term.screenText == "")
        let canvas = term.makeCanvas()
        canvas.put("巡视", row: 1, col: 2)
        term.present(canvas)
        canvas.clear()
        canvas.put("later", row: 0, col: 0)
        #expect(term.screenText == "\n  巡视")
        term.present(canvas)
        #expect(term.presentCount == 2)
        #expect(term.screenText == "later\n")
    }
}
