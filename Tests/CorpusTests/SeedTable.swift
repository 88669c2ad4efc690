import Corpus
import Foundation
import XunshiTestSupport

/// Expected values for the five seed documents in `seeds/`.
///
/// The seeds are read by the real loader (`ExtractionSeedTests`), so every field here,
/// `title` and `source` included, is what a user sees.
struct SeedExpectation: Sendable {
    /// File name inside `seeds/`.
    let file: String
    /// Title as cleaned by the loader (for seed 003 without the page's pinyin glosses such as `聯(lián)`).
    let title: String
    let date: String
    let province: String
    let city: String?
    let county: String?
    /// Source as the page credits it (000/004: the closing `（吉林省纪委监委 || 责任编辑 …）`
    /// credit; 001: the first line `中国纪检监察报`; 002/003: the `来源:` line) — to confirm
    /// against the loader's rule at integration.
    let source: String
    let script: Script
    /// Canonical kinds, in order of first mention.
    let kinds: [String]
    let level: InspectionLevel
    /// Figures that must be present exactly: metric, value, unit, period.
    let figures: [ExpectedFigure]
    /// Exact number of figures (every count of work in the text, nothing else).
    let figureCount: Int
    let policies: [String]
}

struct ExpectedFigure: Sendable, CustomStringConvertible {
    let metric: String
    let value: Double
    let unit: String
    let period: String?
    var description: String { "\(metric) \(value) \(unit) [\(period ?? "-")]" }
}

enum SeedTable {
    static let seeds: [SeedExpectation] = [
        SeedExpectation(
            file: "000_c3f89fe81e23299c.txt", title: "吉林：创新机制 贯通融合巡视巡察监督与其他监督",
            date: "2021-12-21", province: "吉林", city: "通化市", county: nil, source: "吉林省纪委监委",
            script: .simplified,
            kinds: ["1+X贯通融合", "巡视", "巡察", "专项巡视巡察", "专项巡察", "巡察整改"],
            level: .province,
            figures: [
                ExpectedFigure(metric: "问题线索", value: 74, unit: "件", period: "截至目前"),
                ExpectedFigure(metric: "立案", value: 22, unit: "人", period: "截至目前"),
                ExpectedFigure(metric: "留置", value: 19, unit: "人", period: "截至目前"),
            ],
            figureCount: 3,
            policies: ["关于建立巡视巡察监督与其他监督贯通融合“1+X”工作机制的意见"]),
        SeedExpectation(
            file: "001_4056bd4ef8ab8bc4.txt", title: "乌鲁木齐推动各类监督有机贯通 同向发力共促问题整改",
            date: "2022-02-14", province: "新疆", city: "乌鲁木齐市", county: "头屯河区", source: "中国纪检监察报",
            script: .simplified,
            kinds: ["巡察", "常规巡察", "专项巡察", "提级巡察", "回头看", "巡察整改"],
            level: .county,
            figures: [
                ExpectedFigure(metric: "常规巡察", value: 26, unit: "家", period: "2021年"),
                ExpectedFigure(metric: "提级巡察", value: 11, unit: "家", period: "2021年"),
                ExpectedFigure(metric: "回头看", value: 10, unit: "家", period: "2021年"),
            ],
            figureCount: 3,
            policies: ["关于推进纪律监督监察监督派驻监督巡察监督统筹衔接的意见"]),
        SeedExpectation(
            file: "002_85cec4cc11a75541.txt", title: "坚守政治监督定位 彰显巡视利剑作用",
            date: "2022-05-27", province: "吉林", city: "四平市", county: nil, source: "吉林省纪委监委网站",
            script: .simplified,
            kinds: ["巡视", "常规巡视", "专项巡视巡察", "专题巡视", "巡视整改", "回头看", "巡察", "专项巡视",
                    "1+X贯通融合", "巡视巡察上下联动"],
            level: .province,
            figures: [
                ExpectedFigure(metric: "立案", value: 2917, unit: "人", period: "五年来"),
                ExpectedFigure(metric: "问题线索", value: 7892, unit: "件", period: "五年来"),
                ExpectedFigure(metric: "发现问题", value: 8318, unit: "个", period: "五年来"),
                ExpectedFigure(metric: "来信来电", value: 71384, unit: "件次", period: "五年来"),
                ExpectedFigure(metric: "个别谈话", value: 27561, unit: "人次", period: nil),
                ExpectedFigure(metric: "党纪政务处分", value: 3015, unit: "人", period: "五年来"),
                ExpectedFigure(metric: "移送司法机关", value: 378, unit: "人", period: "五年来"),
                ExpectedFigure(metric: "巡察党组织", value: 4941, unit: "个", period: "五年来"),
                ExpectedFigure(metric: "巡察村(社区)", value: 10684, unit: "个", period: "五年来"),
                ExpectedFigure(metric: "制度", value: 177, unit: "个", period: nil),
                ExpectedFigure(metric: "问责", value: 125, unit: "人", period: nil),
                ExpectedFigure(metric: "约谈", value: 1076, unit: "人", period: nil),
                ExpectedFigure(metric: "问题线索", value: 467, unit: "件", period: "十一届"),
                ExpectedFigure(metric: "立案", value: 4528, unit: "人", period: "五年来"),
                ExpectedFigure(metric: "党纪政务处分", value: 4454, unit: "名", period: "五年来"),
                ExpectedFigure(metric: "移送司法机关", value: 257, unit: "人", period: "五年来"),
                ExpectedFigure(metric: "问题线索", value: 14308, unit: "个", period: "五年来"),
                ExpectedFigure(metric: "发现问题", value: 151842, unit: "个", period: "五年来"),
            ],
            figureCount: 25,
            policies: ["关于建立巡视巡察监督与其他监督贯通融合“1+X”工作机制的意见", "落实〈关于加强巡视巡察上下联动的意见〉的具体措施"]),
        SeedExpectation(
            file: "003_6ede58738be5c303.txt", title: "四川珙縣:“巡審聯動”打出監督“組合拳”",
            date: "2024-04-29", province: "四川", city: "宜宾市", county: "珙县", source: "中新網四川",
            script: .traditional,
            kinds: ["巡审联动", "巡视", "巡察", "专项巡察"],
            level: .county,
            figures: [],
            figureCount: 0,
            policies: []),
        SeedExpectation(
            file: "004_0946499deb1fca99.txt", title: "吉林：聚焦重点加强对一把手和领导班子监督",
            date: "2021-11-07", province: "吉林", city: nil, county: nil, source: "吉林省纪委监委",
            script: .simplified,
            kinds: ["巡视", "巡察"],
            level: .province,
            figures: [],
            figureCount: 0,
            policies: ["关于加强对“一把手”和领导班子监督的若干措施"]),
    ]
}
