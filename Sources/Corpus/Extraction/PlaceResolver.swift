/// Decides which province, prefecture and county a document is about.
///
/// Rule:
/// 1. Every place name in the title counts 3, in the body 1; a province's own name counts
///    double (it is stronger evidence than one of its districts). A prefecture or county counts
///    for its province.
/// 2. Names that can mean divisions in several provinces (朝阳区, 新华区 …) are decided by the
///    unambiguous names: the candidate province with the highest score wins; when none of the
///    candidate provinces scores, the name stays undecided and is reported in
///    `Places.ambiguous` (flag `ambiguous-place`), never guessed.
/// 3. The province is the highest-scoring one (ties: first mentioned).
/// 4. Within it, the city is the highest-scoring prefecture (a county counts for its
///    prefecture) and the county the highest-scoring county within that city.
/// 5. No province → flag `no-province`.
struct PlaceResolver {
    let gazetteer: Gazetteer
    static let titleWeight = 3

    /// Resolves places from matches in the title and in the body.
    func resolve(title: [Gazetteer.Match], body: [Gazetteer.Match]) -> (places: Places, flags: [String]) {
        let weighted = title.map { ($0, Self.titleWeight) } + body.map { ($0, 1) }
        let divisions = gazetteer.divisions
        var provinceScore: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        var order = 0
        func note(_ province: Int, _ weight: Int) {
            provinceScore[province, default: 0] += weight
            if firstSeen[province] == nil { firstSeen[province] = order }
            order += 1
        }
        var resolved: [(division: Int, weight: Int)] = []
        var pending: [(match: Gazetteer.Match, weight: Int)] = []
        for (match, weight) in weighted {
            let provinces = Set(match.candidates.map { divisions[$0].province })
            if provinces.count == 1, let division = match.candidates.first {
                note(divisions[division].province, divisions[division].level == .province ? 2 * weight : weight)
                resolved.append((division, weight))
            } else {
                pending.append((match, weight))
                order += 1
            }
        }
        let unambiguousScore = provinceScore
        var ambiguous: [String] = []
        for (match, weight) in pending {
            let best = match.candidates
                .map { ($0, unambiguousScore[divisions[$0].province] ?? 0) }
                .filter { $0.1 > 0 }
                .max { $0.1 < $1.1 }
            if let (division, _) = best {
                note(divisions[division].province, weight)
                resolved.append((division, weight))
            } else if !ambiguous.contains(match.name) {
                ambiguous.append(match.name)
            }
        }
        var places = Places(ambiguous: ambiguous)
        var flags: [String] = []
        let province = provinceScore.max { a, b in
            a.value != b.value ? a.value < b.value : (firstSeen[a.key] ?? 0) > (firstSeen[b.key] ?? 0)
        }?.key
        if let province {
            places.province = gazetteer.provinceName(of: province)
            (places.city, places.county) = localPlaces(in: province, resolved: resolved)
        } else {
            flags.append("no-province")
        }
        if !ambiguous.isEmpty { flags.append("ambiguous-place") }
        return (places, flags)
    }

    /// The most mentioned prefecture and county inside one province.
    private func localPlaces(in province: Int, resolved: [(division: Int, weight: Int)]) -> (String?, String?) {
        let divisions = gazetteer.divisions
        var cityScore: [Int: Int] = [:], countyScore: [Int: Int] = [:], first: [Int: Int] = [:]
        for (n, (division, weight)) in resolved.enumerated() where divisions[division].province == province {
            let d = divisions[division]
            let city = d.level == .prefecture ? division : d.prefecture
            if let city { cityScore[city, default: 0] += weight; if first[city] == nil { first[city] = n } }
            if d.level == .county { countyScore[division, default: 0] += weight; if first[division] == nil { first[division] = n } }
        }
        func best(_ scores: [Int: Int]) -> Int? {
            scores.max { a, b in a.value != b.value ? a.value < b.value : (first[a.key] ?? 0) > (first[b.key] ?? 0) }?.key
        }
        let city = best(cityScore)
        let county = best(countyScore.filter { city == nil || divisions[$0.key].prefecture == city })
        let countyCity = county.flatMap { divisions[$0].prefecture }
        return ((city ?? countyCity).map { divisions[$0].name }, county.map { divisions[$0].name })
    }
}
