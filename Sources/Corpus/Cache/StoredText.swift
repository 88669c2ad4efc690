import Foundation

/// A document's paragraphs and figures as read from a corpus snapshot: the paragraphs'
/// UTF-8 bytes, made into strings (and the figures' sentences into slices of them) only
/// when first asked for.
///
/// Making strings is most of the time a snapshot read takes (every string's bytes are
/// validated as UTF-8), and most documents of a large corpus are never opened in a
/// session: the list shows titles and the search index has its own copy of the text. The
/// bytes were checked when read (lengths, the figures' ranges on character boundaries,
/// and the section's checksum), so decoding them cannot fail.
///
/// Thread-safe: the first ``decoded`` decodes, under a lock shared with other instances.
final class StoredText: @unchecked Sendable {
    /// The paragraphs' UTF-8 bytes, one after the other; empty once decoded.
    private var bytes: [UInt8]
    /// Where each paragraph ends in ``bytes``.
    private var ends: [Int32]
    /// The figures with empty sentences, and where each sentence is: paragraph and UTF-8
    /// range, or paragraph -1 when the figure's own ``Figure/sentenceSlice`` holds it.
    private var figures: [Figure]
    private var sentences: [(paragraph: Int32, lower: Int32, upper: Int32)]
    private var value: (paragraphs: [String], figures: [Figure])?

    init(bytes: [UInt8], ends: [Int32], figures: [Figure], sentences: [(paragraph: Int32, lower: Int32, upper: Int32)]) {
        self.bytes = bytes; self.ends = ends; self.figures = figures; self.sentences = sentences
    }

    /// A few locks for all instances (one each would cost 100,000 locks for a large corpus).
    private static let locks = (0..<32).map { _ in NSLock() }
    private var lock: NSLock { Self.locks[Int(bitPattern: UInt(bitPattern: ObjectIdentifier(self).hashValue) >> 6) & 31] }

    /// The paragraphs, and the figures with their sentences sliced from them.
    var decoded: (paragraphs: [String], figures: [Figure]) {
        lock.lock(); defer { lock.unlock() }
        if let value { return value }
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(ends.count)
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for end in ends {
                paragraphs.append(String(decoding: UnsafeBufferPointer(rebasing: all[start..<Int(end)]), as: UTF8.self))
                start = Int(end)
            }
        }
        for (i, at) in sentences.enumerated() where at.paragraph >= 0 {
            let p = paragraphs[Int(at.paragraph)]
            let from = p.utf8.index(p.startIndex, offsetBy: Int(at.lower)), to = p.utf8.index(p.startIndex, offsetBy: Int(at.upper))
            figures[i].sentenceSlice = p[from..<to]
        }
        let result = (paragraphs, figures)
        value = result
        bytes = []; ends = []; figures = []; sentences = []
        return result
    }

    /// Writes the paragraphs and figures as ``Document/write(to:)`` does for strings, from
    /// the bytes when they are not decoded yet.
    func write(paragraphs w: SnapshotWriter) -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard value == nil else { return false }
        w.uint(UInt64(ends.count))
        bytes.withUnsafeBytes { all in
            var start = 0
            for end in ends {
                w.bytes(UnsafeRawBufferPointer(rebasing: all[start..<Int(end)]))
                start = Int(end)
            }
        }
        return true
    }

    /// The figures and their sentences' places, when not decoded yet (see ``write(paragraphs:)``).
    func undecodedFigures() -> (figures: [Figure], sentences: [(paragraph: Int32, lower: Int32, upper: Int32)])? {
        lock.lock(); defer { lock.unlock() }
        return value == nil ? (figures, sentences) : nil
    }
}
