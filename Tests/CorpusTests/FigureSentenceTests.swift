@testable import Corpus
import Foundation
import Testing
import XunshiTestSupport

/// Figures' sentences are slices of their document's paragraphs (no copy per figure), and
/// still read and encode as the sentence text.
@Suite struct FigureSentenceTests {
    static func storage(_ s: Substring) -> UnsafeRawPointer? {
        s.base.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    static func storage(_ s: String) -> UnsafeRawPointer? {
        s.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func seedFiguresShareTheirParagraphsStorage() throws {
        let documents = CorpusLoader.load(paths: [TestPaths.seeds.path]).documents
        var figures = 0
        for document in documents {
            // Kept compact, every sentence is where it is in a paragraph, not a string of its own.
            let stored = try #require(document.stored)
            #expect(stored.sentences.allSatisfy { $0.paragraph >= 0 }, "\(document.id): a sentence kept as a copy")
            let (paragraphs, decoded) = stored.decoded
            for figure in decoded {
                figures += 1
                let owner = paragraphs.first { Self.storage($0) == Self.storage(figure.sentenceSlice) }
                #expect(owner != nil, "\(document.id): \(figure.sentence) is a copy")
                #expect(owner?.contains(figure.sentence) == true)
                // The sentence holds the figure's phrase.
                let phrase = String(String.UnicodeScalarView(Array(document.text.unicodeScalars)[figure.start..<figure.end]))
                #expect(figure.sentence.contains(phrase))
            }
        }
        #expect(figures > 20)
    }

    @Test func encodesTheSentenceUnderItsKeyAndRoundTrips() throws {
        let figure = Figure(metric: "立案", value: 22, unit: "人", qualifier: "余", sentence: "立案22余人。", start: 3, end: 8)
        let data = try JSONEncoder().encode(figure)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["sentence"] as? String == "立案22余人。")
        #expect(object["period"] == nil)
        #expect(Set(object.keys) == ["metric", "value", "unit", "qualifier", "sentence", "start", "end"])
        #expect(try JSONDecoder().decode(Figure.self, from: data) == figure)
    }

    @Test func aSentenceOutsideTheParagraphsKeepsItsOwnString() {
        var figures = [Figure(metric: "立案", value: 1, unit: "人", sentence: "不在段落里。", start: 0, end: 2)]
        SentenceSharing.share(&figures, paragraphs: ["立案1人。"])
        #expect(figures[0].sentence == "不在段落里。")
    }
}
