/// The one table of figure metrics: which phrases around a number make it a count of
/// inspection work, under which canonical name and unit.
///
/// Values of one metric are comparable and may be summed: every unit listed for a metric
/// counts the same thing (`件`/`个`/`条` of clues; `人`/`名` of people).
public enum FigureMetrics {
    /// How a number is tied to a metric.
    public enum Pattern: Sendable, Hashable {
        /// `anchor` ends right before the number (only filler words such as `共`, `累计`, `达`,
        /// a closing quote, or a qualifier such as `近`, `超` in between), e.g. `立案` + `22人`.
        /// When `trigger` is given it must occur earlier in the same clause
        /// (`发现` … `问题` + `376个`).
        case before(String, trigger: [String] = [])
        /// `phrase` follows the number and unit, after an optional noun (`干部`, `党员干部`),
        /// e.g. `4454名` + `干部` + `受到党纪政务处分`.
        case after(String)
    }

    /// One canonical metric.
    public struct Metric: Sendable, Hashable {
        /// Canonical name stored in `Figure.metric`.
        public let name: String
        /// Canonical counting unit (the first of ``units``).
        public var unit: String { units[0] }
        /// Units accepted as written; all count the same thing.
        public let units: [String]
        public let patterns: [Pattern]
    }

    /// Every metric. Names are stable: statistics group figures by them.
    public static let all: [Metric] = [
        Metric(name: "问题线索", units: ["件", "个", "条"], patterns: [.before("问题线索")]),
        Metric(name: "立案", units: ["人", "名"], patterns: [
            .before("立案审查调查"), .before("立案审查"), .before("立案"), .after("被立案审查调查"), .after("被立案"),
        ]),
        Metric(name: "留置", units: ["人", "名"], patterns: [.before("留置"), .after("被留置"), .after("被采取留置措施")]),
        Metric(name: "党纪政务处分", units: ["人", "名", "人次"], patterns: [
            .before("党纪政务处分"), .after("受到党纪政务处分"), .after("被给予党纪政务处分"), .after("给予党纪政务处分"),
        ]),
        Metric(name: "组织处理", units: ["人", "名", "人次"], patterns: [.before("组织处理"), .after("受到组织处理")]),
        Metric(name: "移送司法机关", units: ["人", "名"], patterns: [
            .before("移送司法机关"), .before("移送检察机关"), .after("被移送司法机关"), .after("移送司法机关"),
        ]),
        Metric(name: "发现问题", units: ["个", "条", "项"], patterns: [
            .before("发现问题"), .before("问题", trigger: ["发现", "查找", "查出"]),
        ]),
        Metric(name: "巡察党组织", units: ["个", "家"], patterns: [.before("巡察党组织")]),
        Metric(name: "巡察村(社区)", units: ["个"], patterns: [.before("巡察村(社区)"), .before("巡察村")]),
        Metric(name: "来信来电", units: ["件次", "件"], patterns: [.before("来信来电")]),
        Metric(name: "个别谈话", units: ["人次"], patterns: [.before("个别谈话")]),
        Metric(name: "问责", units: ["人", "名"], patterns: [
            .before("问责"), .after("进行了问责"), .after("进行问责"), .after("被问责"), .after("受到问责"), .after("予以问责"),
        ]),
        Metric(name: "约谈", units: ["人", "名", "人次"], patterns: [.before("约谈函询"), .before("约谈"), .after("被约谈")]),
        Metric(name: "整改", units: ["个", "项", "条"], patterns: [
            .before("整改问题"), .before("完成整改"), .before("已整改"), .before("整改完成"),
        ]),
        Metric(name: "制度", units: ["个", "项", "条"], patterns: [.before("制度"), .before("建章立制")]),
        Metric(name: "常规巡察", units: ["个", "家"], patterns: [.before("常规巡察")]),
        Metric(name: "专项巡察", units: ["个", "家"], patterns: [.before("专项巡察")]),
        Metric(name: "提级巡察", units: ["个", "家"], patterns: [.before("提级巡察")]),
        Metric(name: "回头看", units: ["个", "家"], patterns: [.before("回头看")]),
    ]

    /// Every counting unit that may follow a number, longest first.
    static let units: [String] = ["人次", "件次", "人", "件", "个", "条", "家", "项", "名", "次", "份", "起"]

    /// Words allowed between an anchor and its number (`立案审查调查党员干部120人`).
    static let fillers: [String] = [
        "共计", "累计", "总计", "合计", "达到", "共", "达", "了", "为", "计", "”", "\"", "」", "』", " ",
        "领导干部", "党员干部", "公职人员", "干部", "党员",
    ]

    /// Approximation words before the number (`近800件`).
    static let leadingQualifiers: [String] = ["将近", "超过", "近", "超", "逾", "约"]

    /// Approximation words after the number (`1800余人`).
    static let trailingQualifiers: [String] = ["余", "多"]

    /// Nouns allowed between a unit and an `after` phrase (`4454名干部受到党纪政务处分`).
    static let afterNouns: [String] = ["党员干部", "公职人员", "干部", "党员", "人员"]

    /// The metric with a canonical name.
    public static func metric(named name: String) -> Metric? { byName[name] }

    private static let byName: [String: Metric] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
}
