@testable import Corpus
import Foundation
import Testing
import XunshiTestSupport

/// Loaded documents (parsed, or read from a corpus snapshot) keep their paragraphs and
/// figures as compact bytes, made into strings when asked for; what they give, and what
/// they write, is what documents holding strings do.
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
        #expect(parsed.allSatisfy { $0.stored != nil }, "parsed, then kept as bytes")
        #expect(stored.allSatisfy { $0.stored != nil }, "read from the snapshot, kept as bytes")
        #expect(stored.allSatisfy { _ = $0.paragraphs; return $0.stored != nil }, "still bytes after being read")
        #expect(stored.contains { !$0.figures.isEmpty }, "the seeds have figures")
        // Written from the bytes: the parsed documents' bytes.
        let undecoded = try Self.snapshotBytes(stored, s, "undecoded")
        #expect(stored == parsed)
        #expect(try Self.snapshotBytes(stored, s, "decoded") == undecoded)
        #expect(try Self.snapshotBytes(parsed, s, "parsed") == undecoded)
        // Documents holding strings (as built, before the loader keeps them compact) write the same.
        let strings = parsed.map { document -> Document in
            var copy = document
            copy.paragraphs = document.paragraphs
            return copy
        }
        #expect(strings.allSatisfy { $0.stored == nil })
        #expect(strings == parsed)
        #expect(try Self.snapshotBytes(strings, s, "strings") == undecoded)
    }

    @Test func aSentenceRangeThatDoesNotFitItsParagraphIsCutToIt() {
        let paragraph = "巡视组发现问题线索12件。"
        let sentence = Substring(paragraph)
        var figure = Figure(metric: "问题线索", value: 12, unit: "件", sentence: "", start: 5, end: 12)
        figure.sentenceSlice = "另一句。"
        let own = StoredText(paragraphs: [paragraph], figures: [figure])
        #expect(own.sentences[0].paragraph == -1 && own.decodedFigures[0].sentence == "另一句。", "no slice: kept as its own")
        figure.sentenceSlice = sentence
        let whole = StoredText(paragraphs: [paragraph], figures: [figure])
        #expect(whole.sentences[0].paragraph == 0 && whole.sentences[0].upper == Int32(paragraph.utf8.count))
        #expect(whole.decodedFigures[0].sentence == paragraph)
        // Past the end, and inside a character (byte 1 of 巡): cut to the paragraph and to whole characters.
        let damaged = whole.with(sentences: [.init(paragraph: 0, lower: 1, upper: 10_000)])
        #expect(damaged.decodedFigures[0].sentence == paragraph)
        let inside = whole.with(sentences: [.init(paragraph: 0, lower: 4, upper: 5)])
        #expect(inside.decodedFigures[0].sentence == "")
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
