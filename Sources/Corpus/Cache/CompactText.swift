/// The encoding of documents' paragraphs in memory (``StoredText``) and in the corpus
/// snapshot: one byte per ASCII character, two per character of the pages this corpus is
/// written in, four for any other.
///
/// UTF-8 takes three bytes per Han character and per full-width punctuation mark, which are
/// most of a report; UTF-16 takes two for those but also two for the ASCII digits, Latin
/// letters and spaces between them. Over the synthetic corpus of the benchmarks this takes
/// 0.71 of the UTF-8 bytes (UTF-16: 0.82), about 140 MB less at 100,000 documents.
/// Standard compressors of Unicode (SCSU, BOCU-1) do about as well but are not reachable
/// from Foundation, and ICU's C converters have versioned symbol names; this scheme is a
/// table of 127 pages and two short loops.
///
/// - `0x00…0x7F`: that ASCII character.
/// - `0x80…0xFE` then one byte `t`: character `U+pp00 + t`, where `pp` is ``pages``` entry
///   `lead − 0x80` (Han U+3000–U+9FFF, full-width forms, general punctuation, Latin-1 …).
/// - `0xFF` then three bytes: the scalar, big-endian.
///
/// Every byte sequence decodes (a cut or invalid sequence as U+FFFD), so decoding cannot
/// fail; encoding then decoding gives the same string back, scalar for scalar.
enum CompactText {
    /// BMP page (high byte of the scalar) of each two-byte lead `0x80 + i`.
    static let pages: [UInt8] = {
        var pages = Array(UInt8(0x4E)...UInt8(0x9F))   // CJK unified ideographs
        pages += Array(UInt8(0x30)...UInt8(0x4D))      // CJK punctuation, kana, extension A
        pages += [0xFF, 0xFE]                          // full-width forms, CJK compatibility forms
        pages += Array(UInt8(0x20)...UInt8(0x27))      // punctuation, symbols, enclosed ①, shapes
        pages += [0x00, 0x01, 0x02, 0x03, 0x04]        // Latin-1, Latin extended, Greek, Cyrillic
        precondition(pages.count == 127 && Set(pages).count == 127)
        return pages
    }()

    /// Lead byte of each BMP page, or 0 for pages written as four bytes.
    static let leads: [UInt8] = {
        var leads = [UInt8](repeating: 0, count: 256)
        for (i, page) in pages.enumerated() { leads[Int(page)] = 0x80 + UInt8(i) }
        return leads
    }()

    static let escape: UInt8 = 0xFF

    /// Appends the encoding of `s` to `out` (no more than its UTF-8 bytes, but for the
    /// characters outside ``pages``, which take four).
    static func append(_ s: String, to out: inout [UInt8]) {
        leads.withUnsafeBufferPointer { leads in
            for scalar in s.unicodeScalars {
                let v = scalar.value
                if v < 0x80 {
                    out.append(UInt8(v))
                } else if v < 0x10000, case let lead = leads[Int(v >> 8)], lead != 0 {
                    out.append(lead)
                    out.append(UInt8(truncatingIfNeeded: v))
                } else {
                    out.append(escape)
                    out.append(UInt8(truncatingIfNeeded: v >> 16))
                    out.append(UInt8(truncatingIfNeeded: v >> 8))
                    out.append(UInt8(truncatingIfNeeded: v))
                }
            }
        }
    }

    /// The string `bytes` encode.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.isEmpty else { return "" }
        return pages.withUnsafeBufferPointer { pages in
            let count = utf8Count(bytes, pages)
            return String(unsafeUninitializedCapacity: count) { out in
                var o = 0
                forEachScalar(bytes, pages) { v in
                    if v < 0x80 {
                        out[o] = UInt8(v); o += 1
                    } else if v < 0x800 {
                        out[o] = UInt8(0xC0 | v >> 6); out[o + 1] = UInt8(0x80 | v & 0x3F); o += 2
                    } else if v < 0x10000 {
                        out[o] = UInt8(0xE0 | v >> 12); out[o + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                        out[o + 2] = UInt8(0x80 | v & 0x3F); o += 3
                    } else {
                        out[o] = UInt8(0xF0 | v >> 18); out[o + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                        out[o + 2] = UInt8(0x80 | v >> 6 & 0x3F); out[o + 3] = UInt8(0x80 | v & 0x3F); o += 4
                    }
                }
                return o
            }
        }
    }

    /// UTF-8 bytes of the string `bytes` encode.
    private static func utf8Count(_ bytes: UnsafeBufferPointer<UInt8>, _ pages: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        forEachScalar(bytes, pages) { v in n += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }
        return n
    }

    /// Calls `body` with each scalar value `bytes` encode (always a valid scalar).
    @inline(__always)
    private static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ pages: UnsafeBufferPointer<UInt8>,
                                      _ body: (UInt32) -> Void) {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                body(UInt32(b)); i += 1
            } else if b != escape {
                guard i + 1 < n else { body(0xFFFD); return }
                body(UInt32(pages[Int(b &- 0x80)]) << 8 | UInt32(bytes[i + 1])); i += 2
            } else {
                guard i + 3 < n else { body(0xFFFD); return }
                let v = UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
                body(Unicode.Scalar(v) != nil ? v : 0xFFFD); i += 4
            }
        }
    }
}
