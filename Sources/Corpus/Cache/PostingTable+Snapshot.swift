/// How a ``PostingTable`` is stored in an index snapshot: its hash table, per-list
/// counters and postings exactly as they are in memory, so reading it back gives a table
/// that answers and grows as the one written.
extension PostingTable {
    /// Lists and columns read back have room for `count / growthRoom` more bytes: when
    /// files are added to a corpus, the stored index is read and the new documents are added
    /// to it, and without room every list they touch would be moved (at 100,000 documents,
    /// 1,000 added raised the peak from 2.44× to 2.66× the corpus bytes).
    static let growthRoom = 16

    func write(to w: SnapshotWriter) {
        w.array(entries)
        w.array(state)
        w.array(documentCounts)
        w.array(bitmaps.map { $0 ? UInt8(1) : 0 })
        w.uint(UInt64(streams.count))
        for stream in streams { stream.withUnsafeBytes { w.bytes($0) } }
        w.array(positionColumn)
        w.uint(UInt64(positions.count))
        for column in positions { w.array(column) }
    }

    /// Reads a table, checking that its parts fit together (a power-of-two hash table whose
    /// entries name existing lists, one counter and one postings stream per list), so a
    /// damaged file throws instead of giving a table that indexes out of bounds.
    init(reading r: SnapshotReader) throws {
        self.init(capacity: 16)
        let entries: [UInt64] = try r.array()
        let state: [UInt64] = try r.array()
        let documentCounts: [UInt32] = try r.array()
        let bitmapBytes: [UInt8] = try r.array()
        let count = try r.count()
        guard entries.count >= 16, entries.count & (entries.count - 1) == 0, state.count == entries.count / 2,
              documentCounts.count == count, bitmapBytes.count == count, count <= state.count,
              bitmapBytes.allSatisfy({ $0 <= 1 }) else { throw SnapshotError.malformed("posting table shape") }
        for e in entries where e != Self.empty && Int(UInt32(truncatingIfNeeded: e)) >= count {
            throw SnapshotError.malformed("posting table entry")
        }
        var streams: [[UInt8]] = []
        streams.reserveCapacity(count)
        // Room to grow by about 1/16 (a corpus to which files were added: see ``growthRoom``).
        for _ in 0..<count { streams.append(try r.array(spare: Self.growthRoom)) }
        let positionColumn: [Int32] = try r.array()
        let columns = try r.count()
        guard positionColumn.count == count, columns <= Self.positionKeys,
              positionColumn.allSatisfy({ $0 >= -1 && Int($0) < columns }),
              Set(positionColumn.filter { $0 >= 0 }).count == columns else { throw SnapshotError.malformed("position columns") }
        var positions: [[UInt16]] = []
        for _ in 0..<columns { positions.append(try r.array(spare: Self.growthRoom)) }
        self.positionColumn = positionColumn
        self.positions = positions
        self.entries = entries
        self.state = state
        self.documentCounts = documentCounts
        self.bitmaps = bitmapBytes.map { $0 == 1 }
        self.streams = streams
        mask = entries.count - 1
        shift = UInt32(32 - entries.count.trailingZeroBitCount)
    }
}
