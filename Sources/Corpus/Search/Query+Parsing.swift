import Foundation

extension Query {
    /// Parses the query language described on ``Query``.
    ///
    /// - Throws: ``QueryError`` for a query longer than ``maxLength`` Unicode scalars, an
    ///   unknown field (`foo:bar`), a malformed year or range (`year:20x1`,
    ///   `year:2022..2020`) or an unknown level.
    ///
    /// - Parameter typing: The query is still being typed (the browser's search prompt).
    ///   Then a last word with nothing after it that is letters only and the start of a
    ///   field name (`y`, `ye`, `yea`, `year`, `prov`, `kin`, `so` …) is taken for a field
    ///   name on its way and ignored, as `year:` with no value is; a space after the word
    ///   (or quotes) makes it a term again. Without this, each such keystroke would match
    ///   the word as pinyin against every document only for the result to be thrown away
    ///   at the next `:`.
    public static func parse(_ text: String, typing: Bool = false) throws -> Query {
        if !TextSearch.isShort(text, maxLength) {
            throw QueryError("query too long (\(text.unicodeScalars.count) characters; the limit is \(maxLength))")
        }
        var query = Query()
        let scalars = Array(text.precomposedStringWithCompatibilityMapping.unicodeScalars)
        var i = 0
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
        while i < scalars.count {
            if isSpace(scalars[i]) { i += 1; continue }
            var excluded = false
            if scalars[i] == "-", i + 1 < scalars.count, !isSpace(scalars[i + 1]) {
                excluded = true
                i += 1
            }
            if scalars[i] == "\"" {
                var j = i + 1
                while j < scalars.count && scalars[j] != "\"" { j += 1 }
                let phrase = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                if !phrase.trimmingCharacters(in: .whitespaces).isEmpty {
                    query.terms.append(Term(phrase, isPhrase: true, isExcluded: excluded))
                }
                i = j + 1
                continue
            }
            var j = i
            while j < scalars.count && !isSpace(scalars[j]) { j += 1 }
            let word = String(String.UnicodeScalarView(scalars[i..<j]))
            i = j
            if typing, !excluded, j == scalars.count, isFieldNamePrefix(word) { continue }
            if !excluded, let field = try parseField(word) {
                if let field = field { query.fields.append(field) }
                continue
            }
            query.terms.append(Term(word, isExcluded: excluded))
        }
        return query
    }

    /// Whether `word` is ASCII letters only and starts (or is) a field name, ignoring case.
    static func isFieldNamePrefix(_ word: String) -> Bool {
        guard !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return false }
        let lower = word.lowercased()
        return fieldNames.contains { $0.hasPrefix(lower) }
    }

    /// `nil` when `word` is not a field clause; `.some(nil)` for a known field with no
    /// value yet.
    private static func parseField(_ word: String) throws -> Field?? {
        guard let colon = word.firstIndex(of: ":") else { return nil }
        let name = word[..<colon]
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return nil }
        let value = String(word[word.index(after: colon)...])
        let key = name.lowercased()
        guard Query.fieldNames.contains(key) else {
            throw QueryError("unknown field '\(name):' (use province:, prov:, year:, kind:, level: or source:)")
        }
        if value.isEmpty { return .some(nil) }
        switch key {
        case "province", "prov": return .province(value)
        case "year": return .year(try parseYears(value))
        case "kind": return .kind(value)
        case "level":
            let levels = InspectionLevel.allCases.map(\.rawValue)
            let level = value.hasSuffix("级") ? String(value.dropLast()) : value
            guard levels.contains(level) else {
                throw QueryError("unknown level '\(value)' (use level:中央, level:省, level:市 or level:县)")
            }
            return .level(level)
        default: return .source(value)
        }
    }

    private static func parseYears(_ value: String) throws -> ClosedRange<Int> {
        func year(_ s: Substring) -> Int? {
            guard s.count == 4, s.allSatisfy(\.isASCII), let y = Int(s) else { return nil }
            return y
        }
        let error = QueryError("malformed year '\(value)' (use year:2021 or year:2020..2022)")
        if let range = value.range(of: "..") {
            guard let lo = year(value[..<range.lowerBound]), let hi = year(value[range.upperBound...]), lo <= hi else {
                throw error
            }
            return lo...hi
        }
        guard let y = year(value[...]) else { throw error }
        return y...y
    }
}
