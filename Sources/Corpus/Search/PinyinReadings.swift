/// The other readings of polyphonic Han characters (`重` zhong *and* chong, `行` xing *and*
/// hang, `长` zhang *and* chang), from the vendored Unihan-derived table
/// `Resources/pinyin-readings.txt` (see `README-pinyin-readings.md`).
///
/// ICU's `Han-Latin`, which ``PinyinTable`` uses, gives one reading per character, so
/// `chongqing` would never find 重庆 nor `yinhang` 银行. A character's readings here are
/// toneless lower-case ASCII (`ü` as `v`), the usual one first; characters with a single
/// reading are not listed.
enum PinyinReadings {
    /// Readings per BMP unit, for the 835 listed characters.
    static let table: [UInt16: [[UInt8]]] = parse(PackageResources.pinyin_readings_txt)

    /// Parses lines `HEX reading reading …`; malformed lines are skipped.
    static func parse(_ bytes: [UInt8]) -> [UInt16: [[UInt8]]] {
        var table: [UInt16: [[UInt8]]] = [:]
        for line in bytes.split(separator: 0x0A) {
            let fields = line.split(separator: 0x20)
            guard fields.count > 1, let code = UInt16(String(decoding: fields[0], as: UTF8.self), radix: 16) else { continue }
            let readings = fields.dropFirst().map(Array.init).filter { $0.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }
            if readings.count > 1 { table[code] = readings }
        }
        return table
    }
}
