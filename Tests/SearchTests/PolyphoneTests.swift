import Foundation
import Testing
import XunshiTestSupport
@testable import Corpus

/// Pinyin matching of polyphones: a character matches by any of its readings.
@Suite struct PolyphoneTests {
    let docs = [
        makeDocument("cq", title: "重庆通报", text: "重庆市纪委监委开展巡察", province: "重庆"),
        makeDocument("bank", title: "金融", text: "某银行原行长接受审查", province: "北京"),
        makeDocument("zy", title: "会议", text: "重要讲话精神", province: "吉林"),
        makeDocument("cj", title: "长江", text: "长江经济带", province: "湖北"),
    ]

    @Test func secondReadingsMatchAsFullSyllables() throws {
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "chongqing") == ["cq"])
        #expect(try ids(index, docs, "yinhang") == ["bank"])
        #expect(try ids(index, docs, "hangzhang") == ["bank"])
        #expect(try ids(index, docs, "zhongyao") == ["zy"])
        #expect(try ids(index, docs, "changjiang") == ["cj"])
        #expect(try ids(index, docs, "zhangjiang").sorted() == ["cj"])
        // Readings are per character: 重 is never `chong` *and* `zhong` at once, nor `xiang`.
        #expect(try ids(index, docs, "chongzhongqing").isEmpty)
        #expect(try ids(index, docs, "xiangzhang").isEmpty)
    }

    @Test func secondReadingsMatchAsInitialsAndPartialSyllables() throws {
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "cq") == ["cq"])
        #expect(try ids(index, docs, "zq") == ["cq"])
        #expect(try ids(index, docs, "chongq") == ["cq"])
        #expect(try ids(index, docs, "yinha") == ["bank"])
        #expect(try ids(index, docs, "yh") == ["bank"])
        #expect(try ids(index, docs, "chqing") == ["cq"])
    }

    @Test func provinceFieldMatchesSecondReadings() throws {
        let index = makeIndex(docs)
        #expect(try ids(index, docs, "prov:chongqing") == ["cq"])
        #expect(try ids(index, docs, "prov:cq") == ["cq"])
        #expect(try ids(index, docs, "prov:chong") == ["cq"])
        #expect(try ids(index, docs, "prov:hubei") == ["cj"])
        #expect(try ids(index, docs, "prov:chongqingx").isEmpty)
    }

    @Test func highlightsCoverPolyphones() throws {
        let index = makeIndex(docs)
        let h = index.highlights(try Query.parse("chongqing"), in: docs[0])
        #expect(slices(docs[0].text, h.textHits) == ["重庆"])
        #expect(slices(docs[0].title, h.titleHits) == ["重庆"])
    }

    @Test func tableListsEveryReadingMainFirst() {
        var table = PinyinTable()
        table.prepare(Array("重行巡".utf16))
        let readings = { (c: Character) in table.readings(c.utf16.first!).map { String(decoding: $0, as: UTF8.self) } }
        #expect(Set(readings("重")) == ["zhong", "chong"])
        #expect(Set(readings("行")).isSuperset(of: ["xing", "hang"]))
        #expect(readings("巡") == ["xun"])
        table.withView { view in
            #expect(view.initials[0x91CD] == PinyinTable.severalInitials)
            #expect(view.initials[0x5DE1] == UInt8(ascii: "x"))
            #expect(view.firstLetters(0x91CD) & PinyinTable.bit(UInt8(ascii: "z")) != 0)
            #expect(view.firstLetters(0x91CD) & PinyinTable.bit(UInt8(ascii: "c")) != 0)
            #expect(view.firstLetters(0x91CD) & PinyinTable.bit(UInt8(ascii: "x")) == 0)
            #expect(view.firstLetters(0x884C) & PinyinTable.bit(UInt8(ascii: "h")) != 0)
        }
    }
}

/// The index against a brute-force reference over random text full of polyphones: every
/// reading from ICU and the vendored table, the matching rule spelled out by recursion.
@Suite struct PinyinBruteForceTests {
    static let alphabet = Array("重庆银行长江要乐还觉都朝了大巡视察监督工作省委")

    /// The readings of the alphabet's characters, looked up once (ICU's Han-Latin is slow:
    /// calling it per character per check made this suite take minutes under sanitizers).
    static let alphabetReadings = Dictionary(uniqueKeysWithValues: alphabet.map { ($0, lookUpReadings($0)) })

    /// Every reading of `c`: ICU's, then the vendored table's.
    static func readings(_ c: Character) -> [[UInt8]] {
        alphabetReadings[c] ?? lookUpReadings(c)
    }

    static func lookUpReadings(_ c: Character) -> [[UInt8]] {
        let u = c.utf16.first!
        let icu = PinyinTable.toneless(Substring(String(c).applyingTransform(.mandarinToLatin, reverse: false) ?? ""))
        var all = icu.isEmpty ? [] : [icu]
        for r in PinyinReadings.table[u] ?? [] where !all.contains(r) { all.append(r) }
        return all
    }

    /// Whether `q` matches `text` from `p` on: one piece per character, each a full reading,
    /// its initial (`zh`/`ch`/`sh` or first letter), or (last) any prefix of a reading.
    static func matches(_ q: ArraySlice<UInt8>, _ text: [[[UInt8]]], _ p: Int) -> Bool {
        if q.isEmpty { return true }
        guard p < text.count else { return false }
        for r in text[p] {
            if r.starts(with: q) { return true }
            if q.starts(with: r), matches(q.dropFirst(r.count), text, p + 1) { return true }
            if r.count > 2, r[1] == 0x68, [0x7A, 0x63, 0x73].contains(r[0]), q.starts(with: r.prefix(2)),
               matches(q.dropFirst(2), text, p + 1) { return true }
            if r.count > 1, q.first == r[0], matches(q.dropFirst(), text, p + 1) { return true }
        }
        return false
    }

    static func contains(_ readings: [[[UInt8]]], pinyin q: String) -> Bool {
        let letters = ArraySlice(Array(q.utf8))
        return readings.indices.contains { matches(letters, readings, $0) }
    }

    @Test func indexAgreesWithBruteForce() throws {
        var random = SplitMix64(state: 7)
        let docs = (0..<200).map { i in
            makeDocument("d\(i)", title: String((0..<Int(1 + random.next() % 4)).map { _ in random.pick(Self.alphabet) }),
                         text: String((0..<Int(5 + random.next() % 30)).map { _ in random.pick(Self.alphabet) }))
        }
        let index = makeIndex(docs)
        let texts = docs.map { $0.text.map(Self.readings) }, titles = docs.map { $0.title.map(Self.readings) }
        var checked = 0, hits = 0
        for _ in 0..<150 {
            // Spell a random stretch of characters with random readings and pieces.
            var q: [UInt8] = []
            for _ in 0..<Int(1 + random.next() % 3) {
                let r = random.pick(Self.readings(random.pick(Self.alphabet)))
                q += random.next() % 2 == 0 ? r : [r[0]]
            }
            if random.next() % 4 == 0 { q += [random.pick(Array("aegino".utf8))] }
            let text = String(decoding: q, as: UTF8.self)
            _ = index.matches(Query())
            for end in 1...text.count {
                let prefix = String(text.prefix(end))
                let query = try Query.parse(prefix)
                let expected = docs.indices.filter { Self.contains(texts[$0], pinyin: prefix) || Self.contains(titles[$0], pinyin: prefix) }
                #expect(index.matches(query) == expected, "typed \(prefix)")
                #expect(index.matches(query, refine: false) == expected, "fresh \(prefix)")
                checked += 1
                hits += expected.count
            }
        }
        #expect(checked > 300 && hits > 0 && hits < checked * docs.count)
    }
}
