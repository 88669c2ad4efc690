#if canImport(Glibc)
import Glibc
#endif

/// Per document, which letters the pinyin readings of each unit of its folded text start
/// with, as a one-byte *class* per unit: what a pinyin scan reads instead of the text (see
/// ``PinyinMatcher``), half its bytes, through a table of 256 entries instead of 65,536.
///
/// Class 0 is a unit with no reading (not Han, or unknown); every other class is one set
/// of first letters, so a class stands for exactly the letters of its units and a scan over
/// classes finds the same places as a scan over units. A single letter is class
/// ``singleLetter(_:)`` (1…26: `x` for 巡 is 24); sets of several (`s`/`x` for 省) are
/// numbered from ``firstSet`` as first met, so a vector scan can test a place for letter
/// `x` with two compares (class 24, or a class from 27 up, checked exactly afterwards). (Four-bit classes, 14 sets and one for "any other", took half the
/// memory but passed 12 % of the units everywhere; a scan then tried the full match, on
/// text not in cache, about seven times as often, and `xs` took 17.6 ms instead of 7.)
/// Should a corpus ever have more than 228 sets of several letters, the rest share class 255, which stands
/// for every letter.
///
/// Document `d`'s classes start at ``starts``[d], one per unit of its text. At 100,000
/// documents of 1,650 units: 165 MB. Append-only; read from several threads while nothing
/// is added.
final class PinyinInitials: @unchecked Sendable {
    /// First-letter masks (``PinyinTable/bit(_:)``) of classes ``firstSet``, ``firstSet`` + 1 …
    private(set) var classLetters: [UInt32] = []
    /// Class of each BMP unit, remade whenever documents are added (the pinyin table
    /// learns characters as documents come).
    private(set) var classOf: [UInt8] = []
    private var chunks: [UnsafeMutableBufferPointer<UInt16>] = []
    /// Start of each document's classes.
    private(set) var starts: [UnsafePointer<UInt8>] = []
    /// Where each document's commonest triples of first letters first occur.
    let triples = InitialsTriples()

    static let none: UInt8 = 0
    static let any: UInt8 = 255
    /// The first class of several letters.
    static let firstSet: UInt8 = 27

    /// The class of the single lower-case ASCII letter `letter`.
    @inline(__always)
    static func singleLetter(_ letter: UInt8) -> UInt8 { letter &- 0x60 }

    init() {}

    deinit {
        for chunk in chunks { free(chunk.baseAddress) }
    }

    /// Number of documents covered.
    var count: Int { starts.count }

    /// Bytes held (with the triples' columns).
    var byteCount: Int { chunks.reduce(0) { $0 + $1.count * 2 } + starts.capacity * 8 + triples.byteCount }

    /// The first letters class `c` stands for (none for ``none`` and for classes not in
    /// use, every letter for ``any``).
    func letters(ofClass c: Int) -> UInt32 {
        switch c {
        case Int(Self.any): (1 << 26) - 1
        case 1..<Int(Self.firstSet): 1 << UInt32(c - 1)
        case Int(Self.firstSet)..<(Int(Self.firstSet) + classLetters.count): classLetters[c - Int(Self.firstSet)]
        default: 0
        }
    }

    /// Covers the documents of `texts` not covered yet (on all cores when they are many).
    func extend(_ texts: TextStore, view: PinyinView) {
        texts.withView { extend($0, view: view) }
    }

    /// Covers the documents of `texts` not covered yet (on all cores when they are many),
    /// and their ``triples`` when those were made before or `withTriples` asks for them.
    ///
    /// Only the background build asks (``InitialsBuild``): making the triples takes about
    /// four times as long as the classes (0.8 s more at 100,000 documents), which a single
    /// search (`xunshi search xsxc`, whose classes are made on its own thread) would pay
    /// for nothing; a session's keystrokes are what they are for.
    func extend(_ texts: TextStoreView, view: PinyinView, withTriples: Bool = false) {
        let first = count, n = texts.starts.count
        guard first < n else { return }
        classOf = classes(view)
        var offsets = [Int](repeating: 0, count: n - first + 1)
        for d in first..<n { offsets[d - first + 1] = offsets[d - first] + Int(texts.lengths[d]) }
        let total = offsets[n - first]
        // The text store's chunks: 2 MiB pages for a large one (a scan's TLB misses).
        let chunk = TextStore.allocateChunk((total + 1) / 2)
        chunks.append(chunk)
        let base = UnsafeMutableRawPointer(chunk.baseAddress!).bindMemory(to: UInt8.self, capacity: max(total, 1))
        classOf.withUnsafeBufferPointer { classOf in
            let shared = Fill(base: base, classOf: classOf, texts: texts)
            _ = ParallelScan.map(n - first, minimum: 256) { range -> Int in
                for i in range { shared.fill(doc: first + i, at: offsets[i]) }
                return 0
            }
        }
        starts.reserveCapacity(n)
        for i in 0..<(n - first) { starts.append(UnsafePointer(base + offsets[i])) }
        if withTriples || triples.isChosen { extendTriples(from: first, texts: texts) }
    }

    /// Fills the triples' columns of documents `first…` (choosing the columns first, from
    /// these documents, when none are chosen yet).
    private func extendTriples(from first: Int, texts: TextStoreView) {
        let masks = (0..<256).map { letters(ofClass: $0) }
        let n = count
        masks.withUnsafeBufferPointer { masks in
            withView { classes in
                let of = { (d: Int) in UnsafeBufferPointer(start: classes[d], count: Int(texts.lengths[d])) }
                if !triples.isChosen { triples.choose(documents: n, classes: of, masks: masks) }
                triples.grow(to: n)
                let shared = TriplesFill(triples: triples, classes: classes, texts: texts, masks: masks)
                // Runs of 64 documents from multiples of 64: each word of the signatures'
                // sets is written by one thread.
                let runs = (n + 63) / 64 - first / 64
                _ = ParallelScan.map(runs, minimum: 4) { range -> Int in
                    for r in range {
                        let run = first / 64 + r
                        for d in max(first, run * 64)..<min(n, run * 64 + 64) { shared.fill(d) }
                    }
                    return 0
                }
            }
        }
    }

    /// Fills documents' triples from several threads.
    private struct TriplesFill: @unchecked Sendable {
        let triples: InitialsTriples
        let classes: PinyinInitialsView
        let texts: TextStoreView
        let masks: UnsafeBufferPointer<UInt32>

        func fill(_ d: Int) {
            triples.fill(doc: d, classes: UnsafeBufferPointer(start: classes[d], count: Int(texts.lengths[d])), masks: masks)
        }
    }

    /// Writes one document's classes.
    private struct Fill: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
        let classOf: UnsafeBufferPointer<UInt8>
        let texts: TextStoreView

        func fill(doc: Int, at offset: Int) {
            let out = base + offset
            for (i, u) in texts[doc].enumerated() { out[i] = classOf[Int(u)] }
        }
    }

    /// The class of every BMP unit, numbering sets not met before.
    private func classes(_ view: PinyinView) -> [UInt8] {
        var classOf = [UInt8](repeating: Self.none, count: 0x10000)
        var number = [UInt32: UInt8](uniqueKeysWithValues: classLetters.enumerated().map { ($1, Self.firstSet + UInt8($0)) })
        for range in PinyinTable.hanUnits {
            for u in range {
                let letters = view.firstLetters(UInt16(u))
                guard letters != 0 else { continue }
                if letters.nonzeroBitCount == 1 {
                    classOf[u] = UInt8(letters.trailingZeroBitCount + 1)
                } else if let c = number[letters] {
                    classOf[u] = c
                } else if Int(Self.firstSet) + classLetters.count < Int(Self.any) {
                    number[letters] = Self.firstSet + UInt8(classLetters.count)
                    classOf[u] = Self.firstSet + UInt8(classLetters.count)
                    classLetters.append(letters)
                } else {
                    classOf[u] = Self.any
                }
            }
        }
        return classOf
    }

    /// Calls `body` with raw access for hot loops.
    func withView<R>(_ body: (PinyinInitialsView) -> R) -> R {
        starts.withUnsafeBufferPointer { body(PinyinInitialsView(starts: $0)) }
    }
}

/// Read-only raw access to a ``PinyinInitials`` (valid only inside ``PinyinInitials/withView(_:)``).
struct PinyinInitialsView: @unchecked Sendable {
    let starts: UnsafeBufferPointer<UnsafePointer<UInt8>>

    @inline(__always)
    subscript(doc: Int) -> UnsafePointer<UInt8> { starts[doc] }
}
