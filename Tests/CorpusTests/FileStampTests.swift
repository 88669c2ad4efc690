@testable import Corpus
import Foundation
import Testing

/// A file's stamp sees every change to it; the program's stamp ignores what leaves the
/// program itself as it was.
@Suite struct FileStampTests {
    @Test func aHardLinkKeepsTheProgramStampButNotTheFileStamp() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-stamp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = dir.appendingPathComponent("xunshi")
        try Data("a build".utf8).write(to: program)
        let raw = Array(program.path.utf8)
        let fileBefore = try #require(FileStamp.of(raw))
        let programBefore = try #require(FileStamp.program(at: raw))

        Thread.sleep(forTimeInterval: 0.02)
        try FileManager.default.linkItem(at: program, to: dir.appendingPathComponent("linked"))
        #expect(FileStamp.of(raw) != fileBefore, "a new link changes the status-change time")
        #expect(FileStamp.program(at: raw) == programBefore, "a link is not another build")

        Thread.sleep(forTimeInterval: 0.02)
        try Data("another build".utf8).write(to: program)
        #expect(FileStamp.program(at: raw) != programBefore, "a rebuilt program is another build")
    }
}
