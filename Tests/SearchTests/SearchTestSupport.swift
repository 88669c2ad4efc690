@testable import Corpus
import Testing

/// A small document for search tests.
func makeDocument(
    _ id: String, title: String, text: String, date: String? = nil, province: String? = nil,
    source: String? = nil, level: InspectionLevel? = nil, kinds: [String] = []
) -> Document {
    Document(id: id, path: id, title: title, date: date, source: source,
             paragraphs: text.split(separator: "\n").map(String.init),
             places: Places(province: province), level: level, kinds: kinds)
}

/// An index over `documents`, with the documents kept beside it.
func makeIndex(_ documents: [Document]) -> SearchIndex {
    let index = SearchIndex()
    index.add(documents)
    return index
}

/// Document ids of the results of `query`, in rank order.
func ids(_ index: SearchIndex, _ documents: [Document], _ query: String, filters: Filters = Filters()) throws -> [String] {
    try index.search(query, filters: filters).map { documents[$0.document].id }
}

/// The substrings of `text` at the Unicode-scalar ranges `ranges`.
func slices(_ text: String, _ ranges: [Range<Int>]) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
}

extension String {
    /// `nil` for the empty string (optional document fields in generated corpora).
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// `a` answers each of `queries` as `b` does: the same count, matches and ranked results
/// (the same documents, in any order, when `scoresMayDiffer`), and the same highlights in the
/// first five of them.
func expectSameAnswersOf(_ a: SearchIndex, _ b: SearchIndex, _ documents: [Document], queries: [String],
                         scoresMayDiffer: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(a.count == b.count, sourceLocation: sourceLocation)
    for text in queries {
        let query = try Query.parse(text)
        #expect(a.matches(query, refine: false) == b.matches(query, refine: false), "\(text)", sourceLocation: sourceLocation)
        let x = a.search(query, refine: false), y = b.search(query, refine: false)
        if scoresMayDiffer {
            #expect(Set(x.map(\.document)) == Set(y.map(\.document)), "\(text)", sourceLocation: sourceLocation)
        } else {
            #expect(x == y, "\(text)", sourceLocation: sourceLocation)
        }
        for r in y.prefix(5) {
            let p = a.highlights(query, in: documents[r.document]), q = b.highlights(query, in: documents[r.document])
            #expect(p.textHits == q.textHits && p.titleHits == q.titleHits, "\(text)", sourceLocation: sourceLocation)
        }
    }
}
