@testable import Corpus
import Testing

@Suite struct GazetteerTests {
    let gazetteer = Gazetteer.shared

    @Test func shortNames() {
        let nations = ["黎族", "苗族", "哈萨克族", "朝鲜族", "蒙古族", "维吾尔族", "壮族"]
        #expect(Gazetteer.shortName(of: "琼中黎族苗族自治县", level: .county, nations: nations) == "琼中")
        #expect(Gazetteer.shortName(of: "伊犁哈萨克自治州", level: .prefecture, nations: nations) == "伊犁")
        #expect(Gazetteer.shortName(of: "延边朝鲜族自治州", level: .prefecture, nations: nations) == "延边")
        #expect(Gazetteer.shortName(of: "新疆维吾尔自治区", level: .province, nations: nations) == "新疆")
        #expect(Gazetteer.shortName(of: "广西壮族自治区", level: .province, nations: nations) == "广西")
        #expect(Gazetteer.shortName(of: "内蒙古自治区", level: .province, nations: nations) == "内蒙古")
        #expect(Gazetteer.shortName(of: "通化市", level: .prefecture, nations: nations) == "通化")
        #expect(Gazetteer.shortName(of: "头屯河区", level: .county, nations: nations) == "头屯河")
        #expect(Gazetteer.shortName(of: "珙县", level: .county, nations: nations) == nil)
        #expect(Gazetteer.shortName(of: "和平区", level: .county, nations: nations) == nil)
    }

    @Test func provincesHaveShortNames() {
        let provinces = gazetteer.divisions.filter { $0.level == .province }
        #expect(provinces.count == 34)
        let names = Set(provinces.compactMap(\.shortName))
        for name in ["吉林", "新疆", "内蒙古", "广西", "宁夏", "西藏", "北京", "重庆", "香港", "澳门", "台湾"] {
            #expect(names.contains(name), "\(name)")
        }
    }

    @Test func lookupsFromTheBrief() {
        #expect(gazetteer.lookup("通化").map { gazetteer.provinceName(of: gazetteer.divisions.firstIndex(of: $0)!) }.contains("吉林"))
        #expect(gazetteer.lookup("乌鲁木齐").first?.code.hasPrefix("65") == true)
        let gong = gazetteer.lookup("珙县").first
        #expect(gong?.code.hasPrefix("5115") == true)
        #expect(gazetteer.lookup("苏鲁交界").isEmpty)
        #expect(gazetteer.lookup("海域").isEmpty)
        #expect(gazetteer.lookup("城区").isEmpty)
    }

    @Test func resolvesCountyAndCity() {
        let places = enrich(title: "四川珙縣:巡察進駐", body: ["珙縣縣委巡察機構與審計機關建立協作。"])
        #expect(places.province == "四川")
        #expect(places.city == "宜宾市")
        #expect(places.county == "珙县")
    }

    @Test func titleOutweighsBody() {
        let places = enrich(title: "吉林：创新机制", body: ["学习四川经验。", "四川省委巡视办来访。"])
        #expect(places.province == "吉林")
    }

    @Test func ambiguousNameDecidedByContext() {
        let decided = enrich(title: "朝阳区开展巡察", body: ["北京市委巡视办指导。"])
        #expect(decided.province == "北京")
        #expect(decided.county == "朝阳区")
        #expect(decided.ambiguous.isEmpty)
    }

    @Test func ambiguousNameAloneIsReportedNotGuessed() {
        var document = Document(id: "a", path: "a", title: "朝阳区开展巡察", paragraphs: ["区委巡察组进驻。"])
        Extraction.enrich(&document)
        #expect(document.places.province == nil)
        #expect(document.places.ambiguous == ["朝阳区"])
        #expect(document.flags.contains("ambiguous-place"))
        #expect(document.flags.contains("no-province"))
    }

    @Test func commonWordsAreNotPlaces() {
        let text = "中国共产党省委市委和县委巡察组进驻城区、新区、郊区、矿区、老城区和开发区，提高县级巡察质量，"
            + "形成县域合力，确保长治久安，欢迎各位来宾。"
        var document = Document(id: "w", path: "w", title: "巡察工作", date: "2022-01-01", paragraphs: [text])
        Extraction.enrich(&document)
        #expect(document.places.province == nil)
        #expect(document.places.ambiguous.isEmpty)
        #expect(document.flags == ["no-province"])
    }

    @Test func provinceCommitteeNamesTheProvince() {
        let places = enrich(title: "巡视综述", body: ["吉林省纪委监委网站", "吉林省委巡视工作领导小组召开会议。"])
        #expect(places.province == "吉林")
        #expect(places.city == nil)
    }

    private func enrich(title: String, body: [String]) -> Places {
        var document = Document(id: "t", path: "t", title: title, date: "2022-01-01", paragraphs: body)
        Extraction.enrich(&document)
        return document.places
    }
}

@Suite struct GazetteerProvinceListTests {
    @Test func provinceListHasShortNames() {
        let provinces = Gazetteer.shared.provinces
        #expect(provinces.count == 34)
        #expect(provinces.contains("内蒙古"))
        #expect(!provinces.contains("苏鲁交界"))
        #expect(Gazetteer.shared.lookup("琼中").first?.code.hasPrefix("46") == true)
        #expect(Gazetteer.shared.lookup("互助").isEmpty)
    }
}
