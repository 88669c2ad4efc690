import Foundation
internal import CNCursesW

extension NCursesTerminal {
    /// Waits up to `timeoutMilliseconds` (−1 = forever) for the next event.
    ///
    /// Never blocks inside ncurses: `stdscr` is in `wtimeout(0)` mode, and the
    /// wait is a `poll(2)` on stdin plus the signal self-pipe, so an idle
    /// session uses no CPU and still notices signals at once. Returns
    /// `.hangup` after SIGHUP/SIGTERM/SIGINT, when the terminal reports
    /// `POLLHUP`/`POLLERR`/`POLLNVAL`, at end of input, or when input stays
    /// undecodable for about a second; `.resumed` after `fg`; `.resized`
    /// after SIGWINCH (the new size is applied with `resize_term` first).
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard screen != nil else { return .hangup }
        let start = DispatchTime.now().uptimeNanoseconds
        var stalls = 0
        var sawReadable = false
        while true {
            if let event = signalEvent() { return event }
            if !pending.isEmpty { return pending.removeFirst() }
            if let event = readKey() { return event }
            if sawReadable {
                // poll said readable, yet ncurses produced nothing: nap, give up after ~1 s.
                stalls += 1
                if stalls >= 100 { return .hangup }
                usleep(10_000)
            }
            var wait = -1
            if timeoutMilliseconds >= 0 {
                let elapsed = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                wait = max(0, timeoutMilliseconds - elapsed)
            }
            switch waitForInput(milliseconds: wait) {
            case .timedOut: return nil
            case .dead: return .hangup
            case .readable: sawReadable = true
            case .signalled: sawReadable = false
            }
        }
    }

    /// Whether a key is waiting: one read ahead without waiting (from the tty or from what
    /// ncurses already buffered, as in a pasted or typed-ahead burst) is kept for ``nextEvent(timeoutMilliseconds:)``.
    public var hasPendingInput: Bool {
        if !pending.isEmpty { return true }
        guard screen != nil, let event = readKey() else { return false }
        pending.append(event)
        return true
    }

    private enum WaitResult { case readable, signalled, timedOut, dead }

    /// `poll`s stdin and the self-pipe for at most `milliseconds` (−1 = forever).
    private func waitForInput(milliseconds: Int) -> WaitResult {
        var fds = [pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0)]
        if let signals { fds.append(pollfd(fd: signals.readFD, events: Int16(POLLIN), revents: 0)) }
        let n = poll(&fds, nfds_t(fds.count), Int32(clamping: milliseconds))
        if n < 0 { return errno == EINTR ? .signalled : .dead }
        if n == 0 { return .timedOut }
        if fds.count > 1, fds[1].revents != 0 {
            signals?.drain()
            return .signalled
        }
        let revents = Int32(fds[0].revents)
        if revents & (POLLHUP | POLLERR | POLLNVAL) != 0 { return .dead }
        // Readable with nothing to read: end of file on the terminal.
        if revents & POLLIN != 0, xs_bytes_available(inputFD) <= 0 { return .dead }
        return .readable
    }

    /// One key from ncurses without waiting (`get_wch` in `wtimeout(0)` mode).
    private func readKey() -> TerminalEvent? {
        var value: wint_t = 0
        let status = wget_wch(xs_stdscr(), &value)
        guard let key = KeyDecoder.decode(status: status, value: value) else { return nil }
        if key == .resize {
            // The terminal may have moved or cropped what it showed (tmux drops top lines when
            // a window gets shorter); ncurses' own idea of the screen is then wrong.
            forceFullRedraw()
            return .resized(size)
        }
        return .key(key)
    }

    /// The event for signals that arrived since the last call, most urgent first.
    private func signalEvent() -> TerminalEvent? {
        if SignalFlags.hangup.load(ordering: .relaxed) { return .hangup }
        if SignalFlags.resumed.exchange(false, ordering: .relaxed) {
            SignalFlags.resized.store(false, ordering: .relaxed)
            let before = size
            applyTerminalSize()
            forceFullRedraw()
            if size != before { pending.append(.resized(size)) }
            return .resumed
        }
        if SignalFlags.resized.exchange(false, ordering: .relaxed) {
            applyTerminalSize()
            forceFullRedraw()
            return .resized(size)
        }
        return nil
    }

    /// Reads the tty's size and tells ncurses (`resize_term`) if it changed.
    func applyTerminalSize() {
        var rows: Int32 = 0
        var cols: Int32 = 0
        guard xs_tty_size(1, &rows, &cols) == 0 || xs_tty_size(0, &rows, &cols) == 0 else { return }
        if rows != xs_lines() || cols != xs_cols() {
            resize_term(rows, cols)
        }
    }
}
