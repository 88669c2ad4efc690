/// China's administrative divisions (province, prefecture, county) from the vendored
/// `adcodes.csv`, indexed by full and short names for scanning text.
///
/// Rows that are not real divisions (`99…`: 苏鲁交界, 海域) are skipped, and so are the
/// county-level rows of 台湾, 香港 and 澳门 (names such as 东区, 中区 that are ordinary words).
public struct Gazetteer: Sendable {
    /// Administrative level of a division.
    public enum Level: Int, Sendable, Hashable, Comparable {
        case province = 0, prefecture, county
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// One administrative division.
    public struct Division: Sendable, Hashable {
        /// 12-digit administrative code.
        public let code: String
        /// Full name as in the gazetteer (`通化市`, `珙县`, `吉林省`).
        public let name: String
        public let level: Level
        /// Name without its administrative suffix and ethnic-group parts (`通化`, `琼中`), when ≥ 2 characters.
        public let shortName: String?
        /// Index of its province in ``Gazetteer/divisions``.
        public let province: Int
        /// Index of its prefecture in ``Gazetteer/divisions`` (county-level rows only, when the row exists).
        public let prefecture: Int?
    }

    /// Every division kept, provinces first in file order.
    public let divisions: [Division]
    /// Surface names (full and short) → indices of the divisions they can mean.
    public let names: [String: [Int]]
    /// Scanning index: every name (and stop phrase), longest first per first scalar.
    let index: PhraseTable<IndexedName>

    /// One name in the scanning index.
    struct IndexedName: Sendable {
        let name: String
        /// Candidate divisions, reduced: within one province only the highest level is kept,
        /// and a name that is a province's name means only the province. Empty for stop phrases.
        let candidates: [Int]
        /// Two-character full names (`珙县`, `和县`) only count after a non-Han character,
        /// another place name, or `省`/`市`/`州`, because they often occur inside ordinary words.
        let needsBoundary: Bool
    }

    /// The gazetteer built from the vendored CSV files.
    public static let shared = Gazetteer(
        adcodes: String(decoding: PackageResources.adcodes_csv, as: UTF8.self),
        nations: String(decoding: PackageResources._6_nations_csv, as: UTF8.self))

    /// Short names of the 34 provincial-level divisions (`北京`, `吉林`, `新疆` …), in file order.
    public var provinces: [String] {
        divisions.filter { $0.level == .province }.map { $0.shortName ?? $0.name }
    }

    /// The province's short name (`吉林`, `新疆`, `内蒙古`) for a division index.
    public func provinceName(of index: Int) -> String {
        let province = divisions[divisions[index].province]
        return province.shortName ?? province.name
    }

    /// Divisions a name can mean (full or short name, Simplified).
    public func lookup(_ name: String) -> [Division] { (names[name] ?? []).map { divisions[$0] } }
}
