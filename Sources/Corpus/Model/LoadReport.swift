/// What happened to each input file during a load.
public struct LoadReport: Sendable, Codable {
    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    /// One input file's outcome.
    public struct Entry: Sendable, Codable, Hashable {
        public enum Status: String, Sendable, Codable { case loaded, skipped }
        public var path: String
        public var status: Status
        /// Why the file was skipped (`unsupported extension .pdf`, `empty file`, `undecodable bytes` …).
        public var reason: String?
        /// Detected encoding (`utf-8`, `utf-8-bom`, `gb18030`, `big5`) when decoded.
        public var encoding: String?
        /// Detected format (`front-matter-html`, `html`, `plain-text`, `rss`, `atom`).
        public var format: String?
        /// Ids of the documents this file produced (RSS gives several).
        public var documents: [String]
        /// Flags raised on its documents (`mojibake`, `no-date`, `no-province` …), unique.
        public var flags: [String]

        public init(path: String, status: Status, reason: String? = nil, encoding: String? = nil,
                    format: String? = nil, documents: [String] = [], flags: [String] = []) {
            self.path = path; self.status = status; self.reason = reason; self.encoding = encoding
            self.format = format; self.documents = documents; self.flags = flags
        }
    }

    public var loadedCount: Int { entries.filter { $0.status == .loaded }.count }
    public var skippedCount: Int { entries.filter { $0.status == .skipped }.count }
}
