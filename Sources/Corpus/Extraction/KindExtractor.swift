/// Finds the kinds of inspection a text names, in order of first mention.
struct KindExtractor {
    /// Normalised surface → canonical name, indexed by first scalar, longest first.
    /// Normalised surfaces, payload = canonical name.
    private let index: PhraseTable<String>

    static let shared = KindExtractor()

    init(kinds: [InspectionVocabulary.Kind] = InspectionVocabulary.kinds) {
        var entries: [(phrase: [Unicode.Scalar], payload: String)] = []
        var seen: Set<[Unicode.Scalar]> = []
        for kind in kinds {
            for surface in kind.surfaces {
                let scalars = Array(surface.unicodeScalars).map(PreparedText.normalize)
                guard !scalars.isEmpty, seen.insert(scalars).inserted else { continue }
                entries.append((scalars, kind.canonical))
            }
        }
        self.index = PhraseTable(entries)
    }

    /// Canonical kinds named in the texts, in order of first mention (title first).
    func kinds(in texts: [PreparedText]) -> [String] {
        var found: [String] = []
        for text in texts {
            text.normalized.withUnsafeBufferPointer { s in
                var i = 0
                while i < s.count {
                    guard let hit = index.longestMatch(in: s, at: i) else { i += 1; continue }
                    let canonical = index.payloads[hit]
                    if !found.contains(canonical) { found.append(canonical) }
                    i += index.length(of: hit)
                }
            }
        }
        return found
    }
}
