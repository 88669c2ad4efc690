@testable import Corpus
import Testing

@Suite struct CleaningRulesTests {
    /// One example per rule: input paragraphs and what the rule alone makes of them.
    static let examples: [String: ([String], [String])] = [
        "unicode-space": (["通讯员\u{00A0}郭霄雯"], ["通讯员 郭霄雯"]),
        "trim-indent": (["　　近日，吉林省委召开会议。 \u{200B}"], ["近日，吉林省委召开会议。"]),
        "pinyin-annotation": (["中新網(wǎng)四川 巡審聯(lián)動(dòng)"], ["中新網四川 巡審聯動"]),
        "empty": (["甲", "", "乙"], ["甲", "乙"]),
        "disclaimer-block": (["正文。", "中國新聞網·四川新聞版權與免責聲明:", "① 凡本網注明的作品"], ["正文。"]),
        "nav-crumb": (["首頁 > bwbd > 中新網四川", "正文"], ["正文"]),
        "site-name-line": (["中新社四川分社正文", "标题"], ["标题"]),
        "meta-line": (["来源:吉林省纪委监委网站 发布时间:2022-05-27 阅读次数:43818", "正文"], ["正文"]),
        "media-line": (["中国纪检监察报", "本报讯 正文"], ["本报讯 正文"]),
        "read-count": (["正文", "阅读次数：1234"], ["正文"]),
        "share-widget": (["X", "分享到 - 微信", "正文"], ["正文"]),
        "qr-promo": (["正文", "海量资讯、精准解读，尽在新浪财经APP", "扫一扫在手机打开当前页"], ["正文"]),
        "site-footer": (["正文", "版权所有:中共四平市纪律检查委员会", "吉ICP备16006071号-1 吉公网安备 22030202000126号 网站声明"], ["正文"]),
        "original-title": (["原标题：吉林：聚焦重点", "正文"], ["正文"]),
        "editor-line": (["正文", "责任编辑：梁斌 SF055"], ["正文"]),
        "editor-credit": (["共同答卷。（吉林省纪委监委　||　责任编辑　周振华）"], ["共同答卷。"]),
        "end-mark": (["如是說。(完)"], ["如是說。"]),
        "empty-again": (["", "甲"], ["甲"]),
        "repeat": (["图注。", "图注。", "正文"], ["图注。", "正文"]),
    ]

    @Test func everyRuleHasAnExampleAndAUniqueName() {
        let names = CleaningRules.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Set(names) == Set(Self.examples.keys))
        for rule in CleaningRules.all { #expect(!rule.summary.isEmpty) }
    }

    @Test(arguments: CleaningRules.all.map(\.name))
    func ruleDoesWhatItsExampleSays(_ name: String) throws {
        let rule = try #require(CleaningRules.rule(named: name))
        let (input, expected) = try #require(Self.examples[name])
        #expect(rule.apply(input) == expected)
        #expect(input != expected)
    }

    @Test func realParenthesesSurvivePinyinRemoval() {
        let text = "（吉林省纪委监委）、党委（党组）、市(州)、(app)、(2021)、巡视(xunshi)、(wǎng)开头"
        #expect(PinyinAnnotation.strip(text) == text)
        #expect(PinyinAnnotation.strip("的(de)網（wǎng）") == "的網")
        #expect(PinyinAnnotation.isSyllable("zhuàng") && PinyinAnnotation.isSyllable("lián"))
        #expect(!PinyinAnnotation.isSyllable("wǎngg") && !PinyinAnnotation.isSyllable("cpi"))
    }

    @Test func furnitureRulesLeaveLongProseAlone() {
        let prose = "通过扫一扫二维码等方式畅通群众监督渠道，版权所有单位也要落实责任，巡视组共受理群众来信来电71384件次，接待群众来访2182次，推动问题整改。"
        #expect(CleaningRules.clean(["标题后的第一段", prose]) == ["标题后的第一段", prose])
    }

    @Test func headOnlyAndLastOnlyRulesRespectPosition() {
        let body = (1...14).map { "第\($0)段正文内容。" }
        let lateMeta = body + ["来源:某某网 发布时间:2022-05-27"]
        #expect(CleaningRules.clean(lateMeta) == lateMeta)
        let credit = ["（吉林省纪委监委 || 责任编辑 周振华）中间", "最后一段。"]
        #expect(CleaningRules.clean(credit) == credit)
        #expect(CleaningRules.clean(["（完）在中间", "最后"]) == ["（完）在中间", "最后"])
        #expect(CleaningRules.clean(["免责声明", "正文内容"]) == ["免责声明", "正文内容"])
        #expect(CleaningRules.clean(["标题", "正文"]) == ["标题", "正文"])
    }

    @Test func metadataLinesAreRead() throws {
        let a = try #require(MetadataLine.parse("2024年04月29日 13:45 來源:中新網四川 編輯:曹惠君"))
        #expect(a == MetadataLine(source: "中新網四川", date: "2024年04月29日 13:45", editor: "曹惠君"))
        let b = try #require(MetadataLine.parse("来源:吉林省纪委监委网站 发布时间:2022-05-27 阅读次数:43818"))
        #expect(b.source == "吉林省纪委监委网站" && b.date == "2022-05-27" && b.editor == nil)
        #expect(MetadataLine.parse("2022-05-27")?.date == "2022-05-27")
        #expect(MetadataLine.parse("巡视组来源于群众来信，时间紧任务重。") == nil)
    }

    @Test func editorCreditsAreRead() throws {
        let credit = try #require(EditorCredit.trailingCredit(in: "答卷。（吉林省纪委监委　||　责任编辑　周振华）"))
        #expect(credit.source == "吉林省纪委监委" && credit.editor == "周振华" && credit.rest == "答卷。")
        #expect(EditorCredit.trailingCredit(in: "答卷。（责任编辑：王五）")?.editor == "王五")
        #expect(EditorCredit.lineCredit("责任编辑：梁斌 SF055") == "梁斌")
        #expect(EditorCredit.lineCredit("编辑们认为这篇文章写得很好，值得推荐给读者。") == nil)
    }

    @Test func garbledTextIsFlaggedButStrayArtefactsAreNot() {
        let clean = String(repeating: "吉林省委巡视工作领导小组召开会议，部署巡视巡察工作任务。", count: 5)
        #expect(!MojibakeCheck.isGarbled(clean))
        // UTF-8 read as Latin-1.
        let latin1 = String(decoding: clean.utf8.map { UInt16($0) }, as: UTF16.self)
        #expect(MojibakeCheck.isGarbled(latin1))
        // UTF-8 read as GBK: runs of rare characters.
        let asGBK = String(repeating: "鍚夋灄鐪佸鍙嶈厫璐ュ伐浣滈鍙嶅皬缁勫彫寮€浼氳", count: 3)
        #expect(MojibakeCheck.isGarbled(asGBK))
        #expect(MojibakeCheck.isGarbled(clean + String(repeating: "\u{FFFD}", count: 5)))
        #expect(!MojibakeCheck.isGarbled(clean + "實效!笨h委第一巡察組"))
    }
}

import Foundation
