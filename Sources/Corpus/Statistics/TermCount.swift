/// A term with its frequency in a set of documents.
public struct TermCount: Sendable, Hashable, Codable {
    public var term: String
    /// Occurrences across the documents.
    public var count: Int
    /// Documents containing the term at least once.
    public var documents: Int

    public init(term: String, count: Int, documents: Int) {
        self.term = term; self.count = count; self.documents = documents
    }

    enum CodingKeys: String, CodingKey { case term, count, documents }
}
