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
            offset += paragraph.unicodeScalars.count + 1
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
        let n = Array(needle.utf8), hay = paragraph.utf8
        guard let first = n.first, hay.count >= n.count else { return nil }
        var i = hay.startIndex
        var remaining = hay.count
        while remaining >= n.count {
            if hay[i] == first, hay[i...].starts(with: n) {
                let end = hay.index(i, offsetBy: n.count)
                // Only whole scalars: UTF-8 needles cannot match from a continuation byte.
                return paragraph[i..<end]
            }
            i = hay.index(after: i)
            remaining -= 1
        }
        return nil
    }
}
