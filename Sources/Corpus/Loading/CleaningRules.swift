import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every cleaning rule, in the order they run. This is the one place rules are defined.
///
/// Matching is deliberately conservative: furniture rules only look at short
/// paragraphs (furniture is short; report prose is not), so a sentence in the body
/// that merely mentions 二维码 or 版权所有 survives.
public enum CleaningRules {
    public static let all: [CleaningRule] = [
        CleaningRule("unicode-space", "turn no-break and typographic spaces (U+00A0, U+2002–U+200A, U+202F) into plain spaces",
                     .rewrite(plainSpaces)),
        CleaningRule("trim-indent", "strip leading indents (`　　`), surrounding whitespace and zero-width characters",
                     .rewrite(trim)),
        CleaningRule("pinyin-annotation", "remove inline pinyin after Han characters: `網(wǎng)` → `網`",
                     .rewrite(PinyinAnnotation.strip)),
        CleaningRule("empty", "drop empty paragraphs", .drop { $0.isEmpty }),
        CleaningRule("disclaimer-block", "cut from a short line naming 免责声明 / 免責聲明 to the end",
                     .cutFrom { short($0, 60) && containsAny($0, ["免责声明", "免責聲明", "版权声明", "版權聲明"]) }),
        CleaningRule("nav-crumb", "drop navigation crumbs such as `首页 > 新闻 > 正文`",
                     .drop(isCrumb)),
        CleaningRule("site-name-line", "drop short site-name lines ending in 正文, e.g. `中新社四川分社正文`",
                     .dropInHead(6, isSiteNameLine)),
        CleaningRule("meta-line", "drop page-head metadata lines (来源 / 发布时间 / 编辑 / 阅读次数) once read",
                     .dropInHead(12) { MetadataLine.parse($0) != nil }),
        CleaningRule("media-line", "drop a first line that only names the publishing medium (`中国纪检监察报`) once read",
                     .dropInHead(1, isMediaLine)),
        CleaningRule("read-count", "drop lines giving a read or click count (阅读次数, 浏览次数 …)",
                     .drop { short($0, 80) && containsAny($0, ["阅读次数", "閱讀次數", "浏览次数", "瀏覽次數", "点击数", "點擊數"]) }),
        CleaningRule("share-widget", "drop share widgets: `分享到 …` and a lone `X` / `×`",
                     .drop(isShareWidget)),
        CleaningRule("qr-promo", "drop QR-code blocks and app promotions (二维码, 扫一扫, `…APP`)",
                     .drop(isPromo)),
        CleaningRule("site-footer", "drop copyright / ICP footers (版权所有, ICP备, 公网安备, 网站声明)",
                     .drop(isFooter)),
        CleaningRule("original-title", "drop `原标题：…` lines",
                     .drop { TextSearch.hasPrefix($0, "原标题") || TextSearch.hasPrefix($0, "原標題") }),
        CleaningRule("editor-line", "drop stand-alone editor lines (`责任编辑：梁斌 SF055`) once read",
                     .drop { EditorCredit.lineCredit($0) != nil }),
        CleaningRule("editor-credit", "remove a trailing `（… || 责任编辑 …）` credit from the last paragraph",
                     .rewriteLast { EditorCredit.trailingCredit(in: $0)?.rest ?? $0 }),
        CleaningRule("end-mark", "remove `(完)` / `（完）` at the end of the last paragraph",
                     .rewriteLast(stripEndMark)),
        CleaningRule("empty-again", "drop paragraphs the rules above emptied", .drop { $0.isEmpty }),
        CleaningRule("repeat", "drop a paragraph identical to the one before it (repeated captions)", .dropRepeats),
    ]

    /// Runs every rule in order.
    public static func clean(_ paragraphs: [String]) -> [String] {
        all.reduce(paragraphs) { $1.apply($0) }
    }

    /// The rule called `name`.
    public static func rule(named name: String) -> CleaningRule? { all.first { $0.name == name } }

    /// Registration marks that never occur in report prose.
    static let registrationMarks = ["ICP备", "ICP證", "ICP证", "公网安备", "公網安備"]
    static let footerStarts = ["版权所有", "版權所有", "Copyright", "copyright", "©", "网站声明", "網站聲明"]

    /// A footer: a line with an ICP / public-security registration number, or a short line
    /// starting with a copyright mark, or a short line with `版权所有：`.
    @Sendable static func isFooter(_ s: String) -> Bool {
        guard short(s, 160) else { return false }
        if containsAny(s, registrationMarks) { return true }
        guard short(s, 80) else { return false }
        return footerStarts.contains { TextSearch.hasPrefix(s, $0) } || containsAny(s, ["版权所有:", "版权所有：", "版權所有:", "版權所有："])
    }

    /// A short head line naming the site's section followed by 正文, e.g. `中新社四川分社正文`.
    @Sendable static func isSiteNameLine(_ s: String) -> Bool {
        guard short(s, 20), s.unicodeScalars.count >= 5, TextSearch.hasSuffix(s, "正文") else { return false }
        let name = String(s.unicodeScalars.dropLast(2))
        return ["社", "网", "網", "站", "报", "報", "台", "道", "闻", "聞", "刊"].contains { TextSearch.hasSuffix(name, $0) }
    }

    static func short(_ s: String, _ limit: Int) -> Bool { TextSearch.isShort(s, limit) }

    static func containsAny(_ s: String, _ needles: [String]) -> Bool { TextSearch.containsAny(s, needles) }

    @Sendable static func plainSpaces(_ s: String) -> String {
        guard mayHaveOddSpace(s) else { return s }
        return UTF8Bytes.string(s.unicodeScalars.lazy.map { isOddSpace($0) ? " " : $0 })
    }

    /// Whether `s` holds a scalar ``isOddSpace(_:)`` accepts, tested on UTF-8 bytes: every such
    /// space is `C2 A0` (U+00A0) or starts `E2 80` / `E2 81` (U+2002–U+200A, U+202F, U+205F).
    static func mayHaveOddSpace(_ s: String) -> Bool {
        UTF8Bytes.with(s) { bytes in
            guard let base = bytes.baseAddress else { return false }
            let n = bytes.count
            // U+00A0: memchr for its lead byte C2.
            var i = 0
            while i + 1 < n, let hit = memchr(base + i, 0xC2, n - 1 - i) {
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if base[at + 1] == 0xA0 { return true }
                i = at + 1
            }
            // The others: memchr for their lead byte E2.
            i = 0
            while i + 2 < n, let hit = memchr(base + i, 0xE2, n - 2 - i) {
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                let b1 = base[at + 1], b2 = base[at + 2]
                if b1 == 0x80 && ((0x82...0x8A).contains(b2) || b2 == 0xAF) { return true }
                if b1 == 0x81 && b2 == 0x9F { return true }
                i = at + 1
            }
            return false
        }
    }

    static func isOddSpace(_ c: Unicode.Scalar) -> Bool {
        c.value == 0xA0 || (0x2002...0x200A).contains(c.value) || c.value == 0x202F || c.value == 0x205F
    }

    /// `s` without leading and trailing white space (including U+3000 and no-break space)
    /// and zero-width characters.
    @Sendable static func trim(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return s }
        return String(s[first..<scalars.index(after: last)])
    }

    static func isTrimmed(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    @Sendable static func isCrumb(_ s: String) -> Bool {
        guard short(s, 120) else { return false }
        let starts = ["首页", "首頁", "当前位置", "當前位置", "您的位置", "你的位置", "您现在的位置", "位置："]
        guard starts.contains(where: { TextSearch.hasPrefix(s, $0) }) else { return false }
        return containsAny(s, [">", "＞", "»", "›", "→", "-&gt;"])
    }

    /// A short line naming a newspaper, site or broadcaster and nothing else.
    @Sendable static func isMediaLine(_ s: String) -> Bool {
        guard s.utf8.count <= 48 else { return false }
        let count = s.unicodeScalars.count
        guard count >= 3, count <= 12, s.unicodeScalars.allSatisfy({ MojibakeCheck.isHan($0) }) else { return false }
        return ["报", "報", "日报", "網", "网", "新闻", "新聞", "杂志", "雜誌", "电视台", "電視台", "通讯社", "通訊社"]
            .contains { TextSearch.hasSuffix(s, $0) }
    }

    @Sendable static func isShareWidget(_ s: String) -> Bool {
        if ["X", "x", "×", "✕", "关闭", "關閉"].contains(s) { return true }
        return short(s, 40) && ["分享到", "分享至", "分享："].contains { TextSearch.hasPrefix(s, $0) }
    }

    @Sendable static func isPromo(_ s: String) -> Bool {
        guard short(s, 60) else { return false }
        if containsAny(s, ["二维码", "二維碼", "扫一扫", "掃一掃", "扫码", "掃碼"]) { return true }
        return containsAny(s, ["APP", "App", "app"]) && containsAny(s, ["尽在", "盡在", "下载", "下載", "客户端", "客戶端"])
    }

    @Sendable static func stripEndMark(_ s: String) -> String {
        var text = s
        for mark in ["(完)", "（完）", "【完】", "[完]"] where TextSearch.hasSuffix(text, mark) {
            text.unicodeScalars.removeLast(mark.unicodeScalars.count)
            return trim(text)
        }
        return text
    }
}
