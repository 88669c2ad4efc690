import Corpus
import Foundation

/// The fuzzed entry points: each takes arbitrary bytes and must neither crash nor hang.
///
/// Built two ways (see `scripts/fuzz`): with `-sanitize=fuzzer,address -DFUZZING` the
/// `LLVMFuzzerTestOneInput` entry runs the target named by `XUNSHI_FUZZ_TARGET`; in an
/// ordinary build the executable replays files given on the command line through it.
enum FuzzTarget: String, CaseIterable {
    /// Format detection, decoding, front matter, HTML parsing, cleaning and extraction of one file.
    case load
    /// The extractors (places, kinds, level, figures, policies) on arbitrary UTF-8 text.
    case figures
    /// The query parser, and a search with the parsed query over a two-document index.
    case query

    /// The target named by `XUNSHI_FUZZ_TARGET` (default `load`).
    static let selected: FuzzTarget = {
        guard let name = getenv("XUNSHI_FUZZ_TARGET").map({ String(cString: $0) }) else { return .load }
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("XUNSHI_FUZZ_TARGET must be one of \(allCases.map(\.rawValue))")
        }
        return target
    }()

    /// Runs the target once on `bytes`.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .load:
            for format in ["fuzz.html", "fuzz.txt", "fuzz.xml"] {
                _ = CorpusLoader.parse(bytes: bytes, id: "fuzz", path: format)
            }
        case .figures:
            let text = String(decoding: bytes, as: UTF8.self)
            var document = Document(id: "fuzz", path: "fuzz.txt", title: String(text.prefix(40)),
                                    paragraphs: text.split(separator: "\n").map(String.init))
            Extraction.enrich(&document)
            let scalars = document.text.unicodeScalars.count
            for figure in document.figures {
                precondition(0 <= figure.start && figure.start <= figure.end && figure.end <= scalars,
                             "figure range out of bounds")
            }
        case .query:
            let text = String(decoding: bytes, as: UTF8.self)
            guard let query = try? Query.parse(text) else { return }
            let index = FuzzTarget.smallIndex
            let documents = FuzzTarget.smallDocuments
            for result in index.search(query) {
                let found = index.highlights(query, in: documents[result.document])
                let scalars = documents[result.document].text.unicodeScalars.count
                precondition(found.textHits.allSatisfy { $0.upperBound <= scalars }, "hit out of bounds")
            }
        }
    }

    /// A tiny index of a Simplified and a Traditional document for the query target.
    static let smallIndex: SearchIndex = {
        let index = SearchIndex()
        index.add(smallDocuments)
        return index
    }()

    /// The documents of ``smallIndex``, in index order.
    static let smallDocuments: [Document] = {
        var a = Document(id: "a", path: "a.txt", title: "吉林：巡视巡察贯通融合", date: "2021-12-21",
                         paragraphs: ["截至目前，巡视巡察组移交问题线索74件，立案22人，留置19人。"])
        var b = Document(id: "b", path: "b.txt", title: "四川珙縣:巡審聯動打出監督組合拳", date: "2024-04-29",
                         paragraphs: ["縣委巡察機構始終堅持問題導向。"])
        Extraction.enrich(&a)
        Extraction.enrich(&b)
        return [a, b]
    }()
}
