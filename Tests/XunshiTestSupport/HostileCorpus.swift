import Foundation

/// A small corpus whose titles, bodies, front matter and file names carry terminal control
/// sequences, for the terminal-injection tests.
///
/// Every sequence carries the marker `PWNED` so that its appearance in captured terminal
/// output can be told apart from the escape sequences curses itself sends.
public enum HostileCorpus {
    /// Erase display, OSC 52 clipboard write ("PWNED" in base64), OSC 0 window title,
    /// a cursor-position report request, 8-bit CSI (U+009B), BEL, DEL, a C1 NEL and
    /// bidi overrides/isolates. (A raw NUL byte makes the loader skip a file as binary,
    /// so NUL reaches the text only through a YAML `\0` escape in the front matter.)
    public static let payload = "\u{1B}[2J\u{1B}]52;c;UFdORUQ=\u{07}\u{1B}]0;PWNED-TITLE\u{07}\u{1B}[6n"
        + "\u{9B}31mPWNED\u{9B}0m\u{07}\u{7F}\u{85}\u{202E}DENWP\u{202C}\u{2066}x\u{2069}"

    /// Byte strings that must never reach a terminal from the data. The first five are
    /// unambiguous (curses never sends them for `TERM=screen`); the rest are single controls.
    public static let forbiddenSequences: [(name: String, bytes: [UInt8])] = [
        ("ESC [2J", Array("\u{1B}[2J".utf8)),
        ("OSC 52 clipboard write", Array("\u{1B}]52".utf8)),
        ("OSC 0 window title", Array("\u{1B}]0;".utf8)),
        ("cursor position request ESC [6n", Array("\u{1B}[6n".utf8)),
        ("8-bit CSI U+009B", Array("\u{9B}".utf8)),
        ("C1 NEL U+0085", Array("\u{85}".utf8)),
        ("RIGHT-TO-LEFT OVERRIDE", Array("\u{202E}".utf8)),
        ("LEFT-TO-RIGHT ISOLATE", Array("\u{2066}".utf8)),
        ("BEL", [0x07]),
        ("NUL", [0x00]),
        ("DEL", [0x7F]),
    ]

    /// The hostile file name's escape (an OSC 0 title inside the name).
    public static let hostileFileName = "name\u{1B}]0;PWNED-NAME\u{07}\u{202E}.txt"

    /// Documents ``make()`` yields (every file loads).
    public static let documentCount = 5

    /// Writes the corpus into a fresh temporary directory and returns it.
    ///
    /// Files: an HTML report with front matter (YAML escapes `\e`, `\a`, `\x9b`) and raw control
    /// bytes in the body; a plain-text report; a file whose *name* holds an escape sequence; a
    /// GB18030 report with control bytes and a four-byte code in the surrogate range; and one
    /// clean report, so the browser has something ordinary to show too.
    public static func make() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-hostile-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let p = payload
        let frontMatter = """
            ---
            title: "吉林：巡视\\e]0;PWNED-YAML\\a\\0监督\\e[2J\\x9b31m\\u202e报告"
            author: "作者\\e]52;c;UFdORUQ=\\a"
            source: "来源\\e[6n"
            date: 2021-12-21
            ---
            <div><p>　　近日，吉林省委巡视组\(p)移交问题线索74件，立案22人。</p>
            <p>第二段\(p)巡察监督。</p></div>

            """
        try Data(frontMatter.utf8).write(to: dir.appendingPathComponent("a_frontmatter.txt"))
        let plain = "四川：巡察\(p)标题\n\n县委巡察机构\(p)坚持问题导向，发现问题线索12件。\n第二段\u{1B}[31m红色\u{1B}[0m。\n"
        try Data(plain.utf8).write(to: dir.appendingPathComponent("b_plain.txt"))
        try Data("新疆：巡察工作综述\n\n乌鲁木齐市巡察组进驻开展巡察。\n".utf8)
            .write(to: dir.appendingPathComponent(hostileFileName))
        // GB18030: Chinese text encoded as GB18030, ESC sequences (ASCII, so unchanged), and
        // 0x8336C739 — the four-byte code just past U+D7FF, where a lax decoder would produce a
        // lone surrogate.
        let gbText = "湖南：巡视\u{1B}]0;PWNED-GB\u{07}整改\n\n省委巡视组\u{1B}[2J反馈问题线索8件。\n"
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        var gb = Array(gbText.data(using: gb18030) ?? Data())
        gb += [0x83, 0x36, 0xC7, 0x39] + Array("巡察\n".data(using: gb18030) ?? Data())
        try Data(gb).write(to: dir.appendingPathComponent("c_gb18030.txt"))
        try Data("吉林：聚焦重点加强监督\n\n吉林省委巡视组立案3人。\n".utf8).write(to: dir.appendingPathComponent("d_clean.txt"))
        return dir
    }

    /// The first forbidden sequence found in `bytes`, or `nil` when there is none.
    public static func firstForbidden(in bytes: [UInt8], skipping: Set<String> = []) -> (name: String, offset: Int)? {
        for (name, needle) in forbiddenSequences where !skipping.contains(name) {
            if let offset = find(needle, in: bytes) { return (name, offset) }
        }
        return nil
    }

    /// Offset of the first occurrence of `needle` in `haystack`.
    public static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
