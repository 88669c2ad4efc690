/// A document's paragraphs and figures as kept in memory after loading: the paragraphs
/// folded for search (``SearchNormalizer``: the units the search index scans, shared with
/// it) plus the few characters folding changed (full-width punctuation, Traditional
/// characters, capitals …), made into strings (and the figures' sentences into slices of
/// them) each time they are asked for, and never kept as strings.
///
/// The folded units are the only copy of a loaded document's text: the index takes them
/// where they are (``TextStore``) instead of folding the text again into a copy of its own,
/// and the corpus snapshot stores them as they are. Folding is one scalar at a time, so
/// the display text is the folded units with each *exception* put back: where folding
/// changed a scalar, the folded units it became and the scalar it was.
///
/// Most documents of a large corpus are never opened in a session: the list shows titles.
/// Parsed documents are turned into this form as soon as they are built, and read ones are
/// read straight into it (a damaged exception list decodes to some text, never a crash).
///
/// Not keeping the strings is deliberate. Documents are read on the loader's threads and
/// asked for their text on others (the indexer, the statistics); strings kept by the
/// asking thread while the bytes are given back to the reading thread's allocator arena
/// leave the bytes' memory resident and unused: rebuilding the index over 100,000 such
/// documents peaked at 2.90× the corpus bytes instead of 2.35×. Decoding a document takes
/// microseconds, and bulk readers (statistics) read each document once.
///
/// Immutable, so safe to share between threads.
final class StoredText: @unchecked Sendable {
    /// Holds ``units`` (in ``TextArena/shared``, or its own chunk).
    let chunk: TextChunk
    private let start: UnsafePointer<UInt16>
    private let count: Int
    /// Where each paragraph ends in ``units`` (paragraph `k + 1` starts one unit later,
    /// after the `"\n"` that joins them): ascending, the last one ``units``' count.
    let ends: [Int32]
    /// The exceptions, one after the other (see ``StoredText+Exceptions.swift``).
    let exceptions: [UInt8]
    /// The figures with empty sentences, and where each sentence is: paragraph and UTF-8
    /// range in it, or paragraph -1 when the figure's own ``Figure/sentenceSlice`` holds it.
    let figures: [Figure]
    let sentences: [Sentence]

    struct Sentence: Sendable {
        var paragraph: Int32, lower: Int32, upper: Int32
    }

    /// The folded text: the paragraphs folded and joined by `"\n"` (valid while this lives).
    var units: UnsafeBufferPointer<UInt16> { UnsafeBufferPointer(start: start, count: count) }

    /// A stored text over `count` units at `start` in `chunk`, which the caller filled.
    init(chunk: TextChunk, start: UnsafePointer<UInt16>, count: Int, ends: [Int32], exceptions: [UInt8],
         figures: [Figure], sentences: [Sentence]) {
        self.chunk = chunk; self.start = start; self.count = count; self.ends = ends; self.exceptions = exceptions
        self.figures = figures; self.sentences = sentences
    }

    /// The same text with other sentence places (tests damage them).
    func with(sentences: [Sentence]) -> StoredText {
        StoredText(chunk: chunk, start: start, count: count, ends: ends, exceptions: exceptions,
                   figures: figures, sentences: sentences)
    }

    /// Whether ``ends`` fit the units: ascending with room for the joining `"\n"`s, the last
    /// at the end (a snapshot is checked with this before its text is used).
    var isWellFormed: Bool {
        guard let last = ends.last else { return count == 0 }
        guard Int(last) == count, ends[0] >= 0 else { return false }
        for k in ends.indices.dropFirst() where ends[k] < ends[k - 1] + 1 { return false }
        return true
    }

    /// Paragraphs and figures made from strings, folded into ``TextArena/shared``: a figure
    /// whose sentence is a slice of one of `paragraphs` (see ``SentenceSharing``) keeps
    /// where it is, others keep their own.
    convenience init(paragraphs: [String], figures: [Figure]) {
        let (units, ends, exceptions) = FoldingPool.shared.fold(paragraphs)
        let (chunk, start) = TextArena.shared.allocate(units.count)
        units.withUnsafeBufferPointer { if let source = $0.baseAddress { start.initialize(from: source, count: $0.count) } }
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
        self.init(chunk: chunk, start: start, count: units.count, ends: ends, exceptions: exceptions,
                  figures: stripped, sentences: sentences)
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
        let from = k == 0 ? 0 : Int(ends[k - 1]) + 1, to = Int(ends[k])
        return decode(from..<max(from, to))
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

    /// Writes the folded units, the paragraph ends and the exceptions.
    func writeText(to w: SnapshotWriter) {
        w.array(units)
        w.array(ends)
        w.array(exceptions)
    }
}
