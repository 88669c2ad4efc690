/// A document's paragraphs and figures as kept in memory after loading: the paragraphs
/// in ``CompactText`` (the encoding the corpus snapshot stores), made into strings (and
/// the figures' sentences into slices of them) each time they are asked for, and never
/// kept as strings.
///
/// Most documents of a large corpus are never opened in a session: the list shows titles
/// and the search index has its own copy of the text. Parsed documents are turned into
/// this form as soon as they are built, and read ones are read straight into it (nothing
/// is validated or decoded: every byte sequence decodes, see ``CompactText``).
///
/// Not keeping the strings is deliberate. Documents are read on the loader's threads and
/// asked for their text on others (the indexer, the statistics); strings kept by the
/// asking thread while the bytes are given back to the reading thread's allocator arena
/// leave the bytes' memory resident and unused: rebuilding the index over 100,000 such
/// documents peaked at 2.90× the corpus bytes instead of 2.35×. Decoding a document takes
/// microseconds, and bulk readers (index, statistics) read each document once.
///
/// Immutable, so safe to share between threads.
final class StoredText: Sendable {
    /// The paragraphs' ``CompactText`` bytes, one after the other.
    let bytes: [UInt8]
    /// Where each paragraph ends in ``bytes``.
    let ends: [Int32]
    /// The figures with empty sentences, and where each sentence is: paragraph and UTF-8
    /// range in it, or paragraph -1 when the figure's own ``Figure/sentenceSlice`` holds it.
    let figures: [Figure]
    let sentences: [Sentence]

    struct Sentence: Sendable {
        var paragraph: Int32, lower: Int32, upper: Int32
    }

    init(bytes: [UInt8], ends: [Int32], figures: [Figure], sentences: [Sentence]) {
        self.bytes = bytes; self.ends = ends; self.figures = figures; self.sentences = sentences
    }

    /// Paragraphs and figures made from strings: a figure whose sentence is a slice of one
    /// of `paragraphs` (see ``SentenceSharing``) keeps where it is, others keep their own.
    convenience init(paragraphs: [String], figures: [Figure]) {
        var scratch: [UInt8] = [], ends: [Int32] = []
        scratch.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count })
        ends.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            CompactText.append(paragraph, to: &scratch)
            ends.append(Int32(scratch.count))
        }
        var stripped = figures, sentences: [Sentence] = []
        sentences.reserveCapacity(figures.count)
        for i in figures.indices {
            if let (k, range) = Self.location(of: figures[i].sentenceSlice, in: paragraphs) {
                sentences.append(Sentence(paragraph: Int32(k), lower: Int32(range.lowerBound), upper: Int32(range.upperBound)))
                stripped[i].sentenceSlice = ""
            } else {
                sentences.append(Sentence(paragraph: -1, lower: 0, upper: 0))
            }
        }
        // An array of exactly its size: the scratch had room for the UTF-8 bytes.
        let bytes = scratch.isEmpty ? [] : [UInt8](unsafeUninitializedCapacity: scratch.count) { out, initialized in
            _ = out.initialize(fromContentsOf: scratch)
            initialized = scratch.count
        }
        self.init(bytes: bytes, ends: ends, figures: stripped, sentences: sentences)
    }

    /// The paragraph `slice` is a slice of (same string) and its UTF-8 offsets there.
    private static func location(of slice: Substring, in paragraphs: [String]) -> (Int, Range<Int>)? {
        let base = slice.base
        for (k, paragraph) in paragraphs.enumerated() where paragraph.utf8.count == base.utf8.count && paragraph == base {
            let lower = base.utf8.distance(from: base.startIndex, to: slice.startIndex)
            return (k, lower..<lower + slice.utf8.count)
        }
        return nil
    }

    /// Paragraph `k` as a string.
    func paragraph(_ k: Int) -> String {
        let start = k == 0 ? 0 : Int(ends[k - 1]), end = Int(ends[k])
        return bytes.withUnsafeBufferPointer { CompactText.string(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The paragraphs as strings.
    var paragraphs: [String] { ends.indices.map(paragraph) }

    /// The figures, their sentences sliced from the paragraphs they are in (only those
    /// paragraphs are decoded).
    var decodedFigures: [Figure] {
        var made: [Int32: String] = [:]
        return slicing { k in
            if let p = made[k] { return p }
            let p = paragraph(Int(k))
            made[k] = p
            return p
        }
    }

    /// The paragraphs, and the figures with their sentences sliced from them (sharing their storage).
    var decoded: (paragraphs: [String], figures: [Figure]) {
        let paragraphs = self.paragraphs
        return (paragraphs, slicing { paragraphs[Int($0)] })
    }

    /// ``figures`` with each located sentence sliced from `paragraph(k)`; a range that does
    /// not fit the paragraph (a damaged snapshot) is cut to it and to whole characters.
    private func slicing(_ paragraph: (Int32) -> String) -> [Figure] {
        var figures = self.figures
        for (i, at) in sentences.enumerated() where at.paragraph >= 0 && Int(at.paragraph) < ends.count {
            let p = paragraph(at.paragraph)
            let utf8 = p.utf8
            func index(_ offset: Int32) -> String.Index {
                var o = min(max(Int(offset), 0), utf8.count)
                while o > 0 && o < utf8.count && utf8[utf8.index(utf8.startIndex, offsetBy: o)] & 0xC0 == 0x80 { o -= 1 }
                return utf8.index(utf8.startIndex, offsetBy: o)
            }
            let from = index(at.lower), to = max(from, index(at.upper))
            figures[i].sentenceSlice = p[from..<to]
        }
        return figures
    }

    /// Writes the paragraphs as a list of byte strings, from the bytes.
    func writeParagraphs(to w: SnapshotWriter) {
        w.uint(UInt64(ends.count))
        bytes.withUnsafeBytes { all in
            var start = 0
            for end in ends {
                w.bytes(UnsafeRawBufferPointer(rebasing: all[start..<Int(end)]))
                start = Int(end)
            }
        }
    }
}
