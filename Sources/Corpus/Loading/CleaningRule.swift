/// One named step of text cleaning, applied to a document's paragraphs in order.
///
/// Rules are listed once, in ``CleaningRules/all``; docs/corpus.md mirrors that list.
public struct CleaningRule: Sendable {
    /// What the rule does to the paragraph list.
    public enum Action: Sendable {
        /// Rewrites every paragraph.
        case rewrite(@Sendable (String) -> String)
        /// Rewrites the last paragraph only.
        case rewriteLast(@Sendable (String) -> String)
        /// Drops every paragraph that matches.
        case drop(@Sendable (String) -> Bool)
        /// Drops matching paragraphs among the first `n` (the page head).
        case dropInHead(Int, @Sendable (String) -> Bool)
        /// Drops the first matching paragraph after the first one, and everything after it.
        case cutFrom(@Sendable (String) -> Bool)
        /// Drops a paragraph equal to the one before it.
        case dropRepeats
    }

    /// Stable kebab-case name (used in docs and tests).
    public let name: String
    /// One line saying what is removed or changed.
    public let summary: String
    public let action: Action

    public init(_ name: String, _ summary: String, _ action: Action) {
        self.name = name; self.summary = summary; self.action = action
    }

    /// Applies the rule to `paragraphs`.
    public func apply(_ paragraphs: [String]) -> [String] {
        switch action {
        case .rewrite(let f):
            return paragraphs.map(f)
        case .rewriteLast(let f):
            guard let last = paragraphs.last else { return paragraphs }
            var result = paragraphs
            result[result.count - 1] = f(last)
            return result
        case .drop(let matches):
            return paragraphs.filter { !matches($0) }
        case .dropInHead(let n, let matches):
            return paragraphs.enumerated().filter { !($0.offset < n && matches($0.element)) }.map(\.element)
        case .cutFrom(let matches):
            guard paragraphs.count > 1,
                  let index = paragraphs.indices.dropFirst().first(where: { matches(paragraphs[$0]) }) else {
                return paragraphs
            }
            return Array(paragraphs[..<index])
        case .dropRepeats:
            var result: [String] = []
            for p in paragraphs where !(result.last.map { $0.utf8.elementsEqual(p.utf8) } ?? false) {
                result.append(p)
            }
            return result
        }
    }
}
