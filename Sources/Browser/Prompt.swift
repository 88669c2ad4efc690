/// The search prompt's editable line.
///
/// Text is edited by `Character`; `cursor` is a Character index `0...text.count`.
public struct Prompt: Sendable, Hashable {
    public var text: String
    public var cursor: Int
    /// The query in force when the prompt opened; Esc goes back to it.
    public var previousQuery: String
    /// Position in the history while browsing it with ↑/↓; `nil` when editing.
    var historyIndex: Int?
    /// Why the current text is not a valid query, if it is not.
    public var error: String?

    init(previousQuery: String) {
        text = previousQuery; cursor = previousQuery.count; self.previousQuery = previousQuery
    }

    mutating func insert(_ ch: Character) {
        let i = text.index(text.startIndex, offsetBy: cursor)
        text.insert(ch, at: i); cursor += 1
    }

    mutating func backspace() {
        guard cursor > 0 else { return }
        let i = text.index(text.startIndex, offsetBy: cursor - 1)
        text.remove(at: i); cursor -= 1
    }

    mutating func delete() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    mutating func set(_ s: String) { text = s; cursor = s.count }
}
