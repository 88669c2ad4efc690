import Corpus
import Foundation
import Testing
import WordBreak
import XunshiTestSupport

/// Segmentation cost on the seeds' text repeated N times (`XUNSHI_BENCH=N`); skipped otherwise.
@Test(.enabled(if: ProcessInfo.processInfo.environment["XUNSHI_BENCH"] != nil))
func segmentationBenchmark() throws {
    let copies = Int(ProcessInfo.processInfo.environment["XUNSHI_BENCH"] ?? "") ?? 200
    let files = try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds.path).sorted()
    let texts = try files.map { try String(contentsOf: TestPaths.seeds.appendingPathComponent($0), encoding: .utf8) }
    var documents: [Document] = []
    for copy in 0..<copies {
        for (i, text) in texts.enumerated() {
            documents.append(Document(id: "\(copy)-\(i)", path: "", title: "",
                                      paragraphs: text.split(separator: "\n").map(String.init)))
        }
    }
    let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
    let cache = SegmentationCache()
    let clock = ContinuousClock()
    let first = clock.measure { _ = cache.topTerms(documents, limit: 50) }
    let second = clock.measure { _ = cache.topTerms(documents, limit: 50) }
    let units = documents.map { Array($0.text.utf16) }
    let icuOnly = clock.measure {
        let breaker = WordBreaker()
        for u in units { _ = breaker?.tokens(inUTF16: u) }
    }
    print("BENCH icuOnly(1 thread)=\(icuOnly)")
    print("BENCH footprint=\(cache.footprint)")
    print("BENCH documents=\(documents.count) MB=\(Double(bytes) / 1e6) first=\(first) cached=\(second)")
    #expect(cache.count == documents.count)
}
