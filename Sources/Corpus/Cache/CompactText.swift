/// The encoding of the scalars in a ``StoredText``'s exceptions (the characters folding
/// changed): one byte per ASCII character, two per character of the pages this corpus is
/// written in, four for any other.
///
/// UTF-8 takes three bytes per Han character and per full-width punctuation mark, which are
/// most of what folding changes (Traditional characters, `，` `：` `（` …). Until the display
/// text was made from the folded one, whole paragraphs were kept this way: over the
/// synthetic corpus of the benchmarks, 0.71 of their UTF-8 bytes (UTF-16: 0.82). Standard
/// compressors of Unicode (SCSU, BOCU-1) do about as well but are not reachable from
/// Foundation, and ICU's C converters have versioned symbol names; this scheme is a table
/// of 127 pages and two short functions.
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

    /// Appends the encoding of one scalar value.
    @inline(__always)
    static func append(scalar v: UInt32, to out: inout [UInt8]) {
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

    /// The scalar value encoded at `i` in `bytes` (U+FFFD for an invalid one), `i` moved
    /// past it; `nil` when the bytes end inside it.
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32? {
        guard i < bytes.count else { return nil }
        let b = bytes[i]
        if b < 0x80 {
            i += 1
            return UInt32(b)
        } else if b != escape {
            guard i + 1 < bytes.count else { return nil }
            defer { i += 2 }
            return UInt32(pages[Int(b &- 0x80)]) << 8 | UInt32(bytes[i + 1])
        } else {
            guard i + 3 < bytes.count else { return nil }
            defer { i += 4 }
            let v = UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
            return Unicode.Scalar(v) != nil ? v : 0xFFFD
        }
    }
}
