import Foundation

/// Turns a file's bytes into text, choosing among UTF-8, GB18030 and Big5.
///
/// The rule, in order:
/// 1. A UTF-8 byte-order mark followed by valid UTF-8 → `utf-8-bom`.
/// 2. Strictly valid UTF-8 → `utf-8` (legacy double-byte text is almost never valid UTF-8).
/// 3. Otherwise decode as GB18030 and as Big5 with Foundation and keep the more
///    plausible result by ``plausibility(_:)``: common Chinese characters and
///    punctuation count for, private-use, replacement and control characters count
///    against. GB18030 accepts nearly any byte string, so it must win on merit,
///    not by merely decoding. On a tie GB18030 wins (it is the more common legacy
///    encoding on the mainland sites the corpus comes from).
/// 4. When neither decodes, or the winner is still implausible, the file is refused.
public enum TextDecoding {
    /// Names used in ``LoadReport/Entry/encoding``.
    public enum Encoding: String, Sendable, CaseIterable {
        case utf8 = "utf-8", utf8BOM = "utf-8-bom", gb18030, big5
    }

    /// Why bytes could not be made into text.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case binary(String)
        case undecodable

        public var description: String {
            switch self {
            case .empty: return "empty file"
            case .binary(let why): return "binary file (\(why))"
            case .undecodable: return "undecodable bytes (not UTF-8, GB18030 or Big5)"
            }
        }
    }

    /// Foundation's GB18030 encoding (CoreFoundation constant `kCFStringEncodingGB_18030_2000`).
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    /// Foundation's Big5 encoding (CoreFoundation constant `kCFStringEncodingBig5`).
    public static let big5 = String.Encoding(rawValue: 0x8000_0A03)

    /// Decodes `bytes` by the rule above.
    ///
    /// - Returns: The text (without any byte-order mark) and the encoding used.
    public static func decode(_ bytes: [UInt8]) -> Result<(text: String, encoding: Encoding), Failure> {
        if bytes.isEmpty { return .failure(.empty) }
        if let why = binaryReason(bytes) { return .failure(.binary(why)) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes.dropFirst(3)
            if body.isEmpty { return .failure(.empty) }
            if let text = String(validating: body, as: UTF8.self) { return .success((text, .utf8BOM)) }
        }
        if let text = String(validating: bytes, as: UTF8.self) { return .success((text, .utf8)) }
        let data = Data(bytes)
        var candidates: [(String, Encoding, Double)] = []
        for (encoding, name) in [(gb18030, Encoding.gb18030), (big5, .big5)] {
            if let text = String(data: data, encoding: encoding), !text.isEmpty {
                candidates.append((text, name, plausibility(text)))
            }
        }
        guard let best = candidates.max(by: { $0.2 < $1.2 }), best.2 > 0 else { return .failure(.undecodable) }
        return .success((best.0, best.1))
    }

    /// Why `bytes` look binary rather than text, or `nil` when they may be text.
    ///
    /// NUL bytes never occur in the supported encodings; more than 10% C0 control
    /// bytes (other than tab, LF, CR, FF, ESC) also mark a binary file.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        var controls = 0
        for byte in bytes {
            if byte == 0 { return "NUL bytes" }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                controls += 1
            }
        }
        return controls * 10 > bytes.count ? "control bytes" : nil
    }

    /// How much `text` looks like Chinese prose: the average per-character score.
    ///
    /// Scores: +2 a character from the frequent-character set (simplified or traditional),
    /// +2 CJK punctuation, +1 other ideographs in the basic block (U+4E00–U+9FFF),
    /// ASCII and ordinary whitespace 0 (neutral), −1 ideographs in the extension blocks
    /// and compatibility ideographs, −4 private-use, replacement (U+FFFD) and control
    /// characters, −1 anything else (symbols, bopomofo, Latin-1 letters …). A
    /// positive average means plausible.
    public static func plausibility(_ text: String) -> Double {
        var total = 0
        var count = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            count += 1
            if v < 0x80 {
                if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D { total -= 4 }
                continue
            }
            if CommonHanzi.isFrequent(scalar) || CommonHanzi.isPunctuation(scalar) { total += 2; continue }
            switch v {
            case 0x4E00...0x9FFF: total += 1
            case 0x3400...0x4DBF, 0x20000...0x3FFFF, 0xF900...0xFAFF: total -= 1
            case 0xE000...0xF8FF, 0xF0000...0x10FFFF, 0xFFFD, 0x80...0x9F: total -= 4
            case 0x3000, 0xA0: break
            default: total -= 1
            }
        }
        return count == 0 ? 0 : Double(total) / Double(count)
    }
}
