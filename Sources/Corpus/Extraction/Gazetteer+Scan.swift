extension Gazetteer {
    /// One place name found in a text.
    struct Match: Sendable {
        /// Unicode-scalar offsets `[start, end)` in the scanned text.
        let start: Int
        let end: Int
        /// The name as matched (normalised, Simplified).
        let name: String
        /// Candidate divisions (see ``IndexedName/candidates``); several provinces means ambiguous.
        let candidates: [Int]
    }

    /// Scans a text for place names, left to right, taking the longest name at each position.
    ///
    /// Cost is linear in the text length times the few names sharing a first character.
    func scan(_ text: PreparedText) -> [Match] {
        var matches: [Match] = []
        let scalars = text.normalized
        var i = 0
        var lastEnd = -1
        let boundaryCharacters: Set<Unicode.Scalar> = ["省", "市", "州"]
        while i < scalars.count {
            guard let names = index[scalars[i]] else { i += 1; continue }
            var advanced = false
            for name in names where text.matches(name.scalars, at: i) {
                if name.needsBoundary, i > 0, lastEnd != i {
                    let previous = scalars[i - 1]
                    if HanConversion.isHan(previous) && !boundaryCharacters.contains(previous) { continue }
                }
                let end = i + name.scalars.count
                if !name.candidates.isEmpty {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: name.scalars)
                    matches.append(Match(start: i, end: end, name: String(view), candidates: name.candidates))
                }
                i = end
                lastEnd = end
                advanced = true
                break
            }
            if !advanced { i += 1 }
        }
        return matches
    }
}
