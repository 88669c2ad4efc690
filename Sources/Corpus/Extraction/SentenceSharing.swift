#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Re-points figures' sentences at slices of the document's own paragraphs.
///
/// ``FigureExtractor`` builds each sentence as a new string; kept per figure, those strings
/// would hold a second copy of about a third of a corpus's text. A sentence lies inside one
/// paragraph, so it is found in that paragraph (by UTF-8 bytes, starting from the
/// paragraph that holds the figure) and replaced by a `Substring` of the paragraph, which
/// shares its storage. A sentence not found there keeps its own string.
enum SentenceSharing {
    static func share(_ figures: inout [Figure], paragraphs: [String]) {
        guard !figures.isEmpty else { return }
        // Scalar offset in the joined text where each paragraph starts.
        var starts: [Int] = []
        starts.reserveCapacity(paragraphs.count)
        var offset = 0
        for paragraph in paragraphs {
            starts.append(offset)
            offset += UTF8Bytes.scalarCount(paragraph) + 1
        }
        var last: (slice: Substring, shared: Substring)?
        for i in figures.indices {
            let sentence = figures[i].sentenceSlice
            if let last, last.slice.utf8.elementsEqual(sentence.utf8) {
                figures[i].sentenceSlice = last.shared
                continue
            }
            var k = 0
            while k + 1 < starts.count && starts[k + 1] <= figures[i].start { k += 1 }
            guard k < paragraphs.count, let shared = slice(of: sentence, in: paragraphs[k]) else { continue }
            figures[i].sentenceSlice = shared
            last = (sentence, shared)
        }
    }

    /// The first occurrence of `needle` in `paragraph` as a slice of `paragraph`.
    static func slice(of needle: Substring, in paragraph: String) -> Substring? {
        let found: Int? = UTF8Bytes.with(needle) { n in
            UTF8Bytes.with(paragraph) { hay in
                guard n.count > 0, hay.count >= n.count, let hp = hay.baseAddress, let np = n.baseAddress else {
                    return nil
                }
                let lastStart = hay.count - n.count
                var offset = 0
                while offset <= lastStart {
                    // memchr finds the candidate first byte; memcmp checks the rest.
                    guard let hit = memchr(hp + offset, Int32(np[0]), lastStart - offset + 1) else { return nil }
                    let position = UnsafeRawPointer(hit) - UnsafeRawPointer(hp)
                    if memcmp(hp + position, np, n.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
        guard let found else { return nil }
        let utf8 = paragraph.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        let end = utf8.index(start, offsetBy: needle.utf8.count)
        // Only whole scalars: UTF-8 needles cannot match from a continuation byte.
        return paragraph[start..<end]
    }
}
