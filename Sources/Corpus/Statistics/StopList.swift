import WordBreak

/// Which segmented words count as terms: the single place the stop list lives.
///
/// Only Han words count: punctuation and spaces (never returned by
/// ``WordBreak``), numbers and Latin letters (HTML remnants, pinyin glosses
/// such as `wǎng`) are dropped, and so are one-character words, words made only of Chinese numerals (`十一`, `五`),
/// and the function words and generic terms of ``words`` — in Simplified and
/// Traditional forms.
public enum StopList {
    /// Function words and generic terms of news and work-report prose.
    public static let words: Set<String> = [
        // Function words (most are one character and already dropped; kept for clarity).
        "的", "了", "和", "与", "在", "是", "等", "对", "为", "将", "中", "并", "及", "以", "把", "被", "从",
        "與", "對", "為", "將", "並", "從",
        "以及", "及其", "对于", "關於", "关于", "對於", "由于", "由於", "因为", "因為", "所以", "但是", "而且",
        "并且", "並且", "如果", "通过", "通過", "按照", "根据", "根據", "围绕", "圍繞", "其中", "之一", "之间",
        "之間", "一个", "一個", "一些", "这个", "這個", "这些", "這些", "那些", "我们", "我們", "他们", "他們",
        "自己", "有关", "有關", "相关", "相關", "方面", "同时", "同時", "已经", "已經", "可以", "就是", "还是",
        "還是", "没有", "沒有", "不断", "不斷", "进一步", "進一步", "以来", "以來", "目前", "近日", "近期",
        "今年", "去年", "一是", "二是", "三是", "四是", "五是", "一批", "各级", "各級", "全省", "全市",
        // Generic verbs and nouns of work reports.
        "工作", "进行", "進行", "开展", "開展", "加强", "加強", "推动", "推動", "坚持", "堅持", "积极", "積極",
        "认真", "認真", "全面", "深入", "持续", "持續", "切实", "切實", "有效", "情况", "情況", "问题",
        "問題", "要求", "提出", "明确", "明確", "重点", "重點", "主要", "重要", "建立", "进行了", "形成",
        // News page furniture.
        "记者", "記者", "编辑", "編輯", "责任编辑", "責任編輯", "来源", "來源", "原标题", "原標題",
        "本报讯", "本報訊", "通讯员", "通訊員", "发布", "發布", "时间", "時間",
    ]

    /// Characters that make up Chinese numerals; a word made only of them is a number.
    static let numerals: Set<Character> = [
        "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "萬", "亿",
        "億", "两", "兩", "第",
    ]

    /// True when a segment of this kind can be a term (Han words only).
    public static func isCandidate(_ kind: WordBreak.Kind) -> Bool { kind == .ideographic }

    /// True when `word` (of a kind that ``isCandidate(_:)``) should be counted as a term.
    public static func keeps(_ word: String) -> Bool {
        guard word.count >= 2 else { return false }
        if words.contains(word) { return false }
        if word.allSatisfy({ numerals.contains($0) || $0.isNumber }) { return false }
        return true
    }
}
