import Foundation
import Testing
@testable import Corpus

/// The pinyin table as an index snapshot stores it: read back whole, and refused when a
/// number in it points outside its arrays, even under a correct checksum.
@Suite struct PinyinTableSnapshotTests {
    static func roundTrip(_ write: (SnapshotWriter) -> Void) throws -> PinyinTable {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xunshi-pinyin-\(UUID().uuidString)").path
        defer { unlink(path) }
        let written = SnapshotFile.write(to: path, write)
        #expect(written)
        return try SnapshotFile.read(path) { r in
            let table = try PinyinTable(reading: r)
            try r.verifyChecksum()
            return table
        }
    }

    static func table() -> PinyinTable {
        var table = PinyinTable()
        table.prepare(Array("巡视重庆银行长江".utf16))
        return table
    }

    @Test func readsBackWhole() throws {
        let table = Self.table()
        let read = try Self.roundTrip { table.write(to: $0) }
        for c in "巡视重庆银行长江" { #expect(read.readings(c.utf16.first!) == table.readings(c.utf16.first!)) }
        // Characters met later are added as before, reusing the stored syllables.
        var grown = read, fresh = table
        grown.prepare(Array("形".utf16)); fresh.prepare(Array("形".utf16))
        #expect(grown.syllableOf == fresh.syllableOf && grown.spellings == fresh.spellings)
    }

    /// Writes the table's arrays with `change` applied to them.
    static func damaged(_ change: (inout [UInt16], inout [UInt32], inout [UInt16]) -> Void) throws -> PinyinTable {
        let t = table()
        var syllableOf = t.syllableOf, starts = t.starts, alternates = t.alternates
        change(&syllableOf, &starts, &alternates)
        return try roundTrip { w in
            w.array(syllableOf); w.array(t.spellings); w.array(starts)
            w.array(t.initials); w.array(t.alternateOf); w.array(alternates)
        }
    }

    @Test func refusesNumbersOutsideTheArrays() throws {
        let xun = Int("巡".utf16.first!)
        #expect(throws: SnapshotError.self) { try Self.damaged { ids, _, _ in ids[xun] = 5000 } }
        #expect(throws: SnapshotError.self) { try Self.damaged { _, starts, _ in starts[starts.count - 1] += 3 } }
        #expect(throws: SnapshotError.self) { try Self.damaged { _, starts, _ in starts.swapAt(1, 2) } }
        #expect(throws: SnapshotError.self) { try Self.damaged { _, _, alternates in alternates[alternates.count - 1] = 9999 } }
        #expect(throws: SnapshotError.self) { try Self.damaged { _, _, alternates in alternates.removeLast() } }
        // Unchanged, it reads.
        _ = try Self.damaged { _, _, _ in }
    }
}
