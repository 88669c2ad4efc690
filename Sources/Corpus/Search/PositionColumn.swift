/// One common bigram key's coarse first and last positions (see `PostingTable+Positions.swift`),
/// kept only for the documents that hold the key.
///
/// A column belongs to a bitmap list. Its entries are in document order, one per document
/// of the list: the entry of document `d` is the number of the list's documents before
/// `d`, its *rank*, found from ``wordStarts`` (one per 64 documents) and a population count
/// of the bitmap's word that holds `d`. Two bytes for every document of the corpus would
/// be a third more: the keys with columns are in 63 % of the documents on average at
/// 100,000 documents (102 MB dense, 64 MB this way).
///
/// Invariants: ``spans`` has one entry per document of the list; `wordStarts[w]` is the
/// number of the list's documents below `64 × w`; `wordStarts` has one entry per word up
/// to the one holding the last document (none for an empty list).
struct PositionColumn {
    /// The entries (``PostingTable/span(first:last:)``), in document order.
    private(set) var spans: [UInt16] = []
    /// Per 64 documents: the rank of the first document of the list at or after `64 × w`.
    private(set) var wordStarts: [UInt32] = []

    init() {}

    /// A column of `spans` for the documents set in `bitmap`, in order; `nil` when their
    /// numbers differ.
    init?(spans: [UInt16], bitmap: [UInt8]) {
        self.spans = spans
        guard setWordStarts(bitmap) else { return nil }
    }

    /// Sets ``wordStarts`` from `bitmap` (in place); `false` when it holds another number
    /// of documents than ``spans`` has entries.
    private mutating func setWordStarts(_ bitmap: [UInt8]) -> Bool {
        var end = bitmap.count
        while end > 0 && bitmap[end - 1] == 0 { end -= 1 }
        wordStarts.removeAll(keepingCapacity: true)
        wordStarts.reserveCapacity((end + 7) / 8)
        var rank = 0
        for i in 0..<end {
            if i & 7 == 0 { wordStarts.append(UInt32(rank)) }
            rank += bitmap[i].nonzeroBitCount
        }
        return rank == spans.count
    }

    /// Moves the entries with their documents: old documents `run.from ..< run.from +
    /// run.length` become `run.to …`, for `runs` in new order (see ``Renumbering``);
    /// `oldBitmap` is the list's bitmap before, `newBitmap` after. The entries of a run are
    /// consecutive both before and after, so each run is one copy. Rewritten in place (new
    /// arrays made on another thread than the one that read them would sit in another
    /// allocator arena); `scratch` holds the old entries meanwhile.
    mutating func renumber(_ runs: [Renumbering.Run], oldBitmap: [UInt8], newBitmap: [UInt8], scratch: inout [UInt16]) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: spans)
        let old = PositionColumn(copyOf: scratch, wordStarts: wordStarts)
        spans.removeAll(keepingCapacity: true)
        old.withView(bitmap: oldBitmap, offset: 0) { view in
            for run in runs {
                let lo = view.rank(run.from), hi = view.rank(run.from + run.length)
                if lo < hi { spans.append(contentsOf: view.spans[lo..<hi]) }
            }
        }
        let consistent = setWordStarts(newBitmap)
        precondition(consistent, "a column's entries follow its bitmap's documents")
    }

    private init(copyOf spans: [UInt16], wordStarts: [UInt32]) {
        self.spans = spans
        self.wordStarts = wordStarts
    }

    /// Adds the entry of `doc`, which must be above every document added before.
    mutating func append(_ span: UInt16, doc: UInt32) {
        let w = Int(doc >> 6)
        precondition(spans.isEmpty || w + 1 >= wordStarts.count, "documents in order")
        while wordStarts.count <= w { wordStarts.append(UInt32(spans.count)) }
        if spans.count == spans.capacity { spans.reserveCapacity(spans.count + spans.count / 4 + 64) }
        spans.append(span)
    }

    /// The entry of `doc`, or `nil` when `bitmap` (the list's) does not hold it.
    func span(of doc: Int, in bitmap: [UInt8]) -> UInt16? {
        withView(bitmap: bitmap, offset: 0) { $0.span(of: doc) }
    }

    /// Calls `body` with a view of the column and its list's `bitmap` for hot loops (no
    /// retains or exclusivity checks per access); `offset` is carried along for the caller.
    func withView<R>(bitmap: [UInt8], offset: Int, _ body: (View) -> R) -> R {
        spans.withUnsafeBufferPointer { spans in wordStarts.withUnsafeBufferPointer { starts in
            bitmap.withUnsafeBufferPointer { bitmap in
                body(View(spans: spans, wordStarts: starts, bitmap: bitmap, offset: offset))
            }
        } }
    }

    /// Calls `body` with views of every column of `columns` (column, its list's bitmap, an
    /// offset each), in order.
    static func withViews<R>(_ columns: ArraySlice<(column: PositionColumn, bitmap: [UInt8], offset: Int)>,
                             _ views: [View] = [], _ body: (UnsafeBufferPointer<View>) -> R) -> R {
        guard let first = columns.first else { return views.withUnsafeBufferPointer(body) }
        return first.column.withView(bitmap: first.bitmap, offset: first.offset) { view in
            withViews(columns.dropFirst(), views + [view], body)
        }
    }

    /// A column's entries, word starts and list bitmap, read through raw buffers (valid only
    /// inside ``withView(bitmap:offset:_:)``).
    struct View {
        let spans: UnsafeBufferPointer<UInt16>
        let wordStarts: UnsafeBufferPointer<UInt32>
        let bitmap: UnsafeBufferPointer<UInt8>
        /// The caller's: where the column's bigram is in the term.
        let offset: Int

        /// How many documents of the bitmap are below `doc`.
        func rank(_ doc: Int) -> Int {
            let w = doc >> 6
            guard w < wordStarts.count else { return spans.count }
            let word = PositionColumn.word(w, of: bitmap)
            return Int(wordStarts[w]) + (word & ((1 << UInt64(doc & 63)) &- 1)).nonzeroBitCount
        }

        /// The entry of `doc`, or `nil` when the bitmap does not hold it.
        @inline(__always)
        func span(of doc: Int) -> UInt16? {
            let w = doc >> 6
            guard w < wordStarts.count else { return nil }
            let word = PositionColumn.word(w, of: bitmap)
            let bit = UInt64(1) << UInt64(doc & 63)
            guard word & bit != 0 else { return nil }
            return spans[Int(wordStarts[w]) + (word & (bit &- 1)).nonzeroBitCount]
        }
    }

    /// Bits `64 × w ..< 64 × (w + 1)` of `bitmap` (zero past its end).
    @inline(__always)
    static func word(_ w: Int, of bitmap: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let at = w << 3
        if at + 8 <= bitmap.count { return UnsafeRawPointer(bitmap.baseAddress!).loadUnaligned(fromByteOffset: at, as: UInt64.self) }
        var word: UInt64 = 0
        var i = at
        while i < bitmap.count { word |= UInt64(bitmap[i]) << UInt64((i - at) << 3); i += 1 }
        return word
    }

    /// Heap bytes held.
    var byteCount: Int { spans.capacity * 2 + wordStarts.capacity * 4 + 64 }
}

#if !_endian(little)
#error("PositionColumn reads bitmaps as little-endian words")
#endif
