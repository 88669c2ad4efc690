@testable import Corpus
import Foundation
import Testing
import XunshiTestSupport

@Suite struct DecodingTests {
    static let traditional = """
        四川珙縣：巡審聯動打出監督組合拳
        來源：中新網四川 編輯：曹惠君

        　　近年來，珙縣縣委巡察機構始終堅持問題導向，與審計機關建立綠色通道，通過經常碰頭會診、現場把脈、找出病因等方式，積極探索巡審聯動。
        　　巡察結束後，及時共享巡審成果、監督整改重點、移交問題線索和專項巡察報告，有力確保審有導向、巡有重點、懲有力度。
        """
    static let simplified = """
        吉林：创新机制 贯通融合巡视巡察监督与其他监督
        来源:吉林省纪委监委网站 发布时间:2022-05-27

        　　今年以来，吉林省委巡视工作领导小组探索建立工作机制，全省各级党委（党组）分工负责巡视巡察监督。
        　　截至目前，市县两级巡视巡察组边巡边移问题线索74件，各级纪检监察机关已立案22人，留置19人。
        """

    static func encodings(of text: String) throws -> [(String, [UInt8])] {
        let utf8 = Array(text.utf8)
        let gb = try #require(text.data(using: TextDecoding.gb18030))
        var result = [("utf-8", utf8), ("utf-8-bom", [0xEF, 0xBB, 0xBF] + utf8), ("gb18030", Array(gb))]
        if let big5 = text.data(using: TextDecoding.big5) { result.append(("big5", Array(big5))) }
        return result
    }

    @Test func sameTraditionalTextInFourEncodingsGivesTheSameDocument() throws {
        let variants = try Self.encodings(of: Self.traditional)
        #expect(variants.map(\.0) == ["utf-8", "utf-8-bom", "gb18030", "big5"])
        let reference = CorpusLoader.parse(bytes: variants[0].1, id: "t", path: "t.txt").documents
        #expect(reference.first?.title == "四川珙縣：巡審聯動打出監督組合拳")
        #expect(reference.first?.paragraphs.count == 2)
        #expect(reference.first?.source == "中新網四川")
        for (name, bytes) in variants {
            let (documents, entry) = CorpusLoader.parse(bytes: bytes, id: "t", path: "t.txt")
            #expect(entry.encoding == name)
            #expect(documents.map(\.paragraphs) == reference.map(\.paragraphs), "\(name)")
            #expect(documents.map(\.title) == reference.map(\.title), "\(name)")
        }
    }

    @Test func simplifiedGB18030IsNotMistakenForBig5() throws {
        let variants = try Self.encodings(of: Self.simplified)
        let reference = CorpusLoader.parse(bytes: variants[0].1, id: "s", path: "s.txt").documents
        let (documents, entry) = CorpusLoader.parse(bytes: variants[2].1, id: "s", path: "s.txt")
        #expect(entry.encoding == "gb18030")
        #expect(documents == reference)
        #expect(reference.first?.paragraphs.last?.hasSuffix("留置19人。") == true)
    }

    @Test func plausibilityPrefersTheRightLegacyDecoding() throws {
        let big5 = try #require(Self.traditional.data(using: TextDecoding.big5))
        let asBig5 = try #require(String(data: big5, encoding: TextDecoding.big5))
        let asGB = String(data: big5, encoding: TextDecoding.gb18030) ?? ""
        #expect(TextDecoding.plausibility(asBig5) > TextDecoding.plausibility(asGB))
        let gb = try #require(Self.simplified.data(using: TextDecoding.gb18030))
        let gbAsBig5 = String(data: gb, encoding: TextDecoding.big5) ?? ""
        #expect(TextDecoding.plausibility(Self.simplified) > TextDecoding.plausibility(gbAsBig5))
    }

    @Test func bytesNoEncodingAcceptsAreRefused() {
        let junk: [UInt8] = Array(repeating: 0xFF, count: 64)
        let (documents, entry) = CorpusLoader.parse(bytes: junk, id: "j", path: "j.txt")
        #expect(documents.isEmpty)
        #expect(entry.status == .skipped)
        #expect(entry.reason == "undecodable bytes (not UTF-8, GB18030 or Big5)")
    }

    @Test func invalidUTF8FallsBackWithoutHalfLoading() {
        // Valid UTF-8 Chinese with one stray byte: not UTF-8 any more, so the whole file is judged again.
        let bytes = Array("巡视巡察工作".utf8) + [0xFF]
        let result = TextDecoding.decode(bytes)
        if case .success(let value) = result { #expect(value.encoding != .utf8) }
    }
}

@Suite struct DecodingSeedsTests {
    @Test func everySeedReadsTheSameFromGB18030() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds.path).sorted()
        #expect(files.count == 5)
        for file in files {
            let text = try String(contentsOf: TestPaths.seeds.appendingPathComponent(file), encoding: .utf8)
            let gb = try #require(text.data(using: TextDecoding.gb18030))
            let utf8Result = CorpusLoader.parse(bytes: Array(text.utf8), id: file, path: file)
            let gbResult = CorpusLoader.parse(bytes: Array(gb), id: file, path: file)
            #expect(gbResult.entry.encoding == "gb18030", "\(file)")
            #expect(gbResult.documents == utf8Result.documents, "\(file)")
        }
    }
}
