@testable import Corpus
import Foundation
import Testing
import XunshiTestSupport

/// Documents read from a corpus snapshot keep their paragraphs and figures as bytes, made
/// into strings when asked for; what they give, and what they write, is what the parsed
/// documents did.
@Suite struct StoredTextTests {
    typealias Scratch = SnapshotTests.Scratch

    /// The seeds parsed, and read back from the snapshot written by that parse.
    static func parsedAndStored(_ s: Scratch) -> (parsed: [Document], stored: [Document]) {
        let parsed = CorpusLoader.load(paths: [s.corpus], cache: s.cache).documents
        return (parsed, CorpusLoader.load(paths: [s.corpus], cache: s.cache).documents)
    }

    static func snapshotBytes(_ documents: [Document], _ s: Scratch, _ name: String) throws -> Data {
        let path = s.root.appendingPathComponent(name).path
        let part = CorpusSnapshot.Part(rawPath: Array("x".utf8), stamp: FileStamp(size: 3, modified: 4, changed: 5, inode: 2, device: 1),
                                       documents: documents, entry: LoadReport.Entry(path: "x", status: .loaded))
        let program = try #require(FileStamp.program)
        #expect(CorpusSnapshot.write([part], options: LoadOptions(), to: path, program: program) != nil)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func storedDocumentsDecodeWhenAskedAndEqualTheParsedOnes() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (parsed, stored) = Self.parsedAndStored(s)
        #expect(parsed.allSatisfy { $0.stored == nil })
        #expect(stored.allSatisfy { $0.stored != nil }, "read from the snapshot, kept as bytes")
        #expect(stored.allSatisfy { _ = $0.paragraphs; return $0.stored != nil }, "still bytes after being read")
        #expect(stored.contains { !$0.figures.isEmpty }, "the seeds have figures")
        // Written from the bytes: the parsed documents' bytes.
        let undecoded = try Self.snapshotBytes(stored, s, "undecoded")
        #expect(stored == parsed)
        #expect(try Self.snapshotBytes(stored, s, "decoded") == undecoded)
        #expect(try Self.snapshotBytes(parsed, s, "parsed") == undecoded)
    }

    @Test func manyThreadsReadingAtOnceGetTheSameText() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (parsed, stored) = Self.parsedAndStored(s)
        let results = Results(count: 8 * stored.count)
        DispatchQueue.concurrentPerform(iterations: 8 * stored.count) { i in
            results.set(i, stored[i % stored.count].paragraphs)
        }
        for i in 0..<(8 * stored.count) { #expect(results.value(i) == parsed[i % stored.count].paragraphs) }
    }

    @Test func settingOnePartKeepsTheOther() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (parsed, stored) = Self.parsedAndStored(s)
        let k = try #require(parsed.firstIndex { !$0.figures.isEmpty })
        var document = stored[k]
        document.paragraphs.append("新增段落。")
        #expect(document.stored == nil)
        #expect(document.paragraphs == parsed[k].paragraphs + ["新增段落。"])
        #expect(document.figures == parsed[k].figures)
        #expect(stored[k] == parsed[k], "the copy it came from is unchanged")
    }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[String]]
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [String]) { lock.lock(); slots[i] = v; lock.unlock() }
    func value(_ i: Int) -> [String] { lock.lock(); defer { lock.unlock() }; return slots[i] }
}
