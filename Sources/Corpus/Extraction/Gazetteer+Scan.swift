extension Gazetteer {
    /// One place name found in a text.
    struct Match: Sendable {
        /// Offsets `[start, end)` in the scanned text's normalised scalars.
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
        text.normalized.withUnsafeBufferPointer { s in
            var i = 0
            var lastEnd = -1
            while i < s.count {
                let start = i
                let found = index.longestMatch(in: s, at: i) { entry in
                    guard index.payloads[entry].needsBoundary, start > 0, lastEnd != start else { return true }
                    let previous = s[start - 1]
                    return !HanConversion.isHan(previous) || previous == "省" || previous == "市" || previous == "州"
                }
                guard let found else { i += 1; continue }
                let name = index.payloads[found]
                let end = i + index.length(of: found)
                if !name.candidates.isEmpty {
                    matches.append(Match(start: i, end: end, name: name.name, candidates: name.candidates))
                }
                i = end
                lastEnd = end
            }
        }
        return matches
    }
}
