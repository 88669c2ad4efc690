/// Finding folded units in folded text, on raw buffers (no String APIs).
///
/// Scans for an *anchor* of the pattern (ideally around its rarest unit) 16 positions at a
/// time with SIMD compares, and checks the whole pattern only where the anchor occurs. For
/// patterns of two or more units the anchor is a pair of adjacent units (the rarest unit and
/// its neighbour), compared with two overlapping loads, so a common character alone does
/// not stop the scan.
enum UnitSearch {
    /// The unit offset of the first occurrence of `pattern` in `text` at or after `start`.
    static func first(_ pattern: [UInt16], in text: [UInt16], from start: Int = 0, anchor: Int = 0) -> Int? {
        guard !pattern.isEmpty, text.count - start >= pattern.count else { return nil }
        return text.withUnsafeBufferPointer { hay in
            pattern.withUnsafeBufferPointer { needle in first(needle, in: hay, from: start, anchor: anchor) }
        }
    }

    static func first(_ needle: UnsafeBufferPointer<UInt16>, in hay: UnsafeBufferPointer<UInt16>, from start: Int, anchor k: Int) -> Int? {
        guard let base = hay.baseAddress, needle.count > 0, start >= 0, hay.count - start >= needle.count else { return nil }
        let n = needle.count
        @inline(__always) func matches(_ p: Int) -> Bool {
            var j = 0
            while j < n {
                if base[p + j] != needle[j] { return false }
                j += 1
            }
            return true
        }
        let raw = UnsafeRawPointer(base)
        if n == 1 {
            let a = needle[0]
            let splat = SIMD16<UInt16>(repeating: a)
            var i = start
            while i + 16 <= hay.count {
                let m = raw.loadUnaligned(fromByteOffset: i &* 2, as: SIMD16<UInt16>.self) .== splat
                if any(m) { for lane in 0..<16 where m[lane] { return i + lane } }
                i += 16
            }
            while i < hay.count {
                if base[i] == a { return i }
                i += 1
            }
            return nil
        }
        // The anchor pair needle[j], needle[j + 1]; its positions run from start + j to lastAnchor.
        let j = k + 1 < n ? k : k - 1
        let a = needle[j], b = needle[j + 1]
        let lastAnchor = hay.count - n + j
        var i = start + j
        let splatA = SIMD16<UInt16>(repeating: a), splatB = SIMD16<UInt16>(repeating: b)
        // The second load reads up to i + 16 ≤ lastAnchor + 1 ≤ hay.count - 1.
        while i + 16 <= lastAnchor + 1 {
            let m = (raw.loadUnaligned(fromByteOffset: i &* 2, as: SIMD16<UInt16>.self) .== splatA)
                .& (raw.loadUnaligned(fromByteOffset: (i &+ 1) &* 2, as: SIMD16<UInt16>.self) .== splatB)
            if any(m) {
                for lane in 0..<16 where m[lane] && matches(i + lane - j) { return i + lane - j }
            }
            i += 16
        }
        while i <= lastAnchor {
            if base[i] == a && base[i + 1] == b && matches(i - j) { return i - j }
            i += 1
        }
        return nil
    }

    /// Every non-overlapping occurrence of `pattern` in `text`, as unit ranges.
    static func all(_ pattern: [UInt16], in text: [UInt16]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = 0
        while let i = first(pattern, in: text, from: start) {
            found.append(i..<(i + pattern.count))
            start = i + pattern.count
        }
        return found
    }
}
