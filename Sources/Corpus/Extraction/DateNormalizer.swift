/// Parses the date forms reports use into `YYYY-MM-DD`.
///
/// Accepted: RFC 822 (`Tue, 21 Dec 2021 23:50:30 GMT`, weekday optional; the calendar date is
/// taken as written, whatever the zone), ISO 8601 (`2022-05-27`, `2022-05-27T10:00:00+08:00`),
/// Chinese (`2024年04月29日 13:45`, `2024年4月29日`), `2021/9/3`, `2021.09.03`, `2021-9-3`, and
/// compact `20210903`. Full-width digits are accepted, and so is a label before a numeric
/// date (`发布时间:2022-05-27`). Years 1900–2100 only; impossible dates
/// (`2021-02-30`, month 13) give `nil`. A small hand parser: no `DateFormatter`, no allocation
/// beyond the token list.
enum DateNormalizer {
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    static func normalize(_ raw: String) -> String? {
        let folded = UTF8Bytes.string(raw.unicodeScalars.lazy.map(PreparedText.normalize)).trimmingSpaces
        guard !folded.isEmpty else { return nil }
        if folded.unicodeScalars.contains(where: { ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A && $0 != "T" && $0 != "Z" }) {
            if let date = rfc822(folded) { return date }
        }
        return numeric(folded)
    }

    /// `Tue, 21 Dec 2021 23:50:30 GMT` or `21 Dec 2021`.
    static func rfc822(_ s: String) -> String? {
        let tokens = s.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (i, token) in tokens.enumerated() {
            guard let month = months[String(token.lowercased().prefix(3))], i > 0, i + 1 < tokens.count,
                  let day = Int(tokens[i - 1]), let year = Int(tokens[i + 1]) else { continue }
            return format(year, month, day)
        }
        return nil
    }

    /// Date forms made of digits and separators, taken from the first digit on
    /// (so a label such as `发布时间:` before the date is skipped).
    static func numeric(_ s: String) -> String? {
        var groups: [Int] = []
        var lengths: [Int] = []
        var current = 0, length = 0
        for c in s.unicodeScalars.drop(while: { !$0.isASCIIDigit }) {
            if c.isASCIIDigit {
                current = current * 10 + Int(c.value - 0x30); length += 1
                if length > 8 { return nil }
                continue
            }
            if length > 0 { groups.append(current); lengths.append(length); current = 0; length = 0 }
            if groups.count == 3 { break }
            guard "-/.年月日 ".unicodeScalars.contains(c) else { break }
        }
        if length > 0, groups.count < 3 { groups.append(current); lengths.append(length) }
        if groups.count >= 1, lengths[0] == 8 {
            let v = groups[0]
            return format(v / 10_000, (v / 100) % 100, v % 100)
        }
        guard groups.count >= 3, lengths[0] == 4, lengths[1] <= 2, lengths[2] <= 2 else { return nil }
        return format(groups[0], groups[1], groups[2])
    }

    static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month, year) else { return nil }
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
