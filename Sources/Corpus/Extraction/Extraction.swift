/// Understanding a document: places, level, kinds, figures, policies, script and dates.
///
/// PLACEHOLDER signatures; the extraction work fills these in.
public enum Extraction {
    /// Fills `places`, `level`, `kinds`, `figures`, `policies`, `script` and the flags
    /// that follow from them (`no-province`, `ambiguous-place`) from the document's
    /// title and paragraphs. Pure: no I/O.
    public static func enrich(_ document: inout Document) {}

    /// A date in any of the forms reports use (`Tue, 21 Dec 2021 23:50:30 GMT`, `2022-05-27`,
    /// `2024年04月29日 13:45`, `2021/9/3` …) as `YYYY-MM-DD`, or `nil` when it is not a date.
    public static func normalizeDate(_ raw: String) -> String? { nil }
}
