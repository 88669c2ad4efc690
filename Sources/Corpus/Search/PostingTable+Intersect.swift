/// Intersecting posting lists without decoding the common ones.
///
/// The keys of a typed term are mostly common (at 100,000 documents most bigrams of a
/// query like 巡视巡察 are in nearly every document), and those are bitmaps: testing one bit
/// per remaining document is cheaper than decoding 100,000 ids and merging. Varint lists
/// are merged while they are decoded, into the same buffers (no intermediate arrays).
extension PostingTable {
    /// The documents in every list of `lists` (and in `within`, ascending, when given),
    /// ascending, with the smallest occurrence count any of the lists records for each
    /// (bitmaps record 1). `lists` must not be empty.
    func intersection(_ lists: [Int], within: [UInt32]?) -> (docs: [UInt32], frequency: [UInt8]) {
        precondition(!lists.isEmpty, "at least one list")
        let ordered = lists.sorted { documentCounts[$0] < documentCounts[$1] }
        let varints = ordered.filter { !bitmaps[$0] }, bitmapLists = ordered.filter { bitmaps[$0] }
        var docs: [UInt32], frequency: [UInt8]
        var rest = varints[...]
        if let within, varints.isEmpty || within.count <= Int(documentCounts[varints[0]]) {
            docs = within
            frequency = [UInt8](repeating: .max, count: within.count)
        } else if let first = varints.first {
            (docs, frequency) = decode(first)
            rest = varints.dropFirst()
            if let within { intersect(&docs, &frequency, with: within) }
        } else {
            docs = conjunction(bitmapLists)
            frequency = [UInt8](repeating: 1, count: docs.count)
            return (docs, frequency)
        }
        for l in rest where !docs.isEmpty { intersect(&docs, &frequency, list: l) }
        for l in bitmapLists where !docs.isEmpty { keep(&docs, &frequency, inBitmap: l) }
        return (docs, frequency)
    }

    /// Whether bitmap list `l` holds `doc`.
    @inline(__always)
    func bitmap(_ l: Int, contains doc: UInt32) -> Bool {
        streams[l].withUnsafeBufferPointer { bits in
            let byte = Int(doc >> 3)
            return byte < bits.count && bits[byte] & (1 << UInt8(doc & 7)) != 0
        }
    }

    /// The documents set in every one of the bitmap lists `lists` (at least one).
    private func conjunction(_ lists: [Int]) -> [UInt32] {
        let bytes = lists.map { streams[$0].count }.min() ?? 0
        var and = [UInt8](streams[lists[0]].prefix(bytes))
        for l in lists.dropFirst() {
            streams[l].withUnsafeBufferPointer { bits in
                and.withUnsafeMutableBufferPointer { out in
                    for i in 0..<bytes { out[i] &= bits[i] }
                }
            }
        }
        var docs: [UInt32] = []
        docs.reserveCapacity(Int(lists.map { documentCounts[$0] }.min() ?? 0))
        for (i, b) in and.enumerated() where b != 0 {
            var bits = b
            while bits != 0 {
                docs.append(UInt32(i << 3 | bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        return docs
    }

    /// Keeps the documents of `docs` that bitmap list `l` holds; their counts become 1.
    private func keep(_ docs: inout [UInt32], _ frequency: inout [UInt8], inBitmap l: Int) {
        var kept = 0
        streams[l].withUnsafeBufferPointer { bits in
            docs.withUnsafeMutableBufferPointer { docs in
                frequency.withUnsafeMutableBufferPointer { frequency in
                    for i in 0..<docs.count {
                        let d = docs[i], byte = Int(d >> 3)
                        if byte < bits.count && bits[byte] & (1 << UInt8(d & 7)) != 0 {
                            docs[kept] = d
                            frequency[kept] = 1
                            kept += 1
                        }
                    }
                }
            }
        }
        docs.removeLast(docs.count - kept)
        frequency.removeLast(frequency.count - kept)
    }

    /// Keeps the documents of `docs` that varint list `l` holds, decoding it as it goes;
    /// counts become the smaller of the two.
    private func intersect(_ docs: inout [UInt32], _ frequency: inout [UInt8], list l: Int) {
        var kept = 0
        streams[l].withUnsafeBufferPointer { bytes in
            docs.withUnsafeMutableBufferPointer { docs in
                frequency.withUnsafeMutableBufferPointer { frequency in
                    var i = 0, k = 0
                    var cur: UInt32 = 0
                    while i < bytes.count && k < docs.count {
                        let (doc, count) = Self.nextPosting(bytes, &i, &cur)
                        while k < docs.count && docs[k] < doc { k += 1 }
                        if k < docs.count && docs[k] == doc {
                            docs[kept] = doc
                            frequency[kept] = min(frequency[k], count)
                            kept += 1
                            k += 1
                        }
                    }
                }
            }
        }
        docs.removeLast(docs.count - kept)
        frequency.removeLast(frequency.count - kept)
    }

    /// Keeps the documents of `docs` that the ascending `other` holds.
    private func intersect(_ docs: inout [UInt32], _ frequency: inout [UInt8], with other: [UInt32]) {
        var kept = 0, j = 0
        for k in 0..<docs.count {
            let d = docs[k]
            while j < other.count && other[j] < d { j += 1 }
            if j == other.count { break }
            if other[j] == d {
                docs[kept] = d
                frequency[kept] = frequency[k]
                kept += 1
            }
        }
        docs.removeLast(docs.count - kept)
        frequency.removeLast(frequency.count - kept)
    }
}
