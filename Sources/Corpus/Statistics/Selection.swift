/// One side of a comparison: documents with given facet values, and a label to show.
///
/// Each non-empty constraint must hold (AND across facets); inside a facet any
/// listed value will do (OR). An empty selection matches every document.
public struct Selection: Sendable, Hashable, Codable {
    /// Shown as the side's heading (defaults to the text it was parsed from).
    public var label: String
    /// Province short names (`吉林`); a longer name that starts with the
    /// document's province (`吉林省`) also matches.
    public var provinces: [String]
    /// Inclusive publication-year range; `nil` for any year.
    public var years: ClosedRange<Int>?
    /// Inspection kinds (`巡视`, `巡察` …); a document naming any of them matches.
    public var kinds: [String]
    /// Levels of the inspecting body.
    public var levels: [InspectionLevel]

    public init(label: String, provinces: [String] = [], years: ClosedRange<Int>? = nil, kinds: [String] = [],
                levels: [InspectionLevel] = []) {
        self.label = label; self.provinces = provinces; self.years = years
        self.kinds = kinds; self.levels = levels
    }

    /// True when `document` satisfies every constraint of the selection.
    public func matches(_ document: Document) -> Bool {
        if !provinces.isEmpty {
            guard let province = document.places.province, !province.isEmpty,
                  provinces.contains(where: { $0 == province || $0.hasPrefix(province) }) else { return false }
        }
        if let years {
            guard let year = document.year, years.contains(year) else { return false }
        }
        if !kinds.isEmpty, !document.kinds.contains(where: kinds.contains) { return false }
        if !levels.isEmpty {
            guard let level = document.level, levels.contains(level) else { return false }
        }
        return true
    }

    /// The documents of `documents` the selection matches, in order.
    public func filter(_ documents: [Document]) -> [Document] { documents.filter(matches) }

    /// Values of `facet` that can be picked in `documents`, with their document counts.
    ///
    /// Sorted count desc then label; documents without a value are not offered
    /// (there is nothing to select them by), so no ``Statistics/noneLabel`` entry.
    public static func choices(_ facet: Facet, in documents: [Document]) -> [LabelCount] {
        Statistics.counts(documents, by: facet).filter { $0.label != Statistics.noneLabel }
    }
}
