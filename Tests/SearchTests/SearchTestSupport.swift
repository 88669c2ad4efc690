@testable import Corpus

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
