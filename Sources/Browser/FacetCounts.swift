import Corpus

/// Per-facet value counts for the facet panel.
///
/// A value's count is the number of documents that match the query and the
/// filters of the *other* facets and have that value, so switching a value on
/// never zeroes its siblings.
struct FacetCounts: Equatable {
    struct Row: Equatable {
        var facet: Facet
        /// `nil` for the facet's heading row.
        var value: String?
        var count: Int
    }

    /// Heading and value rows in display order.
    let rows: [Row]

    init(state: AppState) {
        let matching = (try? state.selector.select(query: state.query, filters: ActiveFilters(), in: state.documents)) ?? []
        var rows: [Row] = []
        for facet in Facet.allCases {
            var counts: [String: Int] = [:]
            for i in matching where state.filters.admits(state.documents[i], ignoring: facet) {
                for v in Set(facet.values(of: state.documents[i])) { counts[v, default: 0] += 1 }
            }
            for v in Self.activeValues(facet, state.filters) where counts[v] == nil { counts[v] = 0 }
            rows.append(Row(facet: facet, value: nil, count: counts.values.reduce(0, +)))
            for (v, n) in Self.ordered(counts, facet) { rows.append(Row(facet: facet, value: v, count: n)) }
        }
        self.rows = rows
    }

    /// Indices of rows that hold a value (the cursor moves over these).
    var valueRows: [Int] { rows.indices.filter { rows[$0].value != nil } }

    private static func ordered(_ counts: [String: Int], _ facet: Facet) -> [(String, Int)] {
        switch facet {
        case .year: return counts.sorted { $0.key > $1.key }
        case .level:
            let order = InspectionLevel.allCases.map(\.rawValue)
            return counts.sorted { (order.firstIndex(of: $0.key) ?? 99) < (order.firstIndex(of: $1.key) ?? 99) }
        case .province, .kind: return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        }
    }

    private static func activeValues(_ facet: Facet, _ f: ActiveFilters) -> [String] {
        switch facet {
        case .province: Array(f.provinces)
        case .year: f.years.map(String.init)
        case .kind: Array(f.kinds)
        case .level: Array(f.levels)
        }
    }
}
