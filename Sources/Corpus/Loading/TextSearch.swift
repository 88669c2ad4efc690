#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast, exact (byte-wise UTF-8) text tests used by the cleaning rules on every paragraph.
///
/// Foundation's `contains` folds character clusters and is an order of magnitude
/// slower; the rules need exact matches only.
enum TextSearch {
    /// Whether `needle` occurs in `haystack` (exact UTF-8 bytes).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        needle.utf8.isEmpty || offset(of: needle, in: haystack) != nil
    }

    /// UTF-8 offset of the first occurrence of `needle` (non-empty) in `haystack`, or `nil`.
    static func offset(of needle: String, in haystack: String) -> Int? {
        UTF8Bytes.with(haystack) { hb in
            UTF8Bytes.with(needle) { nb -> Int? in
                guard nb.count > 0, hb.count >= nb.count, let hp = hb.baseAddress, let np = nb.baseAddress else { return nil }
                let first = Int32(nb[0])
                var offset = 0
                let lastStart = hb.count - nb.count
                while offset <= lastStart {
                    // memchr finds the candidate first byte; memcmp checks the rest.
                    guard let hit = memchr(hp + offset, first, lastStart - offset + 1) else { return nil }
                    let position = UnsafeRawPointer(hit) - UnsafeRawPointer(hp)
                    if memcmp(hp + position, np, nb.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
    }

    /// Whether any of `needles` occurs in `haystack`.
    static func containsAny(_ haystack: String, _ needles: [String]) -> Bool {
        needles.contains { contains(haystack, $0) }
    }

    /// Whether `s` has at most `limit` Unicode scalars, without counting more than needed.
    static func isShort(_ s: String, _ limit: Int) -> Bool {
        let bytes = s.utf8.count
        if bytes <= limit { return true }
        if bytes > limit * 4 { return false }
        return UTF8Bytes.scalarCount(s) <= limit
    }

    /// Whether `s` starts with `prefix`, comparing UTF-8 bytes.
    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        s.utf8.starts(with: prefix.utf8)
    }

    /// Whether `s` ends with `suffix`, comparing UTF-8 bytes.
    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        UTF8Bytes.with(s) { sb in
            UTF8Bytes.with(suffix) { xb in
                guard sb.count >= xb.count else { return false }
                guard xb.count > 0 else { return true }
                return memcmp(sb.baseAddress! + (sb.count - xb.count), xb.baseAddress!, xb.count) == 0
            }
        }
    }
}
