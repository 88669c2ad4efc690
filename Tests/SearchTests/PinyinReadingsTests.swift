@testable import Corpus
import Testing

/// The vendored table of polyphones' readings.
@Suite struct PinyinReadingsTests {
    @Test func listsTheReadingsOfCommonPolyphonesUsualFirst() {
        let table = PinyinReadings.table
        #expect(table.count > 800)
        #expect(table[0x91CD]?.map { String(decoding: $0, as: UTF8.self) } == ["zhong", "chong"])
        #expect(table[0x884C]?.map { String(decoding: $0, as: UTF8.self) }.contains("hang") == true)
        #expect(table[0x957F]?.map { String(decoding: $0, as: UTF8.self) } == ["zhang", "chang"])
        // 巡 has one reading, so it is not listed.
        #expect(table[0x5DE1] == nil)
    }

    @Test func skipsMalformedLines() {
        let parsed = PinyinReadings.parse(Array("91CD zhong chong\nXYZ a b\n4E50 le\n884C xing Hang hang\n".utf8))
        #expect(parsed.count == 2)
        #expect(parsed[0x884C]?.count == 2)
        #expect(parsed[0x4E50] == nil)
    }
}
