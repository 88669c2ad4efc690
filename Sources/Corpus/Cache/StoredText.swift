/// A document's paragraphs and figures as read from a corpus snapshot: the paragraphs'
/// UTF-8 bytes, made into strings (and the figures' sentences into slices of them) each
/// time they are asked for, and never kept as strings.
///
/// Making strings was most of the time a snapshot read took (every string's bytes are
/// validated as UTF-8), and most documents of a large corpus are never opened in a
/// session: the list shows titles and the search index has its own copy of the text. The
/// bytes were checked when read (lengths, the figures' ranges on character boundaries,
/// and the section's checksum), so decoding them cannot fail.
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
    /// The paragraphs' UTF-8 bytes, one after the other.
    let bytes: [UInt8]
    /// Where each paragraph ends in ``bytes``.
    let ends: [Int32]
    /// The figures with empty sentences, and where each sentence is: paragraph and UTF-8
    /// range, or paragraph -1 when the figure's own ``Figure/sentenceSlice`` holds it.
    let figures: [Figure]
    let sentences: [Sentence]

    struct Sentence: Sendable {
        var paragraph: Int32, lower: Int32, upper: Int32
    }

    init(bytes: [UInt8], ends: [Int32], figures: [Figure], sentences: [Sentence]) {
        self.bytes = bytes; self.ends = ends; self.figures = figures; self.sentences = sentences
    }

    /// The paragraphs as strings.
    var paragraphs: [String] {
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(ends.count)
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for end in ends {
                paragraphs.append(String(decoding: UnsafeBufferPointer(rebasing: all[start..<Int(end)]), as: UTF8.self))
                start = Int(end)
            }
        }
        return paragraphs
    }

    /// The paragraphs, and the figures with their sentences sliced from them (sharing their storage).
    var decoded: (paragraphs: [String], figures: [Figure]) {
        let paragraphs = self.paragraphs
        var figures = self.figures
        for (i, at) in sentences.enumerated() where at.paragraph >= 0 {
            let p = paragraphs[Int(at.paragraph)]
            let from = p.utf8.index(p.startIndex, offsetBy: Int(at.lower)), to = p.utf8.index(p.startIndex, offsetBy: Int(at.upper))
            figures[i].sentenceSlice = p[from..<to]
        }
        return (paragraphs, figures)
    }

    /// Writes the paragraphs as ``SnapshotWriter/strings(_:)`` would, from the bytes.
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
