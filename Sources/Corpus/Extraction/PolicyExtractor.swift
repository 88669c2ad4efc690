/// Titles cited in `《…》`.
///
/// Nested titles inside (`《落实〈关于…的意见〉的具体措施》`, or a nested `《》`) stay part of the
/// outer title. Titles are unique, in order of first mention. A short title that is the tail of
/// a title already cited (`《意见》` after `《关于…的意见》`) is an abbreviation and is skipped.
enum PolicyExtractor {
    static func policies(in texts: [String]) -> [String] {
        var found: [String] = []
        for text in texts {
            var depth = 0
            var current: [Unicode.Scalar] = []
            // Nothing is collected before the first `《`: start there (found by byte search).
            guard let first = TextSearch.offset(of: "《", in: text) else { continue }
            let utf8 = text.utf8
            for c in text.unicodeScalars[utf8.index(utf8.startIndex, offsetBy: first)...] {
                if c == "《" {
                    if depth > 0 { current.append(c) }
                    depth += 1
                } else if c == "》", depth > 0 {
                    depth -= 1
                    if depth > 0 { current.append(c); continue }
                    let title = UTF8Bytes.string(current).trimmingSpaces
                    current = []
                    guard !title.isEmpty, !found.contains(title),
                          !found.contains(where: { $0.hasSuffix(title) }) else { continue }
                    found.append(title)
                } else if depth > 0 {
                    if c == "\n" { depth = 0; current = []; continue }
                    current.append(c)
                }
            }
        }
        return found
    }
}
