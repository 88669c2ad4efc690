import Corpus
import Testing
import XunshiTestSupport

/// Replays the fuzzing inputs (former crashes in `Fuzz/regressions/`, plus the minimised
/// corpus) through the same public API the `load` and `figures` fuzz targets call. A crash
/// here means a fixed bug is back.
struct FuzzRegressionTests {
    @Test func loadTargetInputsParse() {
        let inputs = FuzzInputs.files(target: "load")
        #expect(!inputs.isEmpty, "no fuzz inputs found for load")
        for input in inputs {
            for path in ["fuzz.html", "fuzz.txt", "fuzz.xml"] {
                let documents = CorpusLoader.parse(bytes: input.bytes, id: "fuzz", path: path).documents
                for d in documents {
                    let scalars = d.text.unicodeScalars.count
                    #expect(d.figures.allSatisfy { 0 <= $0.start && $0.start <= $0.end && $0.end <= scalars },
                            "figure out of range for \(input.name) as \(path)")
                }
            }
        }
    }

    @Test func figuresTargetInputsExtract() {
        let inputs = FuzzInputs.files(target: "figures")
        #expect(!inputs.isEmpty, "no fuzz inputs found for figures")
        for input in inputs {
            let text = String(decoding: input.bytes, as: UTF8.self)
            var document = Document(id: "fuzz", path: "fuzz.txt", title: String(text.prefix(40)),
                                    paragraphs: text.split(separator: "\n").map(String.init))
            Extraction.enrich(&document)
            let scalars = document.text.unicodeScalars.count
            #expect(document.figures.allSatisfy { 0 <= $0.start && $0.start <= $0.end && $0.end <= scalars },
                    "figure out of range for \(input.name)")
        }
    }
}
