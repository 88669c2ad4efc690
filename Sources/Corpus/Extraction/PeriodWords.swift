/// Period words that qualify a figure (`五年来`, `今年以来`, `2021年`, `截至目前`, `十一届` …).
///
/// The period of a figure is the period phrase nearest before it in the same sentence.
enum PeriodWords {
    /// Fixed phrases, longest first.
    static let literals: [[Unicode.Scalar]] = [
        "今年前三季度", "今年上半年", "今年以来", "去年以来", "近年以来", "本届以来", "截至目前", "截至日前",
        "近年来", "前三季度", "上半年", "下半年", "去年底", "去年", "今年", "目前",
    ].map { Array($0.unicodeScalars) }

    static let nianLai = Array("年来".unicodeScalars)
    static let nianYiLai = Array("年以来".unicodeScalars)
    static let yiLai = Array("以来".unicodeScalars)
    /// Whether a scalar starts one of the literals (a quick test before comparing).
    @inline(__always)
    static func startsLiteral(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "今", "去", "近", "本", "截", "前", "上", "下", "目": return true
        default: return false
        }
    }

    static let yearTails: [[Unicode.Scalar]] = ["以来", "上半年", "下半年", "年底", "年初", "底", "初", "份"]
        .map { Array($0.unicodeScalars) }

    /// The nearest period phrase in `[from, to)` of the normalised text, or `nil`.
    static func period(in text: PreparedText, from: Int, to: Int) -> String? {
        var best: (start: Int, end: Int)?
        var k = from
        while k < to {
            let clauseStart = k == from || Sentences.isClauseEnd(text.normalized[k - 1])
            if let end = match(text, at: k, limit: to, clauseStart: clauseStart), end <= to {
                if best == nil || end > best!.end || (end == best!.end && k < best!.start) { best = (k, end) }
            }
            k += 1
        }
        guard let best else { return nil }
        return text.normalizedString(best.start, best.end)
    }

    /// End of a period phrase starting at `k`, if one starts there.
    private static func match(_ text: PreparedText, at k: Int, limit: Int, clauseStart: Bool) -> Int? {
        let s = text.normalized
        if startsLiteral(s[k]), let literal = literals.first(where: { text.matches($0, at: k) }) {
            return k + literal.count
        }
        // 2021年, 2021年9月, 2021年以来 …
        if k + 4 < s.count, (0..<4).allSatisfy({ s[k + $0].isASCIIDigit }), s[k + 4] == "年",
           k == 0 || !s[k - 1].isASCIIDigit {
            var end = k + 5
            var m = end
            while m < s.count, m < end + 2, s[m].isASCIIDigit { m += 1 }
            if m > end, m < s.count, s[m] == "月" { end = m + 1 }
            if let tail = yearTails.first(where: { text.matches($0, at: end) }) { end += tail.count }
            return end
        }
        // 五年来, 3年来, 十一届 (a term), 十八大以来 / 第十一次党代会以来
        var m = k
        while m < s.count, m < k + 4, s[m].isASCIIDigit || NumberReader.isChineseNumeral(s[m]) { m += 1 }
        if m > k, k == 0 || !(s[k - 1].isASCIIDigit || NumberReader.isChineseNumeral(s[k - 1]) || s[k - 1] == "第") {
            if text.matches(nianLai, at: m) { return m + 2 }
            if text.matches(nianYiLai, at: m) { return m + 3 }
            if m < s.count, s[m] == "届", NumberReader.readChinese(s, at: k) != nil || s[k].isASCIIDigit { return m + 1 }
        }
        if clauseStart {
            var e = k
            while e < limit, e < k + 16, !Sentences.isClauseEnd(s[e]) {
                if text.matches(yiLai, at: e) { return e + 2 }
                e += 1
            }
        }
        return nil
    }
}
