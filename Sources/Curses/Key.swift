/// One decoded key press, independent of how the terminal encoded it.
///
/// Produced by the terminal at the edge; the browser maps keys to named
/// actions through its key table and never sees raw key codes.
public enum Key: Hashable, Sendable {
    /// A printable character, including CJK and other wide characters.
    case character(Character)
    /// Ctrl + a letter, lower-case letter given (`ctrl("d")` for Ctrl-D). Excludes Tab/Enter/Backspace/Esc.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case insert, delete
    /// F1…F12 (associated value 1…12).
    case function(Int)
    case enter, backspace, tab, backTab, escape
    /// The terminal changed size (KEY_RESIZE / SIGWINCH).
    case resize
    /// A key code we do not name; kept so nothing is silently dropped.
    case unknown(Int32)
}
