import Testing
@testable import Corpus

/// The snapshot checksum: the same bytes give the same value however they are fed, and
/// any change to them (a byte, a trailing zero) gives another.
@Suite struct ChecksumTests {
    static let bytes: [UInt8] = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ $0 >> 3) }

    static func checksum(_ bytes: [UInt8], cuts: [Int]) -> UInt64 {
        var sum = Checksum64()
        var from = 0
        for cut in cuts + [bytes.count] where cut >= from && cut <= bytes.count {
            bytes[from..<cut].withUnsafeBytes { sum.update($0) }
            from = cut
        }
        return sum.value
    }

    @Test func valueDoesNotDependOnHowTheStreamIsCut() {
        let whole = Self.checksum(Self.bytes, cuts: [])
        #expect(Self.checksum(Self.bytes, cuts: [1, 2, 3, 40, 41, 500, 999]) == whole)
        #expect(Self.checksum(Self.bytes, cuts: Array(stride(from: 0, to: 1000, by: 7))) == whole)
        #expect(Self.checksum(Self.bytes, cuts: Array(stride(from: 0, to: 1000, by: 32))) == whole)
        #expect(Self.checksum(Self.bytes, cuts: Array(0..<1000)) == whole)
    }

    @Test func anyChangedByteChangesTheValue() {
        let whole = Self.checksum(Self.bytes, cuts: [])
        for i in [0, 7, 8, 31, 32, 500, 998, 999] {
            var changed = Self.bytes
            changed[i] ^= 0x10
            #expect(Self.checksum(changed, cuts: []) != whole, "byte \(i)")
        }
    }

    @Test func trailingZerosAndLengthCount() {
        // The unfinished block is padded with zeros; the length tells the two apart.
        let short = Array(Self.bytes.prefix(33))
        #expect(Self.checksum(short, cuts: []) != Self.checksum(short + [0], cuts: []))
        #expect(Self.checksum([], cuts: []) != Self.checksum([0], cuts: []))
        #expect(Checksum64().value == Self.checksum([], cuts: []))
    }
}
