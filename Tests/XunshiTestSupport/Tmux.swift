import Foundation

/// A detached tmux session on a private socket (inside its temporary directory, removed by
/// ``kill()``), for end-to-end tests of the real binary.
///
/// The session runs `sh` with a fixed prompt (`xs$ `) in a clean environment
/// (locale `C.UTF-8`, `TERM=screen`, `XDG_STATE_HOME` in a fresh temporary directory).
public final class TmuxSession {
    /// Why end-to-end tests cannot run here, or `nil` when tmux is available.
    public static var unavailableReason: String? {
        executable == nil ? "tmux is not installed" : nil
    }

    static let executable: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }()

    /// The prompt the session's shell prints.
    public static let shellPrompt = "xs$ "

    public let socket: String
    public let stateHome: URL

    /// Starts a `cols`×`rows` session in `directory` with `environment` added to the clean one.
    public init(cols: Int, rows: Int, directory: URL, environment: [String: String] = [:]) throws {
        guard Self.executable != nil else { throw TmuxError.unavailable }
        socket = "xunshi-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        stateHome = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: stateHome, withIntermediateDirectories: true)
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": stateHome.path, "XDG_STATE_HOME": stateHome.path,
                   "PATH": "/usr/bin:/bin", "PS1": Self.shellPrompt, "TERM": "screen"]
        env.merge(environment) { $1 }
        let envArgs = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let shell = "cd \(Self.quote(directory.path)) && exec env -i \(envArgs) sh"
        try run(["new-session", "-d", "-x", String(cols), "-y", String(rows), shell])
        _ = waitFor("xs$", timeout: 5)  // capture-pane trims the trailing blank of the prompt
    }

    deinit { kill() }

    /// Sends keys as tmux names them (`"j"`, `"Enter"`, `"Escape"`, `"C-d"`); text is sent literally with `literal: true`.
    public func send(_ keys: String..., literal: Bool = false) {
        _ = try? run(["send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
    }

    /// Types a shell command line and presses Enter.
    public func typeCommand(_ line: String) {
        send(line, literal: true)
        send("Enter")
    }

    /// The visible pane as text, one line per row.
    public func capture() -> String {
        (try? run(["capture-pane", "-p", "-t", "0"])) ?? ""
    }

    /// Polls the pane until `predicate` holds or `timeout` seconds pass; returns the last capture when it held.
    @discardableResult
    public func waitUntil(timeout: Double = 10, _ predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let screen = capture()
            if predicate(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    /// Waits until `text` appears on the pane.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 10) -> String? {
        waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// Resizes the session's window.
    public func resize(cols: Int, rows: Int) {
        _ = try? run(["resize-window", "-t", "0", "-x", String(cols), "-y", String(rows)])
    }

    /// Ends the session and its server; safe to call twice.
    public func kill() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: stateHome)
    }

    /// Runs one tmux command on this session's server; returns its standard output.
    @discardableResult
    func run(_ args: [String]) throws -> String {
        let capture = args.first == "capture-pane"
        let result = Spawn.run(Self.executable ?? "/usr/bin/tmux", ["-S", stateHome.appendingPathComponent("tmux.sock").path, "-f", "/dev/null"] + args, captureOutput: capture)
        if result.status != 0, args.first == "new-session" { throw TmuxError.failed(args.first ?? "") }
        return result.output
    }

    /// `s` quoted for `sh`.
    public static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

public enum TmuxError: Error { case unavailable, failed(String) }

/// Finds the built `xunshi` binary: `$XUNSHI_BIN`, else `.build/debug/xunshi` under the repository root.
public enum BuiltBinary {
    public static var url: URL? {
        if let p = ProcessInfo.processInfo.environment["XUNSHI_BIN"], FileManager.default.isExecutableFile(atPath: p) {
            return URL(fileURLWithPath: p)
        }
        let debug = TestPaths.repositoryRoot.appendingPathComponent(".build/debug/xunshi")
        return FileManager.default.isExecutableFile(atPath: debug.path) ? debug : nil
    }

    /// The environment to run the binary in: this process's, with `XUNSHI_CACHE_DIR` set to a
    /// directory of this test process's own (removed by nobody: it is under the temporary
    /// directory), so a test never reads or writes the user's corpus snapshots.
    public static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XUNSHI_CACHE_DIR"] = cacheDirectory
        environment.removeValue(forKey: "XUNSHI_NO_CACHE")
        return environment
    }

    /// Runs the built binary with `arguments` in the repository root, in ``environment`` with
    /// `extra` added, and returns its exit status and standard output (standard error is
    /// discarded); `nil` when the binary is not built.
    public static func run(_ arguments: [String], extra: [String: String] = [:]) throws -> (status: Int32, output: Data)? {
        guard let url else { return nil }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = environment.merging(extra) { $1 }
        process.currentDirectoryURL = TestPaths.repositoryRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    private static let cacheDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("xunshi-test-cache-\(ProcessInfo.processInfo.processIdentifier)").path
}
