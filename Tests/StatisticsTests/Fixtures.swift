import Corpus

/// Hand-built documents mirroring the seeds' metadata (not loaded from the files):
/// 吉林 ×3, 新疆 ×1, 四川 ×1; years 2021 ×2, 2022 ×2, 2024 ×1.
enum Fixtures {
    static func figure(_ metric: String, _ value: Double, _ unit: String, period: String? = nil,
                       qualifier: String? = nil, at start: Int = 0) -> Figure {
        Figure(metric: metric, value: value, unit: unit, qualifier: qualifier, period: period,
               sentence: "\(period ?? "")\(metric)\(Int(value))\(unit)", start: start, end: start + 6)
    }

    static let jilin2021Dec = Document(
        id: "000_c3f89fe81e23299c", path: "seeds/000_c3f89fe81e23299c.txt",
        title: "吉林：创新机制 贯通融合巡视巡察监督与其他监督", date: "2021-12-21",
        paragraphs: ["近日，吉林省委召开常委会议，审议通过《关于建立巡视巡察监督与其他监督贯通融合“1+X”工作机制的意见》。",
                     "今年以来，吉林省委巡视工作领导小组探索建立工作机制。"],
        places: Places(province: "吉林", city: "通化市"), level: .province, kinds: ["巡视", "巡察"],
        figures: [figure("问题线索", 12, "件", period: "今年以来", at: 10)],
        policies: ["关于建立巡视巡察监督与其他监督贯通融合“1+X”工作机制的意见"])

    static let xinjiang2022Feb = Document(
        id: "001_4056bd4ef8ab8bc4", path: "seeds/001_4056bd4ef8ab8bc4.txt",
        title: "乌鲁木齐推动各类监督有机贯通 同向发力共促问题整改", date: "2022-02-14",
        paragraphs: ["乌鲁木齐市经开区区委第二巡察组开展巡察。"],
        places: Places(province: "新疆", city: "乌鲁木齐市"), level: .county, kinds: ["巡察"])

    static let jilin2022May = Document(
        id: "002_85cec4cc11a75541", path: "seeds/002_85cec4cc11a75541.txt",
        title: "坚守政治监督定位 彰显巡视利剑作用", date: "2022-05-27", source: "吉林省纪委监委网站",
        paragraphs: ["五年来，共向全省各级纪检监察机关移交问题线索7892件，立案2917人，给予党纪政务处分3015人。",
                     "十一届省委巡视向省纪委监委移交问题线索467件。"],
        places: Places(province: "吉林"), level: .province, kinds: ["巡视", "巡察"],
        figures: [
            figure("问题线索", 7892, "件", period: "五年来", at: 20),
            figure("立案", 2917, "人", period: "五年来", at: 35),
            figure("党纪政务处分", 3015, "人", period: "五年来", at: 45),
            figure("问题线索", 467, "件", period: "十一届", at: 70),
            figure("立案", 120, "人次", period: "五年来", at: 90),
            figure("立案", 300, "人", period: "2021年", qualifier: "余", at: 100),
        ],
        policies: ["关于建立巡视巡察监督与其他监督贯通融合“1+X”工作机制的意见"])

    static let sichuan2024Apr = Document(
        id: "003_6ede58738be5c303", path: "seeds/003_6ede58738be5c303.txt",
        title: "四川珙縣:“巡審聯動”打出監督“組合拳”", date: "2024-04-29", source: "中新網四川",
        script: .traditional,
        paragraphs: ["近年來，珙縣縣委巡察機構始終堅持問題導向，與審計機關建立綠色通道。"],
        places: Places(province: "四川", county: "珙县"), level: .county, kinds: ["巡察"],
        figures: [figure("问题线索", 23, "件", at: 30)])

    static let jilin2021Nov = Document(
        id: "004_0946499deb1fca99", path: "seeds/004_0946499deb1fca99.txt",
        title: "吉林：聚焦重点加强对一把手和领导班子监督", date: "2021-11-07",
        paragraphs: ["吉林省制定印发《关于加强对“一把手”和领导班子监督的若干措施》。"],
        places: Places(province: "吉林"), level: .province,
        policies: ["关于加强对“一把手”和领导班子监督的若干措施"])

    /// The five documents in seed-file order.
    static let seeds = [jilin2021Dec, xinjiang2022Feb, jilin2022May, sichuan2024Apr, jilin2021Nov]
}
