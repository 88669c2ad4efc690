/// Where a document is about, resolved with the gazetteer.
public struct Places: Sendable, Hashable, Codable {
    /// Province short name (one of the 34 provincial-level divisions: `吉林`, `新疆`, `四川` …).
    public var province: String?
    /// Prefecture-level name as in the gazetteer (e.g. `通化市`), when named.
    public var city: String?
    /// County-level name as in the gazetteer (e.g. `珙县`), when named.
    public var county: String?
    /// Place names that matched more than one province and could not be decided by context.
    public var ambiguous: [String]

    public init(province: String? = nil, city: String? = nil, county: String? = nil, ambiguous: [String] = []) {
        self.province = province; self.city = city; self.county = county; self.ambiguous = ambiguous
    }
}
