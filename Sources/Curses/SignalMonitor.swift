import Foundation
import Synchronization
internal import CNCursesW

/// Flags set by signal handlers; plain atomics, so setting them is async-signal-safe.
///
/// Touched once (``SignalMonitor/init()``) before any handler is installed,
/// so a handler never runs a lazy global initialiser.
enum SignalFlags {
    static let hangup = Atomic<Bool>(false)
    static let resumed = Atomic<Bool>(false)
    static let resized = Atomic<Bool>(false)
    /// Write end of the self-pipe, or −1 when no monitor is active.
    static let wakeFD = Atomic<Int32>(-1)
}

/// The one signal handler: records the signal in ``SignalFlags`` and writes a
/// byte to the self-pipe so a `poll` waiting on it wakes up (no race between
/// checking the flags and starting to wait).
private let recordSignal: @convention(c) (Int32) -> Void = { sig in
    switch sig {
    case SIGWINCH: SignalFlags.resized.store(true, ordering: .relaxed)
    case SIGCONT: SignalFlags.resumed.store(true, ordering: .relaxed)
    default: SignalFlags.hangup.store(true, ordering: .relaxed)
    }
    let fd = SignalFlags.wakeFD.load(ordering: .relaxed)
    guard fd >= 0 else { return }
    let savedErrno = errno
    var byte: UInt8 = 1
    _ = write(fd, &byte, 1)
    errno = savedErrno
}

/// Installs handlers for SIGHUP, SIGTERM, SIGINT (→ hangup), SIGWINCH
/// (→ resize) and SIGCONT (→ resumed), and restores the previous ones.
///
/// Installed *before* `newterm`, so ncurses leaves these signals alone (it
/// only takes signals whose disposition is still the default); SIGTSTP stays
/// with ncurses, whose handler leaves curses mode on Ctrl-Z and repaints on
/// `fg` — our SIGCONT flag then tells the app to redraw.
final class SignalMonitor {
    static let handled: [Int32] = [SIGHUP, SIGTERM, SIGINT, SIGWINCH, SIGCONT]

    /// Read end of the self-pipe; poll it for `POLLIN`.
    let readFD: Int32
    private let writeFD: Int32
    private var previous: [Int32: sigaction] = [:]

    /// Creates the self-pipe and installs the handlers; `nil` if the pipe fails.
    init?() {
        var fds: [Int32] = [-1, -1]
        guard xs_nonblocking_pipe(&fds) == 0 else { return nil }
        readFD = fds[0]
        writeFD = fds[1]
        SignalFlags.hangup.store(false, ordering: .relaxed)
        SignalFlags.resumed.store(false, ordering: .relaxed)
        SignalFlags.resized.store(false, ordering: .relaxed)
        SignalFlags.wakeFD.store(writeFD, ordering: .relaxed)
        for sig in Self.handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = recordSignal
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            var old = sigaction()
            if sigaction(sig, &action, &old) == 0 { previous[sig] = old }
        }
    }

    /// Empties the self-pipe (after `poll` reported it readable).
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readFD, &buffer, buffer.count) > 0 {}
    }

    /// Puts the previous handlers back and closes the pipe. Idempotent.
    func restore() {
        for (sig, old) in previous {
            var action = old
            sigaction(sig, &action, nil)
        }
        previous = [:]
        guard SignalFlags.wakeFD.load(ordering: .relaxed) == writeFD else { return }
        SignalFlags.wakeFD.store(-1, ordering: .relaxed)
        close(readFD)
        close(writeFD)
    }
}
