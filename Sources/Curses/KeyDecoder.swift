internal import CNCursesW

/// Turns one `get_wch` result into a ``Key``; pure, so it is unit-tested
/// without a terminal.
///
/// Key codes come from the ncurses headers (`KEY_DOWN`, `KEY_F(n)` through a
/// shim function), never hand-written numbers.
public enum KeyDecoder {
    /// The key for `get_wch`'s return `status` and the `value` it stored.
    ///
    /// - Parameters:
    ///   - status: `OK` (a character), `KEY_CODE_YES` (a key code) or `ERR`.
    ///   - value: the `wint_t` that `get_wch` wrote.
    /// - Returns: `nil` for `ERR` (no input), otherwise the decoded key;
    ///   unnamed key codes become ``Key/unknown(_:)``.
    public static func decode(status: Int32, value: UInt32) -> Key? {
        if status == KEY_CODE_YES { return keyCode(Int32(bitPattern: value)) }
        if status == OK { return character(value) }
        return nil
    }

    /// A character received as text (`get_wch` returned `OK`).
    static func character(_ v: UInt32) -> Key {
        switch v {
        case 27: return .escape
        case 13, 10: return .enter
        case 9: return .tab
        case 127, 8: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + v))))
        case 0..<32, 0x80..<0xA0: return .unknown(Int32(v))
        default:
            guard let scalar = Unicode.Scalar(v) else { return .unknown(Int32(bitPattern: v)) }
            return .character(Character(scalar))
        }
    }

    /// A function-key code (`get_wch` returned `KEY_CODE_YES`).
    static func keyCode(_ code: Int32) -> Key {
        if let named = namedCodes[code] { return named }
        for n in 1...12 where code == xs_key_f(Int32(n)) { return .function(n) }
        return .unknown(code)
    }

    /// Key codes with a name, including keypad aliases some terminals send
    /// for Home/End/PgUp/PgDn (`KEY_FIND`, `KEY_SELECT`, `KEY_A1`…).
    private static let namedCodes: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_A3: .pageUp, KEY_C3: .pageDown,
        KEY_HOME: .home, KEY_END: .end, KEY_FIND: .home, KEY_SELECT: .end, KEY_A1: .home, KEY_C1: .end,
        KEY_IC: .insert, KEY_DC: .delete,
        KEY_ENTER: .enter, KEY_BACKSPACE: .backspace, KEY_BTAB: .backTab,
        KEY_RESIZE: .resize,
    ]
}
