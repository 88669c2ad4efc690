extension Gazetteer {
    /// Administrative suffixes, longest first.
    static let suffixes = [
        "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
        "地区", "林区", "省", "市", "盟", "县", "区", "旗",
    ]

    /// The short form of a division name, or `nil` when it would be shorter than two characters
    /// or the same as the full name.
    ///
    /// Strips one administrative suffix (`省`, `市`, `自治州` …); for `自治…` names also strips the
    /// ethnic-group names before it (`琼中黎族苗族自治县` → `琼中`, `伊犁哈萨克自治州` → `伊犁`).
    /// County-level short names are kept only from three characters on (`头屯河`), because
    /// two-character ones (`和平`, `平安`, `复兴`) are mostly ordinary words — except for
    /// autonomous counties and banners, whose short names are proper names (`琼中`, `大厂`).
    static func shortName(of name: String, level: Level, nations: [String]) -> String? {
        shortName(of: name, level: level, nationForms: nationForms(nations))
    }

    static func shortName(of name: String, level: Level, nationForms: [String]) -> String? {
        var short = name
        for suffix in suffixes where short.hasSuffix(suffix) && short.count > suffix.count {
            short.removeLast(suffix.count)
            if suffix.hasPrefix("自治") || suffix.hasSuffix("自治区") { short = stripNations(short, forms: nationForms) }
            break
        }
        let autonomous = name.hasSuffix("自治县") || name.hasSuffix("自治旗")
        let minimum = level == .county && !autonomous ? 3 : 2
        guard short != name, short.count >= minimum else { return nil }
        return short
    }

    /// The ethnic-group names as they appear in division names, longest first.
    static func nationForms(_ nations: [String]) -> [String] {
        var forms: [String] = []
        for nation in nations {
            forms.append(nation)
            let root = nation.hasSuffix("族") ? String(nation.dropLast()) : nation
            if root.count >= 2 { forms.append(root) }
        }
        return forms.sorted { $0.count > $1.count }
    }

    /// Removes ethnic-group names from the end (`黎族苗族` …); multi-character roots may also
    /// appear without `族` (`哈萨克`, `蒙古`).
    static func stripNations(_ name: String, forms: [String]) -> String {
        var short = name
        var changed = true
        while changed {
            changed = false
            for form in forms where short.hasSuffix(form) && short.count > form.count + 1 {
                short.removeLast(form.count)
                changed = true
                break
            }
        }
        return short
    }
}
