import Foundation

/// The JSON form of statistics and comparisons, shared by the headless commands and tests.
///
/// Keys are the Swift property names (documented in docs/usage.md) and are
/// part of the interface: every key is always present, with `null` for
/// absent optional values.
public enum StatisticsJSON {
    /// An encoder with sorted keys, pretty printing and unescaped slashes.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `value` as pretty-printed UTF-8 JSON text.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }
}
