import Corpus

/// Hand-made documents with seed-like metadata for screen tests, so that
/// tests do not depend on the loader's output.
public enum Fixtures {
    /// Five reports: three from 吉林, one from 新疆, one Traditional-script repost from 四川.
    public static let documents: [Document] = [
        make(id: "000_jilin_mechanism", title: "吉林：创新机制 贯通融合巡视巡察监督与其他监督", date: "2021-12-21",
             source: "新浪财经", province: "吉林", city: "通化市", level: .province, kinds: ["巡视", "专项巡视"],
             paragraphs: [
                "近日，吉林省委召开常委会议，审议通过《关于建立巡视巡察监督与其他监督贯通融合“1+X”工作机制的意见》，明确总体目标、基本原则、主要任务、重点环节和组织保障5个方面内容。",
                "本轮涉粮问题专项巡视巡察，运用“1+X”工作机制，在信息、资源、任务、力量、手段等方面全方位协作。截至目前，市县三级巡视巡察组边巡边移问题线索74件，各级纪检监察机关已立案22人，留置19人。",
                "《意见》明确不同阶段、不同环节的重点内容，巡前突出信息沟通，有针对性提供和通报各方面情况。",
             ],
             figures: [("问题线索", "问题线索74件", 74, "件"), ("立案", "立案22人", 22, "人"), ("留置", "留置19人", 19, "人")]),
        make(id: "001_urumqi_coordination", title: "乌鲁木齐推动各类监督有机贯通 同向发力共促问题整改", date: "2022-02-14",
             source: "中国纪检监察报", province: "新疆", city: "乌鲁木齐市", level: .city, kinds: ["巡察"],
             paragraphs: [
                "本报讯（通讯员 郭霄雯）新疆维吾尔自治区乌鲁木齐市经开区（头屯河区）区委第二巡察组进驻区属国有企业开展巡察。",
                "乌鲁木齐市纪委监委不断优化纪律监督、监察监督、派驻监督和巡察监督统筹衔接机制，推动各类监督有机贯通。",
             ]),
        make(id: "002_jilin_review", title: "坚守政治监督定位 彰显巡视利剑作用——十一届省委巡视工作综述", date: "2022-05-27",
             source: "吉林省纪委监委网站", province: "吉林", level: .province, kinds: ["巡视"],
             paragraphs: [
                "吉林省第十一次党代会以来，省委坚持把巡视作为管党治党的有力抓手。",
                "五年来，通过巡视共受理群众来信来电71384件次，发现问题线索1800余件，推动立案审查调查2917人。",
             ],
             figures: [("信访", "来信来电71384件次", 71384, "件次"), ("问题线索", "问题线索1800余件", 1800, "件"),
                       ("立案", "立案审查调查2917人", 2917, "人")]),
        make(id: "003_gongxian_audit", title: "四川珙縣：“巡審聯動”打出監督“組合拳”", date: "2024-04-29",
             source: "中新網四川", province: "四川", city: "宜宾市", county: "珙县", level: .county, kinds: ["巡察"],
             script: .traditional,
             paragraphs: [
                "監督是治理的內在要素，審計機關與巡視巡察機構加強貫通協同，對於增強監督合力具有重要作用。",
                "近年來，珙縣縣委巡察機構始終堅持問題導向，積極探索巡審聯動。",
             ]),
        make(id: "004_jilin_leaders", title: "吉林：聚焦重点加强对一把手和领导班子监督", date: "2021-11-07",
             source: "新浪财经", province: "吉林", level: .province, kinds: ["巡视"],
             paragraphs: [
                "近日，吉林省紧密结合实际，制定印发《关于加强对“一把手”和领导班子监督的若干措施》。",
                "聚焦提升自我监督能力，坚持和加强党的全面领导。",
             ]),
    ]

    /// Builds a document; each figure's range is found by locating its phrase in the text.
    static func make(id: String, title: String, date: String, source: String, province: String, city: String? = nil,
                     county: String? = nil, level: InspectionLevel, kinds: [String], script: Script = .simplified,
                     paragraphs: [String], figures: [(String, String, Double, String)] = []) -> Document {
        var d = Document(id: id, path: "fixtures/\(id).txt", title: title, date: date, source: source, script: script,
                         paragraphs: paragraphs, places: Places(province: province, city: city, county: county),
                         level: level, kinds: kinds)
        let text = d.text
        d.figures = figures.compactMap { metric, phrase, value, unit in
            guard let r = text.range(of: phrase) else { return nil }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            return Figure(metric: metric, value: value, unit: unit, sentence: phrase, start: start,
                          end: start + phrase.unicodeScalars.count)
        }
        return d
    }
}
