@testable import Corpus
import Foundation
import Testing
import XunshiTestSupport

/// Pins the loader's byte- and scalar-level fast paths against the plain implementations
/// they replaced (kept below as references): random inputs through both must agree.
@Suite struct LoaderFastPathTests {
    /// Pieces random texts are made of: Han, pinyin with precomposed and combining tone marks,
    /// both kinds of parentheses, odd and ordinary spaces, zero-width characters, markup,
    /// editor credits, line ends, astral ideographs and bytes sharing lead bytes with odd spaces.
    static let pieces: [String] = [
        "網", "联", "動", "的", "中", "巡", "察", "(", ")", "（", "）", "a", "z", "n", "g", "r", "zh", "de", "men",
        "ǎ", "á", "ü", "ǜ", "é", "ē", "a\u{0301}", "u\u{0308}", "\u{0341}", "wǎng", "lián", "dòng", "zhuàng", "app",
        "\u{00A0}", "\u{2002}", "\u{2003}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{2010}", "\u{2014}", "“", "”", "…",
        "\u{00B7}", " ", "\u{3000}", "\u{200B}", "\u{FEFF}", "\t", "\n", "\r", "<", "p", "div", ">", "/", "编辑", "編輯",
        "责编", "责任编辑", "：", ":", "||", "吉林省纪委监委", "正文", "SF055", "梁斌", "𠀀", "Ω", "д", "\u{3099}", "1", "。",
    ]

    static func randomText(_ rng: inout SplitMix64, maxPieces: Int = 24) -> String {
        let n = Int(rng.next() % UInt64(maxPieces + 1))
        return (0..<n).map { _ in rng.pick(pieces) }.joined()
    }

    static let rounds = 5_000

    @Test func pinyinStripMatchesReference() {
        var rng = SplitMix64(state: 0x51)
        for _ in 0..<Self.rounds {
            let text = Self.randomText(&rng)
            #expect(PinyinAnnotation.strip(text) == Reference.strip(text), "\(Array(text.unicodeScalars))")
        }
        #expect(PinyinAnnotation.strip("聯(lián)動(dòng)網（wǎng）") == "聯動網")
    }

    @Test func syllableOnScalarsMatchesSyllableOnStrings() {
        var rng = SplitMix64(state: 0x52)
        let letters = ["a", "e", "i", "o", "u", "ü", "n", "g", "r", "h", "z", "c", "s", "w", "l", "d",
                       "ǎ", "á", "ē", "ǜ", "ò", "a\u{0301}", "u\u{0308}\u{0304}", "\u{0300}", "é", "Ω", "网", "x"]
        for _ in 0..<Self.rounds {
            let n = Int(rng.next() % 9)
            let s = (0..<n).map { _ in rng.pick(letters) }.joined()
            let scalars = ArraySlice(Array(s.unicodeScalars))
            #expect(PinyinAnnotation.isSyllable(scalars) == PinyinAnnotation.isSyllable(s), "\(Array(s.unicodeScalars))")
        }
        for s in ["wǎng", "zhuàng", "lián", "de", "lüè", "nǚ", "er"] {
            #expect(PinyinAnnotation.isSyllable(ArraySlice(Array(s.unicodeScalars))) == PinyinAnnotation.isSyllable(s))
        }
    }

    @Test func oddSpaceTestMatchesScalarTest() {
        var rng = SplitMix64(state: 0x53)
        for _ in 0..<Self.rounds {
            let text = Self.randomText(&rng)
            #expect(CleaningRules.mayHaveOddSpace(text) == text.unicodeScalars.contains(where: CleaningRules.isOddSpace))
            #expect(CleaningRules.plainSpaces(text)
                    == String(String.UnicodeScalarView(text.unicodeScalars.map { CleaningRules.isOddSpace($0) ? " " : $0 })))
        }
    }

    @Test func byteCountsAndAffixesMatchViews() {
        var rng = SplitMix64(state: 0x54)
        for _ in 0..<Self.rounds {
            let text = Self.randomText(&rng), other = Self.randomText(&rng, maxPieces: 3)
            #expect(UTF8Bytes.scalarCount(text) == text.unicodeScalars.count)
            let limit = Int(rng.next() % 30)
            #expect(TextSearch.isShort(text, limit) == (text.unicodeScalars.count <= limit))
            #expect(TextSearch.hasSuffix(text, other) == text.utf8.reversed().starts(with: other.utf8.reversed()))
            #expect(UTF8Bytes.string(Array(text.unicodeScalars)) == text)
            #expect(CleaningRules.trim(text) == Reference.trim(text))
            #expect(DocumentBuilder.trimmedWhitespace(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(EditorCredit.cleanName(text) == Reference.cleanName(text))
        }
    }

    /// The builder skips the first three rules because ``DocumentBuilder/normalise(_:)`` already ran
    /// them: that is only right if running them again changes nothing.
    @Test func normalisingIsIdempotentAndItsRulesAreTheFirstThree() {
        var rng = SplitMix64(state: 0x55)
        for _ in 0..<Self.rounds {
            let once = DocumentBuilder.normalise(Self.randomText(&rng))
            #expect(DocumentBuilder.normalise(once) == once)
            let rules = CleaningRules.all.prefix(3)
            #expect(rules.reduce([once]) { $1.apply($0) } == [once])
        }
        #expect(Array(CleaningRules.all.prefix(3).map(\.name)) == DocumentBuilder.normalisingRules)
        #expect(DocumentBuilder.rulesAfterNormalising.map(\.name) == CleaningRules.all.dropFirst(3).map(\.name))
    }

    @Test func markupTestAndLineSplitMatchReference() {
        var rng = SplitMix64(state: 0x56)
        for _ in 0..<Self.rounds {
            let text = Self.randomText(&rng)
            let slice = text.dropFirst(Int(rng.next() % 3))
            #expect(SourceFormat.looksLikeHTML(slice) == Reference.looksLikeHTML(slice), "\(text)")
            #expect(SourceReaders.plainText(slice).lines == Reference.plainTextLines(slice))
        }
    }

    @Test func sentenceSliceMatchesReference() {
        var rng = SplitMix64(state: 0x57)
        for _ in 0..<Self.rounds {
            let paragraph = Self.randomText(&rng)
            let needle = Substring(Self.randomText(&rng, maxPieces: 3))
            let fast = SentenceSharing.slice(of: needle, in: paragraph)
            let slow = Reference.slice(of: needle, in: paragraph)
            #expect(fast == slow)
            #expect(fast?.startIndex == slow?.startIndex)
        }
    }

    @Test func scalarDecodingMojibakeCountsAndPoliciesMatchReference() {
        var rng = SplitMix64(state: 0x59)
        let extra = ["《", "》", "〈", "关于", "意见", "\u{FFFD}", "Ã", "å", "é", "×", "鍚", "夋", "灄", "h", "𠀀", "\u{10FFFF}"]
        for _ in 0..<Self.rounds {
            let n = Int(rng.next() % 30)
            let text = (0..<n).map { _ in rng.next() % 3 == 0 ? rng.pick(extra) : rng.pick(Self.pieces) }.joined()
            #expect(UTF8Bytes.scalars(text) == Array(text.unicodeScalars))
            #expect(MojibakeCheck.counts(text) == Reference.counts(text))
            let title = Self.randomText(&rng, maxPieces: 4) + rng.pick(extra)
            #expect(PolicyExtractor.policies(in: [title, text]) == Reference.policies(in: [title, text]))
        }
    }

    @Test func editorCreditPrechecksKeepRegexAnswers() {
        var rng = SplitMix64(state: 0x58)
        for _ in 0..<Self.rounds / 4 {
            let text = Self.randomText(&rng, maxPieces: 12)
            #expect(EditorCredit.lineCredit(text) == Reference.lineCredit(text))
            #expect(EditorCredit.trailingCredit(in: text)?.editor == Reference.trailingEditor(text))
        }
        #expect(EditorCredit.lineCredit("责任编辑：梁斌 SF055") == "梁斌")
        #expect(EditorCredit.trailingCredit(in: "答卷。（吉林省纪委监委　||　责任编辑　周振华）")?.editor == "周振华")
    }

    @Test func metadataLinesStillParse() {
        #expect(MetadataLine.parse("来源:吉林省纪委监委网站 发布时间:2022-05-27 阅读次数:43818")
                == MetadataLine(source: "吉林省纪委监委网站", date: "2022-05-27"))
        #expect(MetadataLine.parse("2024年04月29日 13:45 來源:中新網四川 編輯:曹惠君")
                == MetadataLine(source: "中新網四川", date: "2024年04月29日 13:45", editor: "曹惠君"))
        #expect(MetadataLine.parse("近日，巡视组进驻。") == nil)
    }

}

/// The implementations the fast paths replaced, verbatim.
private enum Reference {
    static func counts(_ text: String) -> MojibakeCheck.Counts {
        var c = MojibakeCheck.Counts()
        var previous: Unicode.Scalar = " "
        var beforePrevious: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            let v = scalar.value
            c.scalars += 1
            if v >= 0x80 { c.nonASCII += 1 }
            if v == 0xFFFD { c.replacement += 1 }
            if (0x80...0xFF).contains(v) && v != 0xA0 && v != 0xB7 && v != 0xD7 { c.latin1 += 1 }
            let han = MojibakeCheck.isHan(scalar)
            if han {
                c.han += 1
                if CommonHanzi.isFrequent(scalar) { c.commonHan += 1 }
                if MojibakeCheck.isHan(beforePrevious), ("a"..."z").contains(previous) { c.strayLatin += 1 }
            }
            beforePrevious = previous
            previous = scalar
        }
        return c
    }

    static func policies(in texts: [String]) -> [String] {
        var found: [String] = []
        for text in texts {
            var depth = 0
            var current = String.UnicodeScalarView()
            for c in text.unicodeScalars {
                if c == "《" {
                    if depth > 0 { current.append(c) }
                    depth += 1
                } else if c == "》", depth > 0 {
                    depth -= 1
                    if depth > 0 { current.append(c); continue }
                    let title = String(current).trimmingSpaces
                    current = String.UnicodeScalarView()
                    guard !title.isEmpty, !found.contains(title),
                          !found.contains(where: { $0.hasSuffix(title) }) else { continue }
                    found.append(title)
                } else if depth > 0 {
                    if c == "\n" { depth = 0; current = String.UnicodeScalarView(); continue }
                    current.append(c)
                }
            }
        }
        return found
    }

    static func strip(_ text: String) -> String {
        guard PinyinAnnotation.mayHaveAnnotation(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        var previousIsHan = false
        var changed = false
        while index < scalars.count {
            let scalar = scalars[index]
            if previousIsHan, scalar == "(" || scalar == "（",
               let close = closing(in: scalars, after: index, for: scalar),
               PinyinAnnotation.isSyllable(String(String.UnicodeScalarView(scalars[(index + 1)..<close]))) {
                index = close + 1
                changed = true
                continue
            }
            out.append(scalar)
            previousIsHan = MojibakeCheck.isHan(scalar) || (0xF900...0xFAFF).contains(scalar.value)
            index += 1
        }
        return changed ? String(out) : text
    }

    private static func closing(in scalars: [Unicode.Scalar], after open: Int, for scalar: Unicode.Scalar) -> Int? {
        let target: Unicode.Scalar = scalar == "(" ? ")" : "）"
        var index = open + 1
        while index < scalars.count, index <= open + 8 {
            if scalars[index] == target { return index }
            index += 1
        }
        return nil
    }

    static func trim(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !CleaningRules.isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !CleaningRules.isTrimmed($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return s }
        return String(scalars[first...last])
    }

    static func looksLikeHTML(_ text: Substring) -> Bool {
        let head = Array(text.utf8.prefix(65_536))
        guard let first = head.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            return false
        }
        if first == UInt8(ascii: "<") { return true }
        let tags: [[UInt8]] = ["p", "div", "br", "html", "body", "table", "h1", "h2", "section", "article"].map { Array($0.utf8) }
        var index = 0
        while let open = head[index...].firstIndex(of: UInt8(ascii: "<")) {
            for tag in tags where matchesTag(head, at: open + 1, tag) { return true }
            index = open + 1
        }
        return false
    }

    private static func matchesTag(_ bytes: [UInt8], at: Int, _ tag: [UInt8]) -> Bool {
        guard at + tag.count < bytes.count else { return false }
        for (offset, expected) in tag.enumerated() where bytes[at + offset] | 0x20 != expected {
            return false
        }
        let next = bytes[at + tag.count]
        return next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "/") || next == 0x0A
    }

    static func plainTextLines(_ text: Substring) -> [String] {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).flatMap { line in
            line.split(separator: 0x0D, omittingEmptySubsequences: false)
        }
        return lines.map { String(decoding: $0, as: UTF8.self) }
    }

    static func slice(of needle: Substring, in paragraph: String) -> Substring? {
        let n = Array(needle.utf8), hay = paragraph.utf8
        guard let first = n.first, hay.count >= n.count else { return nil }
        var i = hay.startIndex
        var remaining = hay.count
        while remaining >= n.count {
            if hay[i] == first, hay[i...].starts(with: n) {
                let end = hay.index(i, offsetBy: n.count)
                return paragraph[i..<end]
            }
            i = hay.index(after: i)
            remaining -= 1
        }
        return nil
    }

    static func cleanName(_ raw: String) -> String {
        var parts = raw.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        if parts.count > 1, let last = parts.last,
           last.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }),
           last.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) {
            parts.removeLast()
        }
        return parts.joined(separator: " ")
    }

    static func lineCredit(_ text: String) -> String? {
        let ns = text as NSString
        guard ns.length <= 40,
              let match = EditorCredit.line.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let name = EditorCredit.cleanName(ns.substring(with: match.range(at: 1)))
        return name.isEmpty ? nil : name
    }

    static func trailingEditor(_ paragraph: String) -> String? {
        let ns = paragraph as NSString
        guard let match = EditorCredit.trailing.firstMatch(in: paragraph, range: NSRange(location: 0, length: ns.length)) else {
            return nil
        }
        let editor = EditorCredit.cleanName(ns.substring(with: match.range(at: 2)))
        return editor.isEmpty ? nil : editor
    }
}
