@testable import Corpus
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct BadInputTests {
    static let page = "<p>　　巡察组共发现问题线索12件。</p>"

    func entry(_ report: LoadReport, _ suffix: String) -> LoadReport.Entry? {
        report.entries.first { $0.path.hasSuffix(suffix) }
    }

    @Test func emptyBinaryAndJunkFilesAreSkippedWithReasons() throws {
        let dir = try LoadingScratch()
        defer { dir.remove() }
        try dir.write("empty.txt", [])
        try dir.write("blank.txt", "  \n\n\t\n")
        try dir.write("binary.html", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00])
        try dir.write("junk.txt", [UInt8](repeating: 0xFF, count: 100))
        try dir.write("notes.pdf", "%PDF-1.4")
        try dir.write("README", "no extension")
        try dir.write("good.html", Self.page)
        let (documents, report) = CorpusLoader.load(paths: [dir.path])
        #expect(documents.map(\.id) == ["good"])
        #expect(entry(report, "/empty.txt")?.reason == "empty file")
        #expect(entry(report, "/blank.txt")?.reason == "empty file (whitespace only)")
        #expect(entry(report, "/binary.html")?.reason == "binary file (NUL bytes)")
        #expect(entry(report, "/junk.txt")?.reason == "undecodable bytes (not UTF-8, GB18030 or Big5)")
        #expect(entry(report, "/notes.pdf")?.reason == "unsupported extension .pdf")
        #expect(entry(report, "/README")?.reason == "unsupported file (no extension)")
        #expect(report.skippedCount == 6 && report.loadedCount == 1)
        #expect(report.entries.map(\.path) == report.entries.map(\.path).sorted())
    }

    @Test func oversizedFileIsSkippedUnread() throws {
        let dir = try LoadingScratch()
        defer { dir.remove() }
        let path = try dir.write("huge.txt", "巡视")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 200 << 20)  // sparse: 200 MiB of holes
        try handle.close()
        let (documents, report) = CorpusLoader.load(paths: [dir.path])
        #expect(documents.isEmpty)
        #expect(entry(report, "/huge.txt")?.reason == "file too large (209715200 bytes > 33554432)")
        var small = LoadOptions()
        small.maxFileBytes = 10
        try dir.write("small.html", Self.page)
        let limited = CorpusLoader.load(paths: [dir.path + "/small.html"], options: small)
        #expect(limited.report.entries.first?.reason?.hasPrefix("file too large (") == true)
    }

    @Test func unclosedTagsAndDeepNestingDoNotCrash() throws {
        let unclosed = "<div><p>第一段<p>第二段<b>加粗<i>斜体<table><tr><td>格"
        let (a, _) = parseText(unclosed)
        #expect(a.first?.text.contains("第二段") == true)
        let deep = String(repeating: "<div>", count: 100_000) + "<p>深处的正文。</p>" + String(repeating: "</div>", count: 3)
        let (b, entry) = parseText(deep)
        #expect(entry.status == .loaded)
        #expect(b.first?.text.contains("深处的正文。") == true)
        let spans = String(repeating: "<span>", count: 10_000) + "深处的文字。"
        #expect(parseText(spans).1.status == .loaded)
    }

    @Test func symlinkLoopIsCutAndDanglingLinkReported() throws {
        let dir = try LoadingScratch()
        defer { dir.remove() }
        try dir.write("a/report.txt", "标题\n　　正文一段。")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/a/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/a/gone.txt", withDestinationPath: "missing.txt")
        let (documents, report) = CorpusLoader.load(paths: [dir.path])
        #expect(documents.map(\.id) == ["a/report"])
        #expect(entry(report, "/a/loop")?.reason == "directory already visited (symbolic link loop)")
        #expect(entry(report, "/a/gone.txt")?.reason?.hasPrefix("dangling or looping symbolic link") == true)
    }

    @Test func unreadableFileIsReported() throws {
        let dir = try LoadingScratch()
        defer { dir.remove() }
        let path = try dir.write("secret.txt", "标题\n正文。")
        chmod(path, 0)
        let (documents, report) = CorpusLoader.load(paths: [dir.path])
        if geteuid() != 0 {
            #expect(documents.isEmpty)
            #expect(entry(report, "/secret.txt")?.reason == "cannot open: permission denied")
        } else {
            #expect(entry(report, "/secret.txt")?.status == .loaded)  // root reads it anyway
        }
        let missing = CorpusLoader.load(paths: [dir.path + "/nothing-here"]).report
        #expect(missing.entries.first?.reason == "no such file or directory")
    }

    @Test func oddBytesInFileNameAreShownEscaped() throws {
        let dir = try LoadingScratch()
        defer { dir.remove() }
        let raw = Array((dir.path + "/bad").utf8) + [0xFF, 0xFE, 0x1B] + Array("name.txt".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            }
        }
        try #require(fd >= 0)
        let body = Array("标题\n　　正文一段。".utf8)
        _ = body.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let (documents, report) = CorpusLoader.load(paths: [dir.path])
        #expect(documents.map(\.id) == ["bad\\xFF\\xFE\\x1Bname"])
        #expect(documents.first?.path == dir.path + "/bad\\xFF\\xFE\\x1Bname.txt")
        #expect(report.entries.first?.status == .loaded)
        #expect(documents.first?.paragraphs == ["正文一段。"])
    }

    @Test func limitsIdsAndReadOnlyCorpus() throws {
        let one = try LoadingScratch(), two = try LoadingScratch()
        defer { one.remove(); two.remove() }
        try one.write("x.txt", "甲标题\n　　甲正文。")
        try two.write("x.txt", "乙标题\n　　乙正文。")
        try one.write("y.md", "丙标题\n　　丙正文。")
        let before = try FileManager.default.contentsOfDirectory(atPath: one.path).sorted()
        let (documents, _) = CorpusLoader.load(paths: [one.path, two.path])
        #expect(documents.map(\.id) == ["x", "y", "x~2"] || documents.map(\.id) == ["x", "x~2", "y"])
        #expect(Set(documents.map(\.id)).count == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: one.path).sorted() == before)
        var options = LoadOptions()
        options.maxDocuments = 1
        let limited = CorpusLoader.load(paths: [one.path], options: options)
        #expect(limited.documents.count == 1)
        #expect(limited.report.entries.contains { $0.reason == "document limit reached (1)" })
    }

    @Test func randomBytesNeverCrash() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return state >> 33 }
        let alphabet = Array("<>/p div---\n：来源（）(wǎng)".utf8) + [0xB0, 0xA1, 0xA4, 0x40, 0xE5, 0x90]
        for _ in 0..<300 {
            let count = Int(next() % 400)
            let bytes = (0..<count).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
            let (documents, entry) = CorpusLoader.parse(bytes: bytes, id: "r", path: "r.txt")
            #expect(entry.status == .loaded || documents.isEmpty)
        }
    }
}
