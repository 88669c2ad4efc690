/// A property of documents that counts and selections are made on.
public enum Facet: String, Sendable, Hashable, Codable, CaseIterable {
    /// `Places.province` (short name such as `吉林`).
    case province
    /// Publication year (`YYYY`).
    case year
    /// Inspection kinds named (`巡视`, `巡察` …); a document may have several.
    case kind
    /// Level of the inspecting body (`中央`, `省`, `市`, `县`).
    case level

    /// The document's values for this facet as labels; empty when it has none.
    public func values(of document: Document) -> [String] {
        switch self {
        case .province: return document.places.province.map { [$0] } ?? []
        case .year: return document.year.map { [String($0)] } ?? []
        case .kind: return document.kinds
        case .level: return document.level.map { [$0.rawValue] } ?? []
        }
    }
}
