/// Tells the level of the inspecting body.
///
/// Rule: look at every `巡视`/`巡察` preceded by a committee (`X委`, optionally `X委第N`):
/// `中央…巡视` → 中央; `省委`/`党委`/`市委` + `巡视` → 省 (only central and provincial-level
/// committees 巡视); `市委`/`州委`/`盟委`/`地委` + `巡察` → 市; `县委`/`区委`/`旗委` + `巡察` → 县.
/// The document's level is the most specific (lowest) body named: a county report that
/// mentions the provincial inspection work is still a county report.
/// When no body is named but the text names some kind of inspection, the level follows the
/// most specific place resolved: county → 县, city → 市, province only → 省.
enum LevelDetector {
    @inline(__always)
    static func isOrdinalPart(_ c: Unicode.Scalar) -> Bool {
        c == "第" || c.isASCIIDigit || NumberReader.isChineseNumeral(c)
    }

    static func level(in texts: [PreparedText], places: Places, hasKinds: Bool) -> InspectionLevel? {
        var best: InspectionLevel?
        func consider(_ level: InspectionLevel) {
            let rank = InspectionLevel.allCases.firstIndex(of: level) ?? 0
            if best == nil || rank > (InspectionLevel.allCases.firstIndex(of: best!) ?? 0) { best = level }
        }
        for text in texts {
            let s = text.normalized
            var i = 1
            while i + 1 < s.count {
                defer { i += 1 }
                guard s[i] == "巡", s[i + 1] == "视" || s[i + 1] == "察" else { continue }
                let isPatrol = s[i + 1] == "察"
                var j = i - 1
                while j >= 0, isOrdinalPart(s[j]) { j -= 1 }
                if j >= 1, s[j] == "央", s[j - 1] == "中" { if !isPatrol { consider(.central) }; continue }
                guard j >= 1, s[j] == "委" else { continue }
                let committee = s[j - 1]
                if !isPatrol {
                    if committee == "省" || committee == "党" || committee == "市" { consider(.province) }
                } else if let level = InspectionVocabulary.patrolCommittees[Character(committee)] {
                    consider(level)
                }
            }
        }
        if let best { return best }
        guard hasKinds else { return nil }
        if places.county != nil { return .county }
        if places.city != nil { return .city }
        return places.province != nil ? .province : nil
    }
}
