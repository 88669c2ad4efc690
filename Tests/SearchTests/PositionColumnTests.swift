import Testing
@testable import Corpus

/// Common bigram keys keep their first positions; terms verified from them, or known from
/// them without reading the text, must match exactly what a scan from the start finds.
@Suite struct PositionColumnTests {
    /// Documents where 巡视 occurs at many offsets, sometimes first without 巡察 after it,
    /// and 巡视巡察 in two thirds of them; some with 视巡 or 巡察 alone before it (so their
    /// first occurrences do not follow the first 巡视), one past the columns' cap, and
    /// eight that start with 巡视巡察 one unit in.
    static let texts: [String] = (0..<(Int(PostingTable.bitmapMinimum) + 600)).map { i in
        let filler = String(repeating: "工作", count: i == 7 ? 33_000 : (i * 37) % 2600)
        let early = i % 4 == 0 ? "巡视组" + String(repeating: "落实", count: i % 50) : ""
        let decoy = i % 5 == 1 ? "视巡" : i % 7 == 3 ? "巡察" : i % 11 == 5 ? "视巡察" : ""
        let term = i % 3 == 0 ? "巡视" : "巡视巡察"
        return filler + decoy + early + term + "整改"
    } + (0..<8).map { i in
        // `组巡视巡` from the start but for its first unit: a hint of `组巡` (two units,
        // its place not looked for) says nothing of where it is.
        "工巡视巡察整改巡视组巡察" + String(repeating: "落实", count: i)
    }

    @Test func columnsHoldFirstPositions() throws {
        let index = makeIndex(Self.texts.enumerated().map { makeDocument("d\($0)", title: "通报", text: $1) })
        let list = try #require(index.body.list(PostingTable.key(0x5DE1, 0x89C6)))  // 巡视
        let column = try #require(index.body.positionColumn(of: list))
        var capped = 0
        for (doc, text) in Self.texts.enumerated() {
            let first = Array(text.utf16).firstRange(of: Array("巡视".utf16))!.lowerBound
            #expect(Int(column[doc]) == min(first, PostingTable.positionCap), "document \(doc)")
            if first >= PostingTable.positionCap { capped += 1 }
        }
        #expect(capped == 1)
    }

    /// Each document's first occurrence, as the literal scan reports it (the next
    /// keystroke's start), fresh and typed one character after another: where the columns
    /// say the bigrams first occur in a row the text is not read, so a wrong inference shows
    /// as a wrong offset here.
    @Test func firstOccurrencesAreTheTexts() throws {
        let index = makeIndex(Self.texts.enumerated().map { makeDocument("d\($0)", title: "通报", text: $1) })
        let units = Self.texts.map { Array($0.utf16) }
        for query in ["巡视巡察整改", "视巡察整", "作巡视巡察", "巡察整改", "组巡视巡"] {
            var hints: TermMatches?
            var typed = ""
            for ch in query {
                typed.append(ch)
                let term = index.compile(Query.Term(typed))
                let needle = Array(typed.utf16)
                let fresh = index.evaluate(term, within: nil)
                let refined = index.evaluate(term, within: hints?.docs, hints: hints)
                guard needle.count > 2 else { hints = refined; continue }
                let expected = units.indices.compactMap { d in Self.first(needle, in: units[d]).map { (UInt32(d), Int32($0)) } }
                for matches in [fresh, refined] {
                    #expect(matches.docs == expected.map(\.0), "\(typed)")
                    #expect(matches.textStart == expected.map(\.1), "\(typed): first occurrences")
                }
                hints = refined
            }
        }
    }

    /// Where `needle` first occurs in `text`: a plain loop (the generic search is slow in
    /// debug builds under the sanitizers, and this runs over every document per prefix).
    static func first(_ needle: [UInt16], in text: [UInt16]) -> Int? {
        guard needle.count <= text.count else { return nil }
        return text.withUnsafeBufferPointer { t in needle.withUnsafeBufferPointer { n in
            for p in 0...(t.count - n.count) where t[p] == n[0] {
                var k = 1
                while k < n.count && t[p + k] == n[k] { k += 1 }
                if k == n.count { return p }
            }
            return nil
        } }
    }

    @Test func termsVerifiedFromColumnsMatchTheScan() throws {
        let index = makeIndex(Self.texts.enumerated().map { makeDocument("d\($0)", title: "通报", text: $1) })
        for query in ["巡视巡察", "视巡察", "巡视巡", "巡视组", "作巡视巡", "巡察整改", "视整改"] {
            let expected = Self.texts.indices.filter { Self.texts[$0].contains(query) }
            #expect(index.matches(try Query.parse(query), refine: false) == expected, "\(query)")
            // Typed one character at a time, refining each time.
            _ = index.matches(Query())
            var typed = ""
            for ch in query {
                typed.append(ch)
                _ = index.matches(try Query.parse(typed))
            }
            #expect(index.matches(try Query.parse(query)) == expected, "\(query), typed")
        }
    }

    @Test func warmUpChangesNoAnswer() throws {
        let index = makeIndex(Self.texts.enumerated().map { makeDocument("d\($0)", title: "通报", text: $1) })
        _ = index.matches(try Query.parse("巡视巡"))
        index.warmUp()
        // A fresh search after the warm-up, not a refinement of anything it ran.
        #expect(index.matches(try Query.parse("巡视巡察")) == Self.texts.indices.filter { Self.texts[$0].contains("巡视巡察") })
        #expect(index.matches(try Query.parse("整改")).count == Self.texts.count)
    }
}
