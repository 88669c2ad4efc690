extension DisplayWidth {
    /// One screen cell a grapheme cluster is drawn as.
    public struct CellText: Hashable, Sendable {
        /// What the cell holds: a base scalar plus any zero-width marks (ZWJ,
        /// skin-tone modifiers and VS15 removed; VS16 kept when it widened a
        /// narrow base).
        public var text: String
        /// Columns the cell occupies: 1 or 2.
        public var width: Int
    }

    private static let zwj: UInt32 = 0x200D
    private static let vs15: UInt32 = 0xFE0E
    private static let vs16: UInt32 = 0xFE0F

    /// The cells `ch` is drawn as, left to right (empty for zero-width clusters).
    ///
    /// This is the single place the width policy documented on
    /// ``DisplayWidth`` is implemented; ``of(_:ambiguous:)`` and ``Canvas``
    /// both use it, so measurement and drawing always agree.
    public static func cells(of ch: Character, ambiguous: AmbiguousWidth = .narrow) -> [CellText] {
        var result: [CellText] = []
        var current: [Unicode.Scalar] = []
        var width = 0
        func flush() {
            if width > 0 { result.append(CellText(text: String(String.UnicodeScalarView(current)), width: width)) }
            current.removeAll(keepingCapacity: true)
            width = 0
        }
        var previousWasEmoji = false
        for s in ch.unicodeScalars {
            let v = s.value
            if v == zwj || v == vs15 {
                continue
            }
            if v == vs16 {
                // Emoji presentation: a narrow emoji base becomes two columns.
                if width == 1, previousWasEmoji { width = 2; current.append(s) }
                continue
            }
            if s.properties.isEmojiModifier, previousWasEmoji {
                continue
            }
            let w = scalarWidth(v, ambiguous: ambiguous)
            if w == 0 {
                if width > 0 { current.append(s) }
                continue
            }
            flush()
            current.append(s)
            width = w
            previousWasEmoji = s.properties.isEmoji
        }
        flush()
        return result
    }
}
