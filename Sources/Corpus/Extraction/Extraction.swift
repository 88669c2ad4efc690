/// Understanding a document: places, level, kinds, figures, policies, script and dates.
///
/// Everything here is pure and thread-safe (tables are immutable `static let`s built once).
public enum Extraction {
    /// Fills `places`, `level`, `kinds`, `figures`, `policies`, `script` and the flags
    /// that follow from them (`no-province`, `ambiguous-place`, `no-date`) from the document's
    /// title and paragraphs. Pure: no I/O. Flags already present are kept; none is added twice.
    ///
    /// Figure offsets are Unicode-scalar offsets into `document.text`.
    public static func enrich(_ document: inout Document) {
        let text = document.text
        let body = PreparedText(text)
        let title = PreparedText(document.title)
        let gazetteer = Gazetteer.shared
        let resolver = PlaceResolver(gazetteer: gazetteer)
        let (places, placeFlags) = resolver.resolve(title: gazetteer.scan(title), body: gazetteer.scan(body))
        document.script = HanConversion.script(of: [title.original, body.original])
        document.places = places
        document.kinds = KindExtractor.shared.kinds(in: [title, body])
        document.level = LevelDetector.level(in: [title, body], places: places, hasKinds: !document.kinds.isEmpty)
        document.figures = FigureExtractor.shared.figures(in: body)
        SentenceSharing.share(&document.figures, paragraphs: document.paragraphs)
        document.policies = PolicyExtractor.policies(in: [document.title, text])
        var flags = document.flags
        for flag in placeFlags + (document.date == nil ? ["no-date"] : []) where !flags.contains(flag) {
            flags.append(flag)
        }
        document.flags = flags
    }

    /// A date in any of the forms reports use (`Tue, 21 Dec 2021 23:50:30 GMT`, `2022-05-27`,
    /// `2024年04月29日 13:45`, `2021/9/3`, `2021.09.03`, `20210903` …) as `YYYY-MM-DD`, or `nil`
    /// when it is not a possible date.
    public static func normalizeDate(_ raw: String) -> String? { DateNormalizer.normalize(raw) }
}
