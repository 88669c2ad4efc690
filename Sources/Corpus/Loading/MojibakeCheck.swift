/// Tells clearly garbled text (decoded with the wrong encoding) from text with a few stray errors.
///
/// The text is kept either way; a garbled document only gets the flag `mojibake`.
/// Signals, each with a count floor and a ratio so that a handful of stray
/// characters never flags a long report:
/// - replacement characters U+FFFD: at least 3 and at least 0.5% of characters;
/// - Latin-1 letters and C1 controls (`Ã`, `å`, `é` … as left by GBK or UTF-8 read as
///   Latin-1): at least 8 and at least 20% of the non-ASCII characters;
/// - Han text that is mostly rare characters (UTF-8 read as GBK gives runs like `鍚夋灄`):
///   at least 50 Han characters of which under 25% are frequent characters;
/// - a lower-case ASCII letter wedged between Han characters (`笨h縣`, the trace of a
///   lost byte): at least 5 and at least 2% of the Han characters.
///
/// A few stray artefacts in an otherwise clean page (for example two damaged
/// quotation marks) stay below every threshold on purpose: the page reads fine
/// and flagging it would bury the truly garbled ones.
enum MojibakeCheck {
    struct Counts: Equatable {
        var scalars = 0, nonASCII = 0, replacement = 0, latin1 = 0, han = 0, commonHan = 0, strayLatin = 0
    }

    static func counts(_ text: String) -> Counts {
        var c = Counts()
        var previous: UInt32 = 0x20
        var beforePrevious: UInt32 = 0x20
        UTF8Bytes.with(text) { bytes in
            UTF8Bytes.forEachScalar(bytes) { v in
                c.scalars += 1
                if v >= 0x80 {
                    c.nonASCII += 1
                    if v == 0xFFFD { c.replacement += 1 }
                    if v <= 0xFF && v != 0xA0 && v != 0xB7 && v != 0xD7 { c.latin1 += 1 }
                    if isHan(v) {
                        c.han += 1
                        if CommonHanzi.isFrequent(value: v) { c.commonHan += 1 }
                        if isHan(beforePrevious), previous >= 0x61 && previous <= 0x7A { c.strayLatin += 1 }
                    }
                }
                beforePrevious = previous
                previous = v
            }
        }
        return c
    }

    /// Whether `text` is clearly garbled by the thresholds above.
    static func isGarbled(_ text: String) -> Bool {
        let c = counts(text)
        if c.replacement >= 3 && c.replacement * 200 >= c.scalars { return true }
        if c.latin1 >= 8 && c.latin1 * 5 >= c.nonASCII { return true }
        if c.han >= 50 && c.commonHan * 4 < c.han { return true }
        if c.strayLatin >= 5 && c.strayLatin * 50 >= c.han { return true }
        return false
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool { isHan(s.value) }

    @inline(__always)
    static func isHan(_ v: UInt32) -> Bool {
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x3FFFF).contains(v)
    }
}
