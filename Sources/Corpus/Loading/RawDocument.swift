/// A document as read from its file, before metadata lines are parsed and the text is cleaned.
struct RawDocument: Sendable {
    var title: String?
    /// A weaker title (the HTML `<title>`), used when the text head gives none.
    var fallbackTitle: String? = nil
    /// The date as written anywhere in the source (front matter, meta tag, feed); normalised later.
    var dateRaw: String? = nil
    /// 来源 stated by the page (meta tag, feed, front matter `source`).
    var source: String? = nil
    /// A media name from front matter `author` (e.g. a portal); used as source when no 来源 is found.
    var media: String? = nil
    var author: String? = nil
    /// Editor named by page markup (e.g. `<p class="article-editor">`).
    var editor: String? = nil
    var url: String? = nil
    /// Text lines / blocks in reading order, still uncleaned.
    var lines: [String]
    /// Whether the first lines may hold a plain-text page head (title, crumbs, metadata line).
    var hasTextHead: Bool = true
    var flags: [String] = []
}
