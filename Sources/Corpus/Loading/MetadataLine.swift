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

    enum Field: Sendable { case source, date, editor, author, ignored }

    /// A date at the start of a line: `2024年04月29日 13:45`, `2022-05-27 10:00:00`, `2021/9/3`.
    static let leadingDate = try! NSRegularExpression(
        pattern: #"^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(\s+\d{1,2}:\d{2}(:\d{2})?)?"#)

    /// Parses `line` when it reads as a metadata line; `nil` for ordinary text.
    ///
    /// A metadata line is at most 160 characters and either starts with a date or a
    /// label, or holds two or more labels; each label is followed by `:` or `：`, and its
    /// value runs to the next label. A line that is only a date counts too.
    static func parse(_ line: String) -> MetadataLine? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= 160 else { return nil }
        let found = labelPositions(in: text)
        let ns = text as NSString
        let dateMatch = leadingDate.firstMatch(in: text, range: NSRange(location: 0, length: ns.length))
        let startsWithLabel = found.first.map { text.distance(from: text.startIndex, to: $0.range.lowerBound) == 0 } ?? false
        if found.isEmpty {
            guard let dateMatch, dateMatch.range.length == ns.length else { return nil }
            return MetadataLine(date: ns.substring(with: dateMatch.range).trimmingCharacters(in: .whitespaces))
        }
        guard startsWithLabel || dateMatch != nil || found.count >= 2 else { return nil }
        var result = MetadataLine()
        if let dateMatch { result.date = ns.substring(with: dateMatch.range).trimmingCharacters(in: .whitespaces) }
        for (index, label) in found.enumerated() {
            let end = index + 1 < found.count ? found[index + 1].range.lowerBound : text.endIndex
            let value = String(text[label.valueStart..<end]).trimmingCharacters(in: .whitespaces)
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

    private struct Found { var range: Range<String.Index>; var valueStart: String.Index; var field: Field }

    /// Every `label:` occurrence in order, not overlapping.
    private static func labelPositions(in text: String) -> [Found] {
        var result: [Found] = []
        var index = text.startIndex
        outer: while index < text.endIndex {
            for (label, field) in labels where text[index...].hasPrefix(label) {
                var after = text.index(index, offsetBy: label.count)
                while after < text.endIndex, text[after] == " " || text[after] == "\u{3000}" { after = text.index(after: after) }
                if after < text.endIndex, text[after] == ":" || text[after] == "：" {
                    let valueStart = text.index(after: after)
                    result.append(Found(range: index..<valueStart, valueStart: valueStart, field: field))
                    index = valueStart
                    continue outer
                }
            }
            index = text.index(after: index)
        }
        return result
    }
}
