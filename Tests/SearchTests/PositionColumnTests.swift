import Testing
@testable import Corpus

/// Common bigram keys keep coarse first positions; terms verified from them must match
/// exactly what a scan from the start finds.
@Suite struct PositionColumnTests {
    /// Documents where 巡视 occurs at many offsets (some past the 255 × grain clamp),
    /// sometimes first without 巡察 after it, and 巡视巡察 in two thirds of them.
    static let texts: [String] = (0..<(Int(PostingTable.bitmapMinimum) + 600)).map { i in
        let filler = String(repeating: "工作", count: (i * 37) % 2600)
        let early = i % 4 == 0 ? "巡视组" + String(repeating: "落实", count: i % 50) : ""
        let term = i % 3 == 0 ? "巡视" : "巡视巡察"
        return filler + early + term + "整改"
    }

    @Test func columnsHoldCoarseFirstPositions() throws {
        let index = makeIndex(Self.texts.enumerated().map { makeDocument("d\($0)", title: "通报", text: $1) })
        let list = try #require(index.body.list(PostingTable.key(0x5DE1, 0x89C6)))  // 巡视
        let column = try #require(index.body.positionColumn(of: list))
        let grain = PostingTable.positionGrain
        for (doc, text) in Self.texts.enumerated() {
            let first = Array(text.utf16).firstRange(of: Array("巡视".utf16))!.lowerBound
            #expect(Int(column[doc]) == min(first / grain, 255), "document \(doc)")
        }
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
