import Dispatch

/// Renumbering the documents of a table: what lets a stored index serve a corpus some of
/// whose files changed, went away or were added between others (see
/// ``SearchIndex/renumber(keeping:)``).
///
/// At 100,000 documents (19,120 lists, 87 million postings in 1,566 bitmaps and 62 million
/// in varint lists) decoding every posting, looking its new number up and encoding it again
/// took 565 ms on two cores. Bitmaps and first-position columns are now moved a run at a
/// time instead (the new order is made of long runs of consecutive old numbers: one per
/// stretch of unchanged files), so only the varint lists are decoded.
extension PostingTable {
    /// Gives document `d` the number `renumbering.number[d]`, or drops it when that is
    /// `UInt32.max`.
    ///
    /// Every list keeps its key and its form (a bitmap stays one, also when it ends up
    /// holding fewer than a quarter of the documents, and may end up empty); occurrence
    /// counts and first positions follow their documents; each list's last document is
    /// set again, so documents added afterwards continue from the new count. Lists (on all
    /// cores) and columns are rewritten one at a time, each in its own memory: new arrays,
    /// made on other threads than the one that read the index and so in other allocator
    /// arenas, raised the peak by about 150 MB at 100,000 documents.
    mutating func renumber(_ renumbering: Renumbering) {
        let lists = streams.count
        var lastPlusOne = [UInt32](repeating: 0, count: lists)
        renumbering.number.withUnsafeBufferPointer { number in
            renumbering.runs.withUnsafeBufferPointer { runs in
                streams.withUnsafeMutableBufferPointer { streams in
                    documentCounts.withUnsafeMutableBufferPointer { counts in
                        lastPlusOne.withUnsafeMutableBufferPointer { last in
                            bitmaps.withUnsafeBufferPointer { bitmaps in
                                let shared = Lists(streams: streams, counts: counts, last: last, bitmaps: bitmaps,
                                                   number: number, runs: runs, count: renumbering.count)
                                // Many more pieces than cores: list sizes differ by orders of magnitude.
                                let pieces = min(lists, 256)
                                DispatchQueue.concurrentPerform(iterations: pieces) { p in
                                    var postings: [UInt64] = [], bytes: [UInt8] = []
                                    for l in lists * p / pieces..<lists * (p + 1) / pieces {
                                        if shared.bitmaps[l] { shared.moveBitmap(l, &bytes) } else { shared.renumberVarints(l, &postings, &bytes) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        for l in 0..<lists { state[l] = UInt64(lastPlusOne[l]) << 32 }
        renumbering.runs.withUnsafeBufferPointer { runs in
            var old: [UInt16] = []
            for c in positions.indices {
                old.removeAll(keepingCapacity: true)
                old.append(contentsOf: positions[c])
                positions[c].removeAll(keepingCapacity: true)
                positions[c].append(contentsOf: repeatElement(0, count: renumbering.count))
                old.withUnsafeBufferPointer { old in
                    positions[c].withUnsafeMutableBufferPointer { column in
                        for run in runs where run.from < old.count {
                            (column.baseAddress! + run.to).update(from: old.baseAddress! + run.from, count: min(run.length, old.count - run.from))
                        }
                    }
                }
            }
        }
    }

    /// The table's lists, shared by the pieces of ``renumber(_:)``: each piece reads
    /// `number`, `runs` and `bitmaps` and writes only its own lists' slots.
    private struct Lists: @unchecked Sendable {
        let streams: UnsafeMutableBufferPointer<[UInt8]>
        let counts: UnsafeMutableBufferPointer<UInt32>
        let last: UnsafeMutableBufferPointer<UInt32>
        let bitmaps: UnsafeBufferPointer<Bool>
        let number: UnsafeBufferPointer<UInt32>
        let runs: UnsafeBufferPointer<Renumbering.Run>
        let count: Int

        /// Rewrites varint list `l`; `postings` and `bytes` are scratch reused from list to list.
        func renumberVarints(_ l: Int, _ postings: inout [UInt64], _ bytes: inout [UInt8]) {
            let n = Int(counts[l])
            if postings.count < n { postings = [UInt64](repeating: 0, count: n + n / 2) }
            if bytes.count < 6 * n { bytes = [UInt8](repeating: 0, count: 9 * n) }
            let number = self.number
            let (kept, size) = postings.withUnsafeMutableBufferPointer { postings in
                // Each posting as `new number << 8 | occurrences`, so sorting sorts by number.
                var kept = 0, ascending = true, previous: UInt64 = 0
                streams[l].withUnsafeBufferPointer { stream in
                    var i = 0
                    var cur: UInt32 = 0
                    while i < stream.count {
                        let (doc, occurrences) = PostingTable.nextPosting(stream, &i, &cur)
                        let m = number[Int(doc)]
                        guard m != .max else { continue }
                        let p = UInt64(m) << 8 | UInt64(occurrences)
                        if p < previous { ascending = false }
                        previous = p
                        postings[kept] = p
                        kept += 1
                    }
                }
                // Kept documents keep their order unless parsed ones came between them.
                if !ascending {
                    var moved = UnsafeMutableBufferPointer(rebasing: postings[..<kept])
                    moved.sort()
                }
                let size = bytes.withUnsafeMutableBufferPointer { Self.encode(UnsafeBufferPointer(rebasing: postings[..<kept]), into: $0) }
                return (kept, size)
            }
            counts[l] = UInt32(kept)
            last[l] = kept == 0 ? 0 : UInt32(postings[kept - 1] >> 8) + 1
            streams[l].removeAll(keepingCapacity: true)
            bytes.withUnsafeBufferPointer { streams[l].append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<size])) }
        }

        /// Writes the varint stream of `postings` (see ``PostingTable``) into `out` (at least
        /// six bytes per posting); its size.
        static func encode(_ postings: UnsafeBufferPointer<UInt64>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
            var o = 0
            var previous: UInt64 = 0
            for p in postings {
                let doc = p >> 8, occurrences = UInt8(truncatingIfNeeded: p)
                var v = (doc + 1 - previous) << 1 | (occurrences > 1 ? 1 : 0)
                while v >= 0x80 {
                    out[o] = UInt8(truncatingIfNeeded: v) | 0x80
                    o += 1
                    v >>= 7
                }
                out[o] = UInt8(v)
                o += 1
                if occurrences > 1 {
                    out[o] = occurrences
                    o += 1
                }
                previous = doc + 1
            }
            return o
        }

        /// Rewrites bitmap list `l` run by run, up to 56 bits at a time; `old` is scratch.
        func moveBitmap(_ l: Int, _ old: inout [UInt8]) {
            let oldCount = streams[l].count
            // A copy with eight zero bytes after it, so every load of eight bytes from a byte
            // of the bitmap stays inside.
            if old.count < oldCount + 8 { old = [UInt8](repeating: 0, count: oldCount + oldCount / 2 + 8) }
            old.withUnsafeMutableBufferPointer { old in
                streams[l].withUnsafeBufferPointer { if oldCount > 0 { old.baseAddress!.update(from: $0.baseAddress!, count: oldCount) } }
                (old.baseAddress! + oldCount).update(repeating: 0, count: 8)
            }
            let bytes = (count + 7) / 8
            streams[l].removeAll(keepingCapacity: true)
            streams[l].append(contentsOf: repeatElement(0, count: bytes + 8))
            streams[l].withUnsafeMutableBytes { target in
                old.withUnsafeBytes { source in
                    for run in runs {
                        var done = 0
                        while done < run.length {
                            let s = run.from + done, d = run.to + done
                            if s >> 3 >= oldCount { break }  // past the old bitmap's last byte: no documents
                            let take = min(56, run.length - done)
                            let bits = source.loadUnaligned(fromByteOffset: s >> 3, as: UInt64.self) >> UInt64(s & 7)
                                & (1 << UInt64(take) - 1)
                            if bits != 0 {
                                let word = target.loadUnaligned(fromByteOffset: d >> 3, as: UInt64.self) | bits << UInt64(d & 7)
                                target.storeBytes(of: word, toByteOffset: d >> 3, as: UInt64.self)
                            }
                            done += take
                        }
                    }
                }
            }
            // Trimmed after its last document, as a bitmap made by adding is.
            var end = bytes, ones = 0
            streams[l].withUnsafeBufferPointer { bits in
                while end > 0 && bits[end - 1] == 0 { end -= 1 }
                for i in 0..<end { ones += bits[i].nonzeroBitCount }
                last[l] = end == 0 ? 0 : UInt32((end - 1) * 8 + 8 - bits[end - 1].leadingZeroBitCount)
            }
            streams[l].removeLast(streams[l].count - end)
            counts[l] = UInt32(ones)
        }
    }
}

#if !_endian(little)
#error("PostingTable.Lists.moveBitmap reads bitmaps as little-endian words")
#endif
