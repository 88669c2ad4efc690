import Corpus
import Foundation
import XunshiTestSupport

/// A fresh temporary directory for one test, removed by ``LoadingScratch/remove()``.
struct LoadingScratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-loading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    /// Writes `bytes` to `name` (which may contain `/`), creating directories.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func remove() {
        // Restore permissions first so a chmod 000 file can be deleted.
        if let files = FileManager.default.enumerator(atPath: path) {
            for case let file as String in files {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent(file).path)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}

/// Seed documents loaded once per test.
enum Seeds {
    static func load() -> (documents: [Document], report: LoadReport) {
        CorpusLoader.load(paths: [TestPaths.seeds.path])
    }

    static func document(_ prefix: String, in documents: [Document]) -> Document? {
        documents.first { $0.id.hasPrefix(prefix) }
    }
}

/// Parses `text` as one UTF-8 file and returns its documents and entry.
func parseText(_ text: String, id: String = "doc", path: String = "corpus/doc.txt") -> ([Document], LoadReport.Entry) {
    CorpusLoader.parse(bytes: Array(text.utf8), id: id, path: path)
}
