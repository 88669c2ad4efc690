/// What kind of time span a figure's period words describe.
///
/// Figures of different classes are never added together: a 五年来 total
/// already contains the single years it spans.
public enum PeriodClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// One year or part of one: `2021年`, `今年以来`, `去年`, `上半年`, `1至6月`.
    case singleYear = "single-year"
    /// Several years or a whole term: `五年来`, `近年来`, `十一届`, `十八大以来`,
    /// `2018年以来`, `2018年至2022年`, `十三五`.
    case multiYear = "multi-year"
    /// Period words that name neither, such as `本轮` or `此次`.
    case other
    /// No period words at all.
    case unstated

    /// Order of classes inside one metric (single years first).
    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Classifies the period words kept with a figure (``Figure/period``).
    ///
    /// Rules, first match wins: a year range (`2018年至2022年`) → multi-year;
    /// words of the current or one year (`今年`, `本年`, `去年`, `当年`, `上半年`,
    /// `下半年`, `季度`, `月`) → single-year; `年来`, `届`, `以来` (after a year,
    /// a congress or alone), `任期`, `累计`, `历年`, `多年`, `十三五`, `十四五`
    /// (and their Traditional forms) → multi-year; a lone `YYYY年` or `年度` → single-year.
    public static func classify(_ period: String?) -> PeriodClass {
        guard let period, !period.isEmpty else { return .unstated }
        if period.contains(/\d{4}\s*年?\s*[至到—–\-~～]\s*\d{4}/) { return .multiYear }
        let single = ["今年", "本年", "去年", "当年", "當年", "上半年", "下半年", "季度", "月"]
        if single.contains(where: period.contains) { return .singleYear }
        let multi = [
            "年来", "年來", "届", "屆", "以来", "以來", "任期", "累计", "累計", "历年", "歷年", "十三五", "十四五", "多年",
        ]
        if multi.contains(where: period.contains) { return .multiYear }
        if period.contains(/\d{4}\s*年/) || period.contains("年度") { return .singleYear }
        return .other
    }
}
