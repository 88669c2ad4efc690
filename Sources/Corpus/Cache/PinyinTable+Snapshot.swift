/// How a ``PinyinTable`` is stored in an index snapshot: its arrays as they are, so a start
/// from the cache does not ask ICU again for the readings of every character the corpus
/// uses (about 0.1 s of CPU at 100,000 documents, taken from the other loading threads).
/// ICU's readings belong to the build, and a snapshot is only read by the build that wrote
/// it (``FileStamp/program``).
///
/// Field order is the format: change it only together with ``IndexSnapshot/formatVersion``.
extension PinyinTable {
    func write(to w: SnapshotWriter) {
        w.array(syllableOf)
        w.array(spellings)
        w.array(starts)
        w.array(initials)
        w.array(alternateOf)
        w.array(alternates)
    }

    /// Reads a table, checking that every number in it points inside the arrays it
    /// indexes (a damaged file throws instead of crashing a later scan).
    init(reading r: SnapshotReader) throws {
        self.init()
        let syllableOf: [UInt16] = try r.array(), spellings: [UInt8] = try r.array(), starts: [UInt32] = try r.array()
        let initials: [UInt8] = try r.array(), alternateOf: [UInt16] = try r.array(), alternates: [UInt16] = try r.array()
        let syllables = starts.count - 1
        guard syllableOf.count == 0x10000, initials.count == 0x10000, alternateOf.count == 0x10000,
              syllables >= 1, starts[0] == 0, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
              Int(starts[syllables]) == spellings.count,
              spellings.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
              syllableOf.allSatisfy({ $0 == Self.unknown || Int($0) < syllables }),
              !alternates.isEmpty
        else { throw SnapshotError.malformed("pinyin table") }
        // Each list of other readings: a count, a two-half mask, then that many syllables.
        for at in alternateOf where at != 0 {
            let a = Int(at)
            guard a + 3 <= alternates.count, a + 3 + Int(alternates[a]) <= alternates.count,
                  alternates[(a + 3)..<(a + 3 + Int(alternates[a]))].allSatisfy({ Int($0) < syllables })
            else { throw SnapshotError.malformed("pinyin readings") }
        }
        try restore(syllableOf: syllableOf, spellings: spellings, starts: starts, initials: initials,
                    alternateOf: alternateOf, alternates: alternates)
    }
}
