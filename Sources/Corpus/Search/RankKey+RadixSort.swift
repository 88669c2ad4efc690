extension RankKey {
    /// Below this many keys ``radixSorted(_:)`` uses the standard sort.
    static let radixThreshold = 512

    /// `keys` in ascending order, by a least-significant-byte-first radix sort: sixteen
    /// stable passes of one byte each, skipping the bytes every key shares (the title
    /// count, most of the date). At 100,000 matches the comparison sort was most of a
    /// ranked search; the standard library and the packages used here have no radix sort.
    static func radixSorted(_ keys: [RankKey]) -> [RankKey] {
        let n = keys.count
        guard n >= radixThreshold else { return keys.sorted() }
        // Every byte position's counts, from one pass over the keys.
        var counts = [Int](repeating: 0, count: 16 * 256)
        counts.withUnsafeMutableBufferPointer { counts in
            keys.withUnsafeBufferPointer { keys in
                for key in keys {
                    var low = key.low, high = key.high
                    for b in 0..<8 {
                        counts[b &* 256 &+ Int(low & 0xFF)] &+= 1
                        counts[(8 &+ b) &* 256 &+ Int(high & 0xFF)] &+= 1
                        low >>= 8
                        high >>= 8
                    }
                }
            }
        }
        var source = keys
        var target = [RankKey](repeating: RankKey(high: 0, low: 0), count: n)
        var offsets = [Int](repeating: 0, count: 256)
        for pass in 0..<16 {
            let base = pass * 256
            // A byte all keys share leaves the order as it is.
            if counts[base + Int(pass < 8 ? source[0].low >> UInt64(8 * pass) & 0xFF
                                           : source[0].high >> UInt64(8 * (pass - 8)) & 0xFF)] == n { continue }
            var sum = 0
            for i in 0..<256 {
                offsets[i] = sum
                sum += counts[base + i]
            }
            let shift = UInt64(8 * (pass % 8))
            source.withUnsafeBufferPointer { source in
                target.withUnsafeMutableBufferPointer { target in
                    offsets.withUnsafeMutableBufferPointer { offsets in
                        if pass < 8 {
                            for key in source {
                                let byte = Int(key.low >> shift & 0xFF)
                                target[offsets[byte]] = key
                                offsets[byte] &+= 1
                            }
                        } else {
                            for key in source {
                                let byte = Int(key.high >> shift & 0xFF)
                                target[offsets[byte]] = key
                                offsets[byte] &+= 1
                            }
                        }
                    }
                }
            }
            swap(&source, &target)
        }
        return source
    }
}
