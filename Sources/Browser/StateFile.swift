import Foundation

/// What the browser remembers between runs, stored as JSON in
/// `$XDG_STATE_HOME/xunshi/state.json` (default `~/.local/state/xunshi/state.json`).
public struct SavedState: Codable, Sendable, Equatable {
    public var query: String
    public var filters: ActiveFilters
    public var selectedID: String?
    public var sort: SortOrder?
    public var history: [String]?

    public init(query: String = "", filters: ActiveFilters = ActiveFilters(), selectedID: String? = nil,
                sort: SortOrder? = nil, history: [String]? = nil) {
        self.query = query; self.filters = filters; self.selectedID = selectedID; self.sort = sort; self.history = history
    }
}

/// Reads and writes ``SavedState``; writes are atomic (temporary file, then rename).
public struct StateFile: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// The state file for `environment` (`XDG_STATE_HOME`, else `HOME/.local/state`); `nil` without either.
    public static func standard(environment: [String: String]) -> StateFile? {
        let base: URL
        if let x = environment["XDG_STATE_HOME"], x.hasPrefix("/") {
            base = URL(fileURLWithPath: x)
        } else if let home = environment["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        } else {
            return nil
        }
        return StateFile(url: base.appendingPathComponent("xunshi/state.json"))
    }

    /// Outcome of reading the file.
    public enum ReadResult: Equatable {
        case missing
        case broken(String)
        case loaded(SavedState)
    }

    public func read() -> ReadResult {
        guard let data = try? Data(contentsOf: url) else { return .missing }
        do { return .loaded(try JSONDecoder().decode(SavedState.self, from: data)) } catch {
            return .broken("saved state \(url.lastPathComponent) is unreadable and was ignored")
        }
    }

    /// Writes `state` to a temporary file in the same directory, then renames it over the old file.
    public func write(_ state: SavedState) throws {
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let tmp = dir.appendingPathComponent(".state.json.\(ProcessInfo.processInfo.processIdentifier).tmp")
        try encoder.encode(state).write(to: tmp)
        if rename(tmp.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: tmp)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
