/// Computes ``CorpusStatistics`` for a set of documents. Pure: no I/O.
///
/// The caller selects the documents (a search, a filter, a ``Selection``);
/// statistics describe exactly the array given.
public enum Statistics {
    /// The label under which documents without a value are counted.
    public static let noneLabel = "(none)"

    /// Statistics of `documents`.
    ///
    /// - Parameters:
    ///   - documents: The selected documents; statement indices refer to this array.
    ///   - terms: A cache to segment through, or `nil` to skip top terms
    ///     (``CorpusStatistics/terms`` is then `nil`); segmentation is the only costly part.
    ///   - termLimit: How many top terms to keep.
    public static func compute(_ documents: [Document], terms: SegmentationCache? = nil,
                               termLimit: Int = 50) -> CorpusStatistics {
        CorpusStatistics(
            documentCount: documents.count,
            provinces: counts(documents, by: .province),
            years: counts(documents, by: .year),
            kinds: counts(documents, by: .kind),
            levels: counts(documents, by: .level),
            timeline: Timeline.compute(documents),
            figures: FigureTable.rows(documents),
            policies: LabelCount.tally(documents.flatMap { Set($0.policies) }),
            terms: terms?.topTerms(documents, limit: termLimit))
    }

    /// Documents per value of `facet`, sorted count desc then label; missing values under ``noneLabel``.
    ///
    /// A document with several values (kinds) counts once under each distinct one.
    public static func counts(_ documents: [Document], by facet: Facet) -> [LabelCount] {
        LabelCount.tally(documents.flatMap { document -> [String] in
            let values = Set(facet.values(of: document))
            return values.isEmpty ? [noneLabel] : Array(values)
        })
    }
}
