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

    /// Value of a Chinese digit (`〇`–`九`, `两`).
    @inline(__always)
    static func chineseDigit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    /// Value of a Chinese unit below ten thousand (`十`, `百`, `千`).
    @inline(__always)
    static func chineseUnit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        default: return nil
        }
    }

    @inline(__always)
    static func isChineseNumeral(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x3007 && (chineseDigit(c) != nil || chineseUnit(c) != nil || c == "万" || c == "亿")
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
            if let d = chineseDigit(c) {
                if digit >= 0 { return nil }
                digit = d
            } else if let unit = chineseUnit(c) {
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
