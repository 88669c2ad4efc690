/// Why a selection could not be read.
public struct SelectionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
}

extension Selection {
    /// Reads a selection as typed on the command line or in the compare pane.
    ///
    /// Clauses are separated by `,` (or `，`); each is `facet:values`, where
    /// values are separated by `|`. A clause without a facet is a province.
    /// Examples: `吉林`, `province:吉林|四川`, `year:2021`, `year:2020..2022`,
    /// `kind:巡察`, `level:省`, `吉林,year:2021..2022`.
    ///
    /// - Parameters:
    ///   - text: The selection text.
    ///   - label: Heading for the side; defaults to `text`.
    /// - Throws: ``SelectionError`` for an unknown facet, a bad year or level, or empty text.
    public static func parse(_ text: String, label: String? = nil) throws -> Selection {
        var selection = Selection(label: label ?? text)
        let clauses = text.split(whereSeparator: { $0 == "," || $0 == "，" })
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !clauses.isEmpty else { throw SelectionError(description: "empty selection") }
        for clause in clauses {
            let parts = clause.split(separator: ":", maxSplits: 1).map(String.init)
            let (name, rest) = parts.count == 2 ? (parts[0].lowercased(), parts[1]) : ("province", clause)
            let values = rest.split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            guard !values.isEmpty else { throw SelectionError(description: "no value in '\(clause)'") }
            switch Facet(rawValue: name) {
            case .province: selection.provinces += values
            case .kind: selection.kinds += values
            case .level:
                for value in values {
                    guard let level = InspectionLevel(rawValue: value)
                        ?? InspectionLevel.allCases.first(where: { "\($0)" == value.lowercased() }) else {
                        throw SelectionError(description: "unknown level '\(value)' (中央, 省, 市, 县)")
                    }
                    selection.levels.append(level)
                }
            case .year:
                guard values.count == 1, let range = yearRange(values[0]) else {
                    throw SelectionError(description: "bad year '\(rest)' (YYYY or YYYY..YYYY)")
                }
                selection.years = range
            case nil:
                throw SelectionError(description: "unknown facet '\(name)' (province, year, kind, level)")
            }
        }
        return selection
    }

    /// `2021` → 2021...2021, `2020..2022` → 2020...2022; `nil` when malformed or reversed.
    static func yearRange(_ text: String) -> ClosedRange<Int>? {
        let bounds = text.split(separator: "..", omittingEmptySubsequences: false).map(String.init)
        if bounds.count == 1, let year = Int(bounds[0]) { return year...year }
        guard bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]), low <= high else { return nil }
        return low...high
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces (ASCII and ideographic).
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
