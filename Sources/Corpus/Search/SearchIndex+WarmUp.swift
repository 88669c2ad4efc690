extension SearchIndex {
    /// Runs, once, the searches a first keystroke would, and forgets them.
    ///
    /// The first search of a process paid for memory it touched for the first time: at
    /// 100,000 documents the first one-character keystroke took 12 ms instead of 1 (about
    /// 800 page faults for its result arrays, 14 µs each on a virtual machine), and the
    /// first scan of a three-character term 25–30 ms instead of 6 (the scan threads' own
    /// first allocations; scans now write into buffers the calling thread allocates).
    /// Calling this when loading ends moves that cost into the load (about 60 ms at
    /// 100,000 documents): it types, twice, a three-character term made of the commonest
    /// Han bigram and the commonest bigram that follows on from it. Nothing observable
    /// changes: the next search does not refine these.
    ///
    /// It also starts making the texts' first-letter classes for pinyin scans in the
    /// background (``makeInitialsInBackground()``: about 0.17 s at 100,000 documents).
    public func warmUp() {
        defer { recent.removeAll() }
        makeInitialsInBackground()
        guard count > 0, let (a, b) = body.commonestBigram(), let (_, c) = body.commonestBigram(startingWith: b) else { return }
        // Typed as the browser's prompt would: a, ab, abc (both bigrams of `abc` are
        // common, so its scan runs on all cores over most documents).
        for _ in 0..<2 {
            recent.removeAll()  // searched again, not recalled
            for n in 1...3 {
                _ = matches(Query(terms: [Query.Term(String(decoding: [a, b, c].prefix(n), as: UTF16.self))]))
            }
        }
    }
}

extension PostingTable {
    /// The bigram of two Han characters with the most documents (among those starting
    /// with `first`, when given), as its two units.
    func commonestBigram(startingWith first: UInt16? = nil) -> (UInt16, UInt16)? {
        var best: (UInt32, UInt32)?
        for e in entries where e != Self.empty {
            let key = UInt32(truncatingIfNeeded: e >> 32), l = Int(UInt32(truncatingIfNeeded: e))
            let a = key >> 16, b = key & 0xFFFF
            // Han characters only: a term of punctuation or line breaks is not what people type.
            guard (0x3400...0x9FFF).contains(a), (0x3400...0x9FFF).contains(b),
                  first.map({ UInt32($0) == a }) ?? true else { continue }
            if best == nil || documentCounts[l] > best!.1 { best = (key, documentCounts[l]) }
        }
        return best.map { (UInt16(truncatingIfNeeded: $0.0 >> 16), UInt16(truncatingIfNeeded: $0.0)) }
    }
}
