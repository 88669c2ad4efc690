/// A ranked row (``SearchIndex/Row``) as two integers whose ascending order is the rank
/// order: more title terms, higher score, newer, lower document number, and from which
/// the row is read back exactly.
///
/// `high` is the complement of the title count (8 bits) and the score's top 56 bits (a
/// score is a non-negative `Double`, whose bits order as the values do); `low` holds the
/// score's last 8 bits and the date, both complemented, then the document number
/// (24 bits). ``fits(_:)`` says whether a row can be written so.
struct RankKey: Comparable {
    let high: UInt64
    let low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Whether `row` can be written as a key: a title count below 256, a finite score
    /// without a sign bit (not `-0.0`, whose bits would order it first), a document number
    /// below 2^24.
    static func fits(_ row: SearchIndex.Row) -> Bool {
        row.titles >= 0 && row.titles < 256 && row.score.sign == .plus && row.score.isFinite && row.doc < 1 << 24
    }

    /// Requires ``fits(_:)``.
    init(_ row: SearchIndex.Row) {
        let bits = row.score.bitPattern
        high = ~(UInt64(row.titles) << 56 | bits >> 8)
        let date = UInt64(UInt32(bitPattern: row.date) ^ 0x8000_0000)
        low = (~bits & 0xFF) << 56 | (~date & 0xFFFF_FFFF) << 24 | UInt64(row.doc)
    }

    var row: SearchIndex.Row {
        let top = ~high
        let bits = (top & (1 << 56 - 1)) << 8 | (~low >> 56 & 0xFF)
        let date = Int32(bitPattern: UInt32(~(low >> 24) & 0xFFFF_FFFF) ^ 0x8000_0000)
        return SearchIndex.Row(doc: UInt32(low & 0xFF_FFFF), titles: Int32(top >> 56), score: Double(bitPattern: bits), date: date)
    }

    static func < (a: RankKey, b: RankKey) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }
}
