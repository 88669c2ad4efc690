/// Finds the kinds of inspection a text names, in order of first mention.
struct KindExtractor {
    /// Normalised surface → canonical name, indexed by first scalar, longest first.
    private let index: [Unicode.Scalar: [(surface: [Unicode.Scalar], canonical: String)]]

    static let shared = KindExtractor()

    init(kinds: [InspectionVocabulary.Kind] = InspectionVocabulary.kinds) {
        var index: [Unicode.Scalar: [(surface: [Unicode.Scalar], canonical: String)]] = [:]
        var seen: Set<[Unicode.Scalar]> = []
        for kind in kinds {
            for surface in kind.surfaces {
                let scalars = Array(surface.unicodeScalars).map(PreparedText.normalize)
                guard let first = scalars.first, seen.insert(scalars).inserted else { continue }
                index[first, default: []].append((scalars, kind.canonical))
            }
        }
        for key in index.keys { index[key]?.sort { $0.surface.count > $1.surface.count } }
        self.index = index
    }

    /// Canonical kinds named in the texts, in order of first mention (title first).
    func kinds(in texts: [PreparedText]) -> [String] {
        var found: [String] = []
        for text in texts {
            var i = 0
            let scalars = text.normalized
            while i < scalars.count {
                guard let candidates = index[scalars[i]],
                      let hit = candidates.first(where: { text.matches($0.surface, at: i) })
                else { i += 1; continue }
                if !found.contains(hit.canonical) { found.append(hit.canonical) }
                i += hit.surface.count
            }
        }
        return found
    }
}
