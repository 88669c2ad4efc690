import Foundation

/// A page-head line such as `来源:吉林省纪委监委网站 发布时间:2022-05-27 阅读次数:43818`
/// or `2024年04月29日 13:45 來源:中新網四川 編輯:曹惠君`.
struct MetadataLine: Sendable, Equatable {
    var source: String?
    var date: String?
    var editor: String?
    var author: String?

    /// What each label means. Longer labels come first so `责任编辑` wins over `编辑`.
    static let labels: [(String, Field)] = [
        ("信息来源", .source), ("文章来源", .source), ("来源", .source), ("來源", .source), ("稿源", .source),
        ("出处", .source), ("出處", .source),
        ("发布时间", .date), ("發佈時間", .date), ("發布時間", .date), ("发布日期", .date), ("發佈日期", .date),
        ("更新时间", .date), ("时间", .date), ("時間", .date), ("日期", .date),
        ("责任编辑", .editor), ("責任編輯", .editor), ("编辑", .editor), ("編輯", .editor), ("责编", .editor),
        ("作者", .author), ("通讯员", .author), ("通訊員", .author), ("记者", .author), ("記者", .author),
        ("阅读次数", .ignored), ("閱讀次數", .ignored), ("浏览次数", .ignored), ("瀏覽次數", .ignored),
        ("点击数", .ignored), ("點擊數", .ignored), ("字号", .ignored), ("字號", .ignored),
    ]

    private static let labelTexts = labels.map(\.0)

    enum Field: Sendable { case source, date, editor, author, ignored }

    /// A date at the start of a line: `2024年04月29日 13:45`, `2022-05-27 10:00:00`, `2021/9/3`.
    static let leadingDate = try! NSRegularExpression(
        pattern: #"^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(\s+\d{1,2}:\d{2}(:\d{2})?)?"#)

    /// Parses `line` when it reads as a metadata line; `nil` for ordinary text.
    ///
    /// A metadata line is at most 160 characters and either starts with a date, or holds
    /// two or more labels, or starts with a label and is at most 40 characters; each label is followed by `:` or `：`, and its
    /// value runs to the next label. A line that is only a date counts too.
    static func parse(_ line: String) -> MetadataLine? {
        guard line.utf8.count <= 160 * 4 else { return nil }
        // Fast reject: every metadata line has a label colon or starts with a date.
        let hasColon = UTF8Bytes.with(line) { UTF8Bytes.contains($0, 0x3A) } || TextSearch.contains(line, "：")
        let hasLabel = hasColon && TextSearch.containsAny(line, labelTexts)
        let firstByte = line.utf8.first { $0 != 0x20 && $0 != 0x09 }
        guard hasLabel || firstByte.map({ (0x30...0x39).contains($0) }) == true else { return nil }
        let scalars = Array(CleaningRules.trim(line).unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 160 else { return nil }
        let found = labelPositions(in: scalars)
        let text = UTF8Bytes.string(scalars)
        let ns = text as NSString
        let startsWithDigit = ("0"..."9").contains(scalars[0])
        let dateMatch = startsWithDigit
            ? leadingDate.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) : nil
        if found.isEmpty {
            guard let dateMatch, dateMatch.range.length == ns.length else { return nil }
            return MetadataLine(date: CleaningRules.trim(ns.substring(with: dateMatch.range)))
        }
        guard found[0].start == 0 || dateMatch != nil || found.count >= 2 else { return nil }
        // A lone label (`时间：2021年3月至5月，巡视组…`) counts only on a short line.
        if found.count == 1, dateMatch == nil, scalars.count > 40 { return nil }
        var result = MetadataLine()
        if let dateMatch { result.date = CleaningRules.trim(ns.substring(with: dateMatch.range)) }
        for (index, label) in found.enumerated() {
            let end = index + 1 < found.count ? found[index + 1].start : scalars.count
            let value = CleaningRules.trim(UTF8Bytes.string(scalars[label.valueStart..<end]))
            guard !value.isEmpty else { continue }
            switch label.field {
            case .source: result.source = result.source ?? value
            case .date: result.date = result.date ?? value
            case .editor: result.editor = result.editor ?? value
            case .author: result.author = result.author ?? value
            case .ignored: break
            }
        }
        return result
    }

    private struct Found { var start: Int; var valueStart: Int; var field: Field }

    /// Labels as scalar arrays, grouped by first scalar (order within a group kept: longest first).
    private static let labelsByFirst: [Unicode.Scalar: [([Unicode.Scalar], Field)]] = {
        var result: [Unicode.Scalar: [([Unicode.Scalar], Field)]] = [:]
        for (label, field) in labels {
            let scalars = Array(label.unicodeScalars)
            result[scalars[0], default: []].append((scalars, field))
        }
        return result
    }()

    /// Every `label:` occurrence in order, not overlapping (positions are scalar offsets).
    private static func labelPositions(in text: [Unicode.Scalar]) -> [Found] {
        var result: [Found] = []
        var index = 0
        outer: while index < text.count {
            for (label, field) in labelsByFirst[text[index]] ?? [] {
                guard index + label.count <= text.count, text[index..<index + label.count].elementsEqual(label) else {
                    continue
                }
                var after = index + label.count
                while after < text.count, text[after] == " " || text[after] == "\u{3000}" { after += 1 }
                if after < text.count, text[after] == ":" || text[after] == "：" {
                    result.append(Found(start: index, valueStart: after + 1, field: field))
                    index = after + 1
                    continue outer
                }
            }
            index += 1
        }
        return result
    }
}
