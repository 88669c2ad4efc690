import Corpus

/// Facet values the user switched on; a document must match at least one
/// chosen value in every facet that has any.
public struct ActiveFilters: Sendable, Hashable, Codable {
    public var provinces: Set<String> = []
    public var years: Set<Int> = []
    public var kinds: Set<String> = []
    /// Raw values of ``InspectionLevel`` (`中央`, `省`, `市`, `县`).
    public var levels: Set<String> = []

    public init() {}

    public var isEmpty: Bool { provinces.isEmpty && years.isEmpty && kinds.isEmpty && levels.isEmpty }

    /// True when `document` passes every facet, ignoring `facet` when given (for facet counts).
    public func admits(_ document: Document, ignoring facet: Facet? = nil) -> Bool {
        if facet != .province, !provinces.isEmpty, !provinces.contains(document.places.province ?? "") { return false }
        if facet != .year, !years.isEmpty, !years.contains(document.year ?? -1) { return false }
        if facet != .kind, !kinds.isEmpty, kinds.isDisjoint(with: document.kinds) { return false }
        if facet != .level, !levels.isEmpty, !levels.contains(document.level?.rawValue ?? "") { return false }
        return true
    }

    /// Short description for the status line, e.g. `省:吉林,新疆 年:2021`; empty when no filter is on.
    public var summary: String {
        var parts: [String] = []
        if !provinces.isEmpty { parts.append("省:" + provinces.sorted().joined(separator: ",")) }
        if !years.isEmpty { parts.append("年:" + years.sorted().map(String.init).joined(separator: ",")) }
        if !kinds.isEmpty { parts.append("类:" + kinds.sorted().joined(separator: ",")) }
        if !levels.isEmpty { parts.append("级:" + levels.sorted().joined(separator: ",")) }
        return parts.joined(separator: " ")
    }

    /// Switches `value` of `facet` on or off.
    public mutating func toggle(_ facet: Facet, _ value: String) {
        switch facet {
        case .province: provinces.formSymmetricDifference([value])
        case .year: if let y = Int(value) { years.formSymmetricDifference([y]) }
        case .kind: kinds.formSymmetricDifference([value])
        case .level: levels.formSymmetricDifference([value])
        }
    }

    /// True when `value` of `facet` is switched on.
    public func contains(_ facet: Facet, _ value: String) -> Bool {
        switch facet {
        case .province: provinces.contains(value)
        case .year: Int(value).map { years.contains($0) } ?? false
        case .kind: kinds.contains(value)
        case .level: levels.contains(value)
        }
    }
}

/// The dimensions the facet panel counts.
public enum Facet: String, Sendable, CaseIterable, Codable {
    case province, year, kind, level

    /// Heading shown in the facet panel.
    public var heading: String {
        switch self {
        case .province: "省份 Province"
        case .year: "年份 Year"
        case .kind: "类型 Kind"
        case .level: "层级 Level"
        }
    }

    /// The values `document` has for this facet (several for kinds).
    public func values(of document: Document) -> [String] {
        switch self {
        case .province: document.places.province.map { [$0] } ?? []
        case .year: document.year.map { [String($0)] } ?? []
        case .kind: document.kinds
        case .level: document.level.map { [$0.rawValue] } ?? []
        }
    }
}
