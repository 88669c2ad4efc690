import Foundation
import Testing
import XunshiTestSupport

/// Terminal injection: a corpus full of escape sequences, C1 controls and bidi overrides is
/// shown by the real binary under a pty (tmux), and the raw bytes it writes are checked.
@Suite(.serialized) struct InjectionTests {
    /// Every headless command's text output, written to a pty, carries none of the data's
    /// control sequences; the placeholders are visible instead.
    @Test func headlessTextOutputIsInert() throws {
        guard let (s, bin) = Hardening.session(cols: 200, rows: 50) else { return }
        defer { s.kill() }
        let corpus = try HostileCorpus.make()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let dir = TmuxSession.quote(corpus.path)
        let raw = Hardening.temporaryFile("headless.raw")
        defer { try? FileManager.default.removeItem(at: raw) }
        s.startCapture(to: raw)
        let commands = [
            "\(bin) list \(dir)", "\(bin) check \(dir)", "\(bin) search 巡察 \(dir)", "\(bin) search PWNED \(dir)",
            "\(bin) stats --terms 5 \(dir)", "\(bin) compare 吉林 四川 \(dir)", "\(bin) show a_frontmatter \(dir)",
            "\(bin) show b_plain \(dir)", "\(bin) show c_gb18030 \(dir)",
            "\(bin) list --json \(dir)", "\(bin) check --json \(dir)", "\(bin) search --json PWNED \(dir)",
            "\(bin) show --json a_frontmatter \(dir)", "\(bin) stats --json --terms 5 \(dir)",
            "\(bin) compare --json 吉林 四川 \(dir)",
        ]
        try #require(Hardening.runAndWait(s, commands.joined(separator: "; "), timeout: 60) != nil,
                     "commands did not finish:\n\(s.capture())")
        let bytes = s.stopCapture(raw)
        #expect(bytes.count > 2000, "too little output captured (\(bytes.count) bytes)")
        if let hit = HostileCorpus.firstForbidden(in: bytes) {
            let context = bytes[max(0, hit.offset - 60)..<min(bytes.count, hit.offset + 60)]
            Issue.record("\(hit.name) reached the terminal at byte \(hit.offset): \(String(decoding: context, as: UTF8.self).debugDescription)")
        }
        // The only escape the commands send themselves is the progress meter's erase-line
        // (`CR ESC [K`, on standard error); apart from it there must be no ESC at all.
        let text = String(decoding: bytes, as: UTF8.self)
        let withoutMeter = text.replacingOccurrences(of: "\r\u{1B}[K", with: "\r")
        // Booleans, not the texts, go into the expectations: a failure must not replay the
        // captured sequences onto the terminal showing the test log.
        let anyESC = withoutMeter.unicodeScalars.contains("\u{1B}")
        #expect(!anyESC, "an ESC byte reached the terminal")
        let placeholders = text.contains("␛]0;PWNED"), clipboard = text.contains("␛]52;c;UFdORUQ=␇")
        #expect(placeholders, "the placeholders are not shown")
        #expect(clipboard, "the clipboard write is not shown as text")
        // File names are shown with escapes spelled out by the loader (`\x1B`), the bidi
        // override by the sanitiser's placeholder.
        let fileName = text.contains("name\\x1B]0;PWNED-NAME\\x07⇄.txt")
        #expect(fileName, "check does not show the hostile file name inertly")
        let jsonESC = text.contains("\\u001b]0;PWNED"), jsonBidi = text.contains("\\u202e")
        #expect(jsonESC, "JSON does not escape ESC (or the data lost it before output)")
        #expect(jsonBidi, "JSON does not escape the bidi override")
    }

    /// JSON output escapes controls and still round-trips the original strings.
    @Test func jsonEscapesAndRoundTrips() throws {
        let corpus = try HostileCorpus.make()
        defer { try? FileManager.default.removeItem(at: corpus) }
        guard let (status, data) = try BuiltBinary.run(["list", "--json", corpus.path]) else {
            print("skipping: xunshi binary not built")
            return
        }
        #expect(status == 0)
        let json = String(decoding: data, as: UTF8.self)
        let unsafe = json.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value)
            || [0x202E, 0x202C, 0x2066, 0x2069].contains($0.value) }
        #expect(unsafe.isEmpty, "raw control scalars in JSON: \(unsafe.map { String($0.value, radix: 16) })")
        let rows = try #require((try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]],
                                "not a JSON array: \(json.prefix(300).debugDescription)")
        let titles = rows.compactMap { $0["title"] as? String }
        #expect(titles.contains { $0.contains("\u{1B}]0;PWNED") }, "titles lost the escape sequence: \(titles)")
        // The loader spells a file name's control bytes out (`\x1B`), so the path is inert even
        // before output; its bidi override is kept, and escaped in the JSON.
        let paths = rows.compactMap { $0["path"] as? String }
        #expect(paths.contains { $0.hasSuffix("name\\x1B]0;PWNED-NAME\\x07\u{202E}.txt") }, "path: \(paths)")
    }

    /// The browser (list, reader, search prompt) writes none of the data's sequences.
    @Test func browserIsInert() throws {
        guard let (s, bin) = Hardening.session(cols: 100, rows: 30) else { return }
        defer { s.kill() }
        let corpus = try HostileCorpus.make()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let raw = Hardening.temporaryFile("browser.raw")
        defer { try? FileManager.default.removeItem(at: raw) }
        s.startCapture(to: raw)
        s.typeCommand("\(bin) \(TmuxSession.quote(corpus.path))")
        let count = HostileCorpus.documentCount
        try #require(s.waitUntil(timeout: 20) { Hardening.loaded($0, documents: count) } != nil,
                     "never loaded:\n\(s.capture())")
        let shown = s.capture().contains("␛]0;PWNED")
        #expect(shown, "placeholders not on screen")
        for _ in 0..<count {
            s.send("Enter")       // open in the reader
            Thread.sleep(forTimeInterval: 0.2)
            s.send("End")
            Thread.sleep(forTimeInterval: 0.1)
            s.send("Escape")
            Thread.sleep(forTimeInterval: 0.1)
            s.send("j")
        }
        s.send("L")               // the load report
        Thread.sleep(forTimeInterval: 0.3)
        s.send("Escape")
        s.send("/")
        s.send("PWNED", literal: true)
        Thread.sleep(forTimeInterval: 0.3)
        s.send("Enter")
        s.send("Enter")
        Thread.sleep(forTimeInterval: 0.3)
        s.send("Escape")
        s.send("Escape")
        s.send("q")
        #expect(s.waitUntil { Hardening.lastLine($0) == "xs$" } != nil, "did not quit:\n\(s.capture())")
        let bytes = s.stopCapture(raw)
        #expect(bytes.count > 2000, "too little output captured (\(bytes.count) bytes)")
        if let hit = HostileCorpus.firstForbidden(in: bytes) {
            let context = bytes[max(0, hit.offset - 60)..<min(bytes.count, hit.offset + 60)]
            Issue.record("\(hit.name) reached the terminal at byte \(hit.offset): \(String(decoding: context, as: UTF8.self).debugDescription)")
        }
        let rawTitle = String(decoding: bytes, as: UTF8.self).contains("PWNED-TITLE\u{07}")
        #expect(!rawTitle, "the OSC 0 terminator reached the terminal")
    }
}
