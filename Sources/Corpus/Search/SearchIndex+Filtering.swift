import Foundation

extension SearchIndex {
    /// Documents passing the query's field filters and the facet filters, ascending;
    /// `nil` when neither constrains anything.
    func filtered(_ fields: [Query.Field], _ filters: Filters) -> [UInt32]? {
        var tests: [(DocumentMetadata) -> Bool] = []
        var years: [ClosedRange<Int32>] = []
        if !filters.provinces.isEmpty {
            let ids = ids { filters.provinces.contains($0) }
            tests.append { ids.contains($0.province) }
        }
        if !filters.years.isEmpty { tests.append { filters.years.contains($0.year) } }
        if !filters.kinds.isEmpty {
            let ids = ids { filters.kinds.contains($0) }
            tests.append { $0.kinds.contains(where: ids.contains) }
        }
        if !filters.levels.isEmpty {
            let levels = Set(InspectionLevel.allCases.indices.filter { filters.levels.contains(InspectionLevel.allCases[$0].rawValue) }.map(Int8.init))
            tests.append { levels.contains($0.level) }
        }
        for field in fields {
            switch field {
            case .province(let value):
                let ids = ids { self.provinceMatches($0, value) }
                tests.append { ids.contains($0.province) }
            case .year(let range):
                // On the flat date keys: no per-document metadata copy when years are all.
                years.append(Int32(clamping: range.lowerBound * 10000)...Int32(clamping: range.upperBound * 10000 + 9999))
            case .kind(let value):
                let folded = normalizer.normalize(value)
                let ids = ids { self.normalizer.normalize($0) == folded }
                tests.append { $0.kinds.contains(where: ids.contains) }
            case .level(let value):
                let index = InspectionLevel.allCases.firstIndex { $0.rawValue == value }.map(Int8.init) ?? -2
                tests.append { $0.level == index }
            case .source(let value):
                let folded = normalizer.normalize(value)
                let ids = ids { UnitSearch.first(folded, in: self.normalizer.normalize($0)) != nil }
                tests.append { ids.contains($0.source) }
            }
        }
        guard !tests.isEmpty || !years.isEmpty else { return nil }
        var docs: [UInt32] = []
        dateKeys.withUnsafeBufferPointer { dates in
            for i in 0..<count where years.allSatisfy({ dates[i] >= 0 && $0.contains(dates[i]) }) {
                if tests.isEmpty || tests.allSatisfy({ $0(metadata[i]) }) { docs.append(UInt32(i)) }
            }
        }
        return docs
    }

    /// Interned string ids whose string satisfies `predicate`.
    private func ids(_ predicate: (String) -> Bool) -> Set<Int32> {
        Set(strings.values.indices.filter { predicate(strings.values[$0]) }.map(Int32.init))
    }

    /// Whether a province name matches a `province:` value: the name (with or without
    /// 省/市/自治区 etc.) contains the folded value, or its pinyin starts with it: the
    /// value matches from the name's first character under the rules of ``PinyinMatcher``
    /// (syllables of any reading, initials, a partial last syllable: `chongqing`, `cq`).
    func provinceMatches(_ province: String, _ value: String) -> Bool {
        let name = normalizer.normalize(province)
        let folded = normalizer.normalize(value)
        if UnitSearch.first(name, in: folded) == 0 || UnitSearch.first(folded, in: name) != nil { return true }
        guard let matcher = PinyinMatcher(folded) else { return false }
        pinyin.prepare(name)
        return name.withUnsafeBufferPointer { units in
            pinyin.withView { matcher.match(in: units, view: $0, at: 0) != nil }
        }
    }
}
