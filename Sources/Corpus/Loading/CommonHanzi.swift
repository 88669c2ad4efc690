import Foundation

/// Frequent Chinese characters, used to judge which legacy decoding of a file reads as Chinese.
///
/// The list holds about 600 of the most frequent characters of modern written Chinese
/// plus the vocabulary of inspection reports, in simplified form; the traditional forms
/// are derived once with ICU's `Hans-Hant` transform, so a Big5 text and a GB18030 text
/// are judged alike.
enum CommonHanzi {
    static let simplified = """
        的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后\
        作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只\
        从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向\
        头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声\
        提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建\
        务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即\
        像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带\
        导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎存未远叫台单影具罗\
        字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器\
        容照须九增研写称企八功包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较\
        注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音\
        跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父\
        苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错\
        承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警\
        获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角\
        占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿\
        艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽\
        良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画\
        巡督查纠腐廉违纪监督整改反馈党委组织部门单位落实问题线索立案审查调查处分移送机关干部群众领导班子
        """
    /// CJK punctuation common in running Chinese text (full-width and ideographic forms).
    static let punctuation: Set<Unicode.Scalar> = Set("，。、；：？！“”‘’（）《》〈〉【】—…·「」『』﹐﹑．".unicodeScalars)

    /// Whether `scalar` is in ``set`` (a bitmap lookup; all members are in the BMP).
    @inline(__always)
    static func isFrequent(_ scalar: Unicode.Scalar) -> Bool { isFrequent(value: scalar.value) }

    /// ``isFrequent(_:)`` of a scalar value.
    @inline(__always)
    static func isFrequent(value: UInt32) -> Bool {
        let v = Int(value)
        return v < 0x10000 && bitmap[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    /// Whether `scalar` is CJK punctuation from ``punctuation``.
    @inline(__always)
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let v = Int(scalar.value)
        return v < 0x10000 && punctuationBitmap[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    private static let bitmap = makeBitmap(set)
    private static let punctuationBitmap = makeBitmap(punctuation)

    private static func makeBitmap(_ members: Set<Unicode.Scalar>) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: 1024)
        for scalar in members where scalar.value < 0x10000 {
            let v = Int(scalar.value)
            words[v >> 6] |= 1 << UInt64(v & 63)
        }
        return words
    }

    /// The simplified list together with its traditional forms.
    static let set: Set<Unicode.Scalar> = {
        var result = Set(simplified.unicodeScalars)
        let traditional = simplified.applyingTransform(StringTransform("Hans-Hant"), reverse: false) ?? ""
        result.formUnion(traditional.unicodeScalars)
        return result
    }()
}
