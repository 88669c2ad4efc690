/// Reads numbers written with digits (`2917`, `1,234`, `1.2万`, full-width digits after
/// normalisation) or Chinese numerals (`两`, `十五`, `三百`).
enum NumberReader {
    /// A number found in a normalised text.
    struct Number {
        let value: Double
        /// Unicode-scalar offsets `[start, end)` of the number, multiplier included.
        let start: Int
        let end: Int
    }

    static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let chineseUnits: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

    static func isChineseNumeral(_ c: Unicode.Scalar) -> Bool {
        chineseDigits[c] != nil || chineseUnits[c] != nil || c == "万" || c == "亿"
    }

    /// Reads an Arabic-digit number starting at `i` (which must be a digit not preceded by one).
    static func readDigits(_ s: [Unicode.Scalar], at i: Int) -> Number? {
        var j = i
        var digits = ""
        while j < s.count {
            let c = s[j]
            if c.isASCIIDigit { digits.unicodeScalars.append(c); j += 1; continue }
            if c == ",", !digits.isEmpty, j + 3 < s.count, (1...3).allSatisfy({ s[j + $0].isASCIIDigit }),
               j + 4 >= s.count || !s[j + 4].isASCIIDigit {
                j += 1; continue
            }
            if c == ".", j + 1 < s.count, s[j + 1].isASCIIDigit, !digits.contains(".") {
                digits.append("."); j += 1; continue
            }
            break
        }
        guard var value = Double(digits) else { return nil }
        if j < s.count, s[j] == "万" { value *= 10_000; j += 1 } else if j < s.count, s[j] == "亿" { value *= 100_000_000; j += 1 }
        return Number(value: value, start: i, end: j)
    }

    /// Reads a Chinese-numeral number starting at `i`; `nil` when the run is not a well-formed number.
    static func readChinese(_ s: [Unicode.Scalar], at i: Int) -> Number? {
        var j = i
        var total = 0, section = 0, digit = -1
        while j < s.count, isChineseNumeral(s[j]) {
            let c = s[j]
            if let d = chineseDigits[c] {
                if digit >= 0 { return nil }
                digit = d
            } else if let unit = chineseUnits[c] {
                section += (digit < 0 ? 1 : digit) * unit
                digit = -1
            } else {
                let big = c == "万" ? 10_000 : 100_000_000
                total += (section + max(digit, 0)) * big
                section = 0; digit = -1
            }
            j += 1
        }
        guard j > i else { return nil }
        let value = total + section + max(digit, 0)
        return Number(value: Double(value), start: i, end: j)
    }
}
