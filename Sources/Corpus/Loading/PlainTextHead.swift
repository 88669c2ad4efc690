/// Finds the title of a plain-text page copy among its first lines.
///
/// Page copies start with a head: perhaps a site-name line and navigation
/// crumbs, then the title, perhaps a subtitle (`——…`), then a metadata line
/// (`来源:… 发布时间:…` or `2024年04月29日 13:45 來源:…`). The title is the
/// nearest line above the first metadata line that is not furniture or a
/// subtitle; with no metadata line, it is the first line that is not furniture.
/// Lines above the title are page furniture and are dropped; a subtitle stays as
/// the first paragraph.
enum PlainTextHead {
    /// How many non-empty lines from the top are searched for the head.
    static let window = 12

    /// The title and the lines that remain as body (title and furniture above it removed).
    ///
    /// - Returns: `fromMetadata` tells whether a metadata line confirmed the head (a stronger
    ///   sign than a short first line).
    static func split(_ lines: [String]) -> (title: String?, body: [String], fromMetadata: Bool) {
        let candidates = lines.indices.filter { !lines[$0].isEmpty }.prefix(window)
        guard let first = candidates.first else { return (nil, lines, false) }
        if let meta = candidates.first(where: { MetadataLine.parse(lines[$0]) != nil }) {
            if let titleIndex = candidates.reversed().first(where: { $0 < meta && isTitleCandidate(lines[$0]) }) {
                var body = lines
                body.removeSubrange(0...titleIndex)
                return (lines[titleIndex], body, true)
            }
        }
        let content = candidates.first(where: { !isFurniture(lines[$0]) }) ?? first
        guard isTitleCandidate(lines[content]) else { return (nil, lines, false) }
        var body = lines
        body.removeSubrange(0...content)
        return (lines[content], body, false)
    }

    /// Crumbs, share widgets, promotions and site-name lines.
    static func isFurniture(_ line: String) -> Bool {
        CleaningRules.isCrumb(line) || CleaningRules.isShareWidget(line) || CleaningRules.isPromo(line)
            || CleaningRules.isSiteNameLine(line)
    }

    /// A line that can be a title: at most 60 characters, not ending a sentence, not furniture, not a subtitle.
    static func isTitleCandidate(_ line: String) -> Bool {
        guard TextSearch.isShort(line, 60), line.unicodeScalars.count >= 2 else { return false }
        if let last = line.last, "。！？；.!?;".contains(last) { return false }
        if TextSearch.hasPrefix(line, "—") || TextSearch.hasPrefix(line, "--") { return false }
        if isFurniture(line) { return false }
        return MetadataLine.parse(line) == nil
    }
}
