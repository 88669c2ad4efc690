import Dispatch

/// Renumbering the documents of a table: what lets a stored index serve a corpus some of
/// whose files changed, went away or were added between others (see
/// ``SearchIndex/renumber(keeping:)``).
extension PostingTable {
    /// Gives document `d` the number `number[d]`, or drops it when that is `UInt32.max`.
    /// The numbers given must be distinct and below `count`, the number of documents kept.
    ///
    /// Every list keeps its key and its form (a bitmap stays one, also when it ends up
    /// holding fewer than a quarter of the documents, and may end up empty); occurrence
    /// counts and first positions follow their documents; each list's last document is
    /// set again, so documents added afterwards continue from `count`. Lists are rewritten
    /// one at a time (each replaced as soon as its new postings are made), on all cores.
    mutating func renumber(_ number: [UInt32], count: Int) {
        precondition(count <= Int(UInt32.max), "document numbers fit 32 bits")
        let lists = streams.count
        var lastPlusOne = [UInt32](repeating: 0, count: lists)
        number.withUnsafeBufferPointer { number in
            streams.withUnsafeMutableBufferPointer { streams in
                documentCounts.withUnsafeMutableBufferPointer { counts in
                    lastPlusOne.withUnsafeMutableBufferPointer { last in
                        bitmaps.withUnsafeBufferPointer { bitmaps in
                            let shared = Lists(streams: streams, counts: counts, last: last, bitmaps: bitmaps, number: number)
                            // Many more pieces than cores: list sizes differ by orders of magnitude.
                            let pieces = min(lists, 256)
                            DispatchQueue.concurrentPerform(iterations: pieces) { p in
                                var scratch: [UInt64] = []
                                for l in lists * p / pieces..<lists * (p + 1) / pieces { shared.renumber(l, &scratch) }
                            }
                        }
                    }
                }
            }
        }
        for l in 0..<lists { state[l] = UInt64(lastPlusOne[l]) << 32 }
        positions = positions.map { column in
            var moved = [UInt8](repeating: 0, count: count)
            for (d, value) in column.enumerated() where number[d] != .max { moved[Int(number[d])] = value }
            return moved
        }
    }

    /// The table's lists, shared by the pieces of ``renumber(_:count:)``: each piece reads
    /// `number` and `bitmaps` and writes only its own lists' slots.
    private struct Lists: @unchecked Sendable {
        let streams: UnsafeMutableBufferPointer<[UInt8]>
        let counts: UnsafeMutableBufferPointer<UInt32>
        let last: UnsafeMutableBufferPointer<UInt32>
        let bitmaps: UnsafeBufferPointer<Bool>
        let number: UnsafeBufferPointer<UInt32>

        /// Rewrites list `l`; `scratch` is reused from list to list.
        func renumber(_ l: Int, _ scratch: inout [UInt64]) {
            // Each posting as `new number << 8 | occurrences`, so sorting sorts by number.
            scratch.removeAll(keepingCapacity: true)
            let number = self.number
            streams[l].withUnsafeBufferPointer { bytes in
                if bitmaps[l] {
                    for (i, b) in bytes.enumerated() where b != 0 {
                        var bits = b
                        while bits != 0 {
                            let n = number[i << 3 | bits.trailingZeroBitCount]
                            if n != .max { scratch.append(UInt64(n) << 8 | 1) }
                            bits &= bits - 1
                        }
                    }
                } else {
                    var i = 0
                    var cur: UInt32 = 0
                    while i < bytes.count {
                        let (doc, occurrences) = PostingTable.nextPosting(bytes, &i, &cur)
                        let n = number[Int(doc)]
                        if n != .max { scratch.append(UInt64(n) << 8 | UInt64(occurrences)) }
                    }
                }
            }
            // Kept documents usually keep their order: sort only when some moved.
            if scratch.indices.dropFirst().contains(where: { scratch[$0] < scratch[$0 - 1] }) { scratch.sort() }
            counts[l] = UInt32(scratch.count)
            last[l] = scratch.last.map { UInt32($0 >> 8) + 1 } ?? 0
            let old = streams[l].count
            streams[l] = bitmaps[l] ? Self.bitmap(scratch) : Self.varints(scratch, capacity: old + old / growthRoom + 8)
        }

        static func bitmap(_ postings: [UInt64]) -> [UInt8] {
            guard let last = postings.last else { return [] }
            var bits = [UInt8](repeating: 0, count: Int(last >> 8) / 8 + 1)
            for p in postings {
                let d = Int(p >> 8)
                bits[d >> 3] |= 1 << UInt8(d & 7)
            }
            return bits
        }

        /// The varint stream of `postings` (see ``PostingTable``), in an array of at least
        /// `capacity` bytes (about the old stream's size and room to grow, as read from a snapshot).
        static func varints(_ postings: [UInt64], capacity: Int) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(capacity)
            var previous: UInt64 = 0
            for p in postings {
                let doc = p >> 8, occurrences = UInt8(truncatingIfNeeded: p)
                var v = (doc + 1 - previous) << 1 | (occurrences > 1 ? 1 : 0)
                while v >= 0x80 {
                    out.append(UInt8(truncatingIfNeeded: v) | 0x80)
                    v >>= 7
                }
                out.append(UInt8(v))
                if occurrences > 1 { out.append(occurrences) }
                previous = doc + 1
            }
            return out
        }
    }
}
