import Foundation

/// The exceptions of a ``StoredText``: where folding changed a scalar of the display text.
///
/// One record per changed scalar, in text order:
/// - a varint: `gap << 1 | flag`, where `gap` is the number of units between the end of
///   the previous record's units (or the text's start) and this one's start;
/// - when `flag` is set, a varint: the number of folded units the scalar became (0 when
///   folding deleted it, 2 or more when it expanded); when clear, that number is 1;
/// - the scalar as it was, in ``CompactText``'s encoding (two bytes for Han and full-width
///   punctuation).
///
/// A Simplified report changes little more than its full-width punctuation (`，` → `,`):
/// over 2,000 documents of the benchmarks' synthetic corpus its records take 3 % of what
/// its text took as ``CompactText``, a Traditional one's 56 %, 11 % in all.
extension StoredText {
    /// The folded units of `paragraphs` joined by `"\n"`, where each paragraph ends, and the
    /// exceptions that give the paragraphs back.
    static func fold(_ paragraphs: [String], with normalizer: inout SearchNormalizer)
        -> (units: [UInt16], ends: [Int32], exceptions: [UInt8]) {
        var units: [UInt16] = [], ends: [Int32] = [], exceptions: [UInt8] = []
        units.reserveCapacity(paragraphs.reduce(paragraphs.count) { $0 + $1.utf8.count / 2 })
        ends.reserveCapacity(paragraphs.count)
        var cursor = 0
        for (k, paragraph) in paragraphs.enumerated() {
            if k > 0 { units.append(0x0A) }
            for scalar in paragraph.unicodeScalars {
                let v = scalar.value, before = units.count
                normalizer.fold(v, into: &units)
                let n = units.count - before
                let same = v < 0x10000
                    ? n == 1 && units[before] == UInt16(v)
                    : n == 2 && units[before] == UInt16(0xD800 + (v - 0x10000) >> 10)
                        && units[before + 1] == UInt16(0xDC00 + (v - 0x10000) & 0x3FF)
                guard !same else { continue }
                let gap = UInt64(before - cursor)
                appendVarint(gap << 1 | (n == 1 ? 0 : 1), to: &exceptions)
                if n != 1 { appendVarint(UInt64(n), to: &exceptions) }
                CompactText.append(scalar: v, to: &exceptions)
                cursor = before + n
            }
            ends.append(Int32(units.count))
        }
        return (units, ends, exceptions)
    }

    /// The display text of the units in `range` (one paragraph's): the units, with the
    /// scalars of the exceptions that lie inside it put back.
    func decode(_ range: Range<Int>) -> String {
        String(decoding: displayUnits(range), as: UTF16.self)
    }

    /// The whole display text (the paragraphs joined by `"\n"`) as UTF-16, without making
    /// a string of it.
    var displayUnits: [UInt16] { displayUnits(0..<units.count) }

    /// ``decode(_:)`` as UTF-16 units.
    func displayUnits(_ range: Range<Int>) -> [UInt16] {
        let units = self.units
        guard range.lowerBound >= 0, range.upperBound <= units.count else { return [] }
        var out: [UInt16] = []
        out.reserveCapacity(range.count + 8)
        var copied = range.lowerBound
        exceptions.withUnsafeBufferPointer { bytes in
            var i = 0, position = 0
            while i < bytes.count {
                guard let head = Self.varint(bytes, &i) else { break }
                let n: Int
                if head & 1 == 0 { n = 1 } else {
                    guard let count = Self.varint(bytes, &i), count <= UInt64(units.count) else { break }
                    n = Int(count)
                }
                guard head >> 1 <= UInt64(units.count - position), let v = CompactText.scalar(bytes, at: &i) else { break }
                let at = position + Int(head >> 1)
                guard at + n <= units.count else { break }
                position = at + n
                if at < range.lowerBound { continue }
                if at + n > range.upperBound { break }
                out.append(contentsOf: units[copied..<at])
                if v < 0x10000 {
                    out.append(UInt16(v))
                } else {
                    out.append(UInt16(0xD800 + (v - 0x10000) >> 10))
                    out.append(UInt16(0xDC00 + (v - 0x10000) & 0x3FF))
                }
                copied = at + n
            }
        }
        out.append(contentsOf: units[copied..<range.upperBound])
        return out
    }

    private static func appendVarint(_ v: UInt64, to out: inout [UInt8]) {
        var v = v
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// The varint at `i` (moved past it), or `nil` when the bytes end inside it or it is too long.
    private static func varint(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt64? {
        var v: UInt64 = 0, shift: UInt64 = 0
        while i < bytes.count, shift < 63 {
            let b = bytes[i]
            i += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
        return nil
    }
}

/// Normalisers for folding documents on the loader's threads (a ``SearchNormalizer``
/// caches as it goes, so it is not shared while in use): one per thread folding at once.
final class FoldingPool: @unchecked Sendable {
    static let shared = FoldingPool()
    private let lock = NSLock()
    private var idle: [SearchNormalizer] = []

    /// ``StoredText/fold(_:with:)`` with a normaliser no other thread is using.
    func fold(_ paragraphs: [String]) -> (units: [UInt16], ends: [Int32], exceptions: [UInt8]) {
        lock.lock()
        var normalizer = idle.popLast() ?? SearchNormalizer()
        lock.unlock()
        let folded = StoredText.fold(paragraphs, with: &normalizer)
        lock.lock()
        idle.append(normalizer)
        lock.unlock()
        return folded
    }
}
