extension Gazetteer {
    /// Full names that are ordinary words or not places; never indexed.
    static let stopNames: Set<String> = [
        "城区", "郊区", "矿区", "新区", "东区", "西区", "南区", "北区", "中区", "海域", "新城区", "老城区", "市中区",
    ]
    /// Short names that are ordinary words; only their full names are indexed.
    static let stopShortNames: Set<String> = ["安康", "海域", "城区", "郊区", "矿区", "互助", "大通", "三江", "青龙", "长白", "来宾"]
    /// Phrases that contain a place name but are not about the place; matched and ignored.
    static let stopPhrases: [String] = [
        "北京时间", "中国", "全国", "新华社", "中新社", "中新网", "长治久安", "三明治", "阿里巴巴", "长白山",
    ]

    /// Builds the gazetteer from the text of `adcodes.csv` (`adcode,name,longitude,latitude`)
    /// and of `56_nations.csv` (one ethnic-group name per line).
    public init(adcodes: String, nations: String) {
        let nationNames = nations.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty }
        var rows: [(code: String, name: String, level: Level)] = []
        for line in adcodes.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let code = String(fields[0]), name = String(fields[1]).trimmingSpaces
            guard code.count == 12, code.allSatisfy(\.isNumber), !code.hasPrefix("99"), !name.isEmpty else { continue }
            let level: Level = code.hasSuffix("0000000000") ? .province
                : code.hasSuffix("00000000") ? .prefecture : .county
            if level == .county, ["71", "81", "82"].contains(String(code.prefix(2))) { continue }
            rows.append((code, name, level))
        }
        rows.sort { $0.level < $1.level }
        let nationForms = Gazetteer.nationForms(nationNames)
        var byCode: [String: Int] = [:]
        for (i, row) in rows.enumerated() where byCode[row.code] == nil { byCode[row.code] = i }
        var divisions: [Division] = []
        for (i, row) in rows.enumerated() {
            let provinceCode = String(row.code.prefix(2)) + "0000000000"
            let prefectureCode = String(row.code.prefix(4)) + "00000000"
            let short = Gazetteer.shortName(of: row.name, level: row.level, nationForms: nationForms)
            divisions.append(Division(
                code: row.code, name: row.name, level: row.level, shortName: short,
                province: byCode[provinceCode] ?? i,
                prefecture: row.level == .county ? byCode[prefectureCode] : nil))
        }
        self.divisions = divisions
        var names: [String: [Int]] = [:]
        for (i, division) in divisions.enumerated() {
            if !Gazetteer.stopNames.contains(division.name) { names[division.name, default: []].append(i) }
            if let short = division.shortName, !Gazetteer.stopShortNames.contains(short) {
                names[short, default: []].append(i)
            }
        }
        self.names = names
        self.index = Gazetteer.buildIndex(names: names, divisions: divisions)
    }

    private static func buildIndex(names: [String: [Int]], divisions: [Division]) -> PhraseTable<IndexedName> {
        var entries: [(phrase: [Unicode.Scalar], payload: IndexedName)] = []
        for (name, candidates) in names.sorted(by: { $0.key < $1.key }) {
            let scalars = Array(name.unicodeScalars)
            guard !scalars.isEmpty else { continue }
            let reduced = reduce(candidates, divisions: divisions)
            let isFull = candidates.contains { divisions[$0].name == name }
            entries.append((scalars, IndexedName(
                name: name, candidates: reduced, needsBoundary: isFull && scalars.count == 2
                    && reduced.allSatisfy { divisions[$0].level == .county })))
        }
        for phrase in stopPhrases {
            entries.append((Array(phrase.unicodeScalars), IndexedName(name: phrase, candidates: [], needsBoundary: false)))
        }
        return PhraseTable(entries)
    }

    /// Keeps, per province, only the highest-level candidates; a province candidate wins outright.
    static func reduce(_ candidates: [Int], divisions: [Division]) -> [Int] {
        let provinces = candidates.filter { divisions[$0].level == .province }
        if !provinces.isEmpty { return provinces }
        var best: [Int: Int] = [:]
        for c in candidates {
            let p = divisions[c].province
            if let b = best[p], divisions[b].level <= divisions[c].level { continue }
            best[p] = c
        }
        return candidates.filter { best[divisions[$0].province] == $0 }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
