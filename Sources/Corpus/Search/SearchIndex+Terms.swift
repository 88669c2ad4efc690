import Foundation
import MemoryHints

extension SearchIndex {
    /// The index keys whose postings contain every document holding `units`: the
    /// unigram for one unit, else every bigram. `nil` for an empty term.
    func keys(_ units: [UInt16]) -> [UInt32]? {
        guard let first = units.first else { return nil }
        if units.count == 1 { return [PostingTable.key(first)] }
        return (1..<units.count).map { PostingTable.key(units[$0 - 1], units[$0]) }
    }

    /// Documents (within `candidates`, when given) matching `term` literally in text or
    /// title, or by pinyin.
    ///
    /// `hints` are the matches of a term this one extends (from the previous keystroke):
    /// an occurrence of the longer term starts at or after the shorter one's first
    /// occurrence, and where the shorter one had none in the text the longer has none.
    ///
    /// With `titles: false` (the caller needs the set only, not ranking) ``TermMatches/inTitle``
    /// is only exact for documents the text does not match: a pinyin term's title is then
    /// not scanned where the text already matched.
    func evaluate(_ term: CompiledTerm, within candidates: [UInt32]?, hints: TermMatches? = nil,
                  titles needTitles: Bool = true) -> TermMatches {
        termsEvaluated += 1
        let text = literal(term.units, table: body, texts: texts, within: candidates, hints: hints)
        // A title holding the longer term holds the shorter, which flagged it (literal title
        // matches are flagged whatever `titles` was). Only for terms whose titles are
        // verified: for one or two units the postings answer, and walking every flag of the
        // shorter term's matches cost more (`巡察` after `巡`: 0.9 -> 1.3 ms).
        let titleCandidates = term.units.count > 2 ? hints.map { $0.titled(within: candidates) } ?? candidates : candidates
        let title = literal(term.units, table: titles, texts: titleTexts, within: titleCandidates, hints: nil)
        var merged = TermMatches.merging(text: text, title: title.docs)
        merged.termUnits = term.units.count
        guard let letters = term.pinyin, let matcher = PinyinMatcher(letters) else { return merged }
        // Pinyin: scan the candidates the literal pass did not fully settle, on all cores,
        // reading the texts' first-letter classes when they are made.
        let initials = coverInitials() ? self.initials : PinyinInitials()
        let prepared = pinyin.withView { matcher.prepared(for: $0, initials: initials.count > 0 ? initials : nil) }
        // Texts holding a match of one or two characters are known from the postings; the
        // others are scanned for longer matches only, or not at all when there are none
        // (titles, short, for any match). Not for a query of initials only, whose scan reads
        // the classes and is cheap: where the match lies is not known from the postings, and
        // the next keystroke's scan would start at the text's start (`xsx` after `xs` took
        // 10.4 ms instead of 8.3).
        let short = prepared.readsClasses ? nil : prepared.lattice?.shortDocuments(in: body, documents: count)
        let textMatcher = (short == nil ? prepared : prepared.skippingShortMatches()).prefilteredByClasses(initials)
        let scansText = short == nil || prepared.lattice?.hasPaths(minimumEdges: 3) == true
        let (scan, inText) = narrowed(candidates ?? Array(0..<UInt32(count)), by: prepared.lattice, short: short, keeping: merged.docs)
        // Where a match can start at the earliest, from the first positions of the common
        // bigrams a match starts with, where the previous keystroke does not say (`jijianj`
        // after `jijian`, answered from the postings). Only when a good part of the corpus
        // is to be scanned so: the look-ups read the postings of every bigram they use
        // (`jijianji` after `jijianj`, whose matches are known, took 1.2 ms more).
        let unplaced = short?.reduce(0) { $0 + $1.nonzeroBitCount } ?? 0
        let firstPositions = scansText && !prepared.readsClasses && (scan.count - unplaced) * 8 >= count
            && (hints.map { $0.pinyinUnplaced * 8 >= count } ?? true)
            ? prepared.lattice?.firstPositions(in: body, documents: count) : nil
        let grain = Int32(PostingTable.positionGrain)
        // Initials: a text lacking a triple of the query's letters (or the pair, of a query of
        // two) holds no match, and none before its first place (``InitialsTriples``).
        // The rarer ones have no column: a text whose signature lacks one's bit holds none.
        var tripleColumns: [(column: UnsafePointer<UInt8>, offset: Int32)] = []
        var rareBits: [UnsafePointer<UInt64>] = []
        if prepared.readsClasses && letters.count >= 2 && initials.triples.count == count {
            let triples = initials.triples
            // Each triple of neighbouring letters; for a query of two, its pair.
            for i in 0..<max(1, letters.count - 2) {
                let group = letters[i..<min(letters.count, i + 3)]
                if let c = triples.column(of: group) {
                    tripleColumns.append((triples.column(c), Int32(i)))
                } else if let b = triples.signatureBit(of: group) {
                    rareBits.append(triples.signature(b))
                }
            }
        }
        var out = TermMatches()
        out.docs = [UInt32](repeating: 0, count: scan.count)
        out.frequency = [UInt8](repeating: 0, count: scan.count)
        out.inTitle = [Bool](repeating: false, count: scan.count)
        out.textStart = [Int32](repeating: 0, count: scan.count)
        out.pinyinStart = [Int32](repeating: 0, count: scan.count)
        // Initials: the classes after each match are kept, so that where the next keystroke
        // adds a letter whose class follows the match, the match is the same (it is the first
        // place the shorter term fits, so none of the longer starts before) and the classes
        // are not read again (`xsxc` after `xsx` at 100,000 documents: 5.5 -> 3.5 ms).
        let initialsCount = prepared.readsClasses ? letters.count : 0
        if initialsCount > 0 { out.pinyinAfter = [UInt32](repeating: 0, count: scan.count) }
        out.pinyinLetters = initialsCount
        out.termUnits = term.units.count
        out.pinyinUnplaced = unplaced
        let carries = initialsCount > 1 && hints.map { $0.pinyinLetters == initialsCount - 1 && !$0.pinyinAfter.isEmpty } == true
        let lastWanted = UInt32(prepared.wanted.last ?? 0)
        // As in `literal`: each piece writes its own range of shared buffers, then they are closed up.
        let kept = pinyin.withView { view in texts.withView { texts in titleTexts.withView { titleTexts in initials.withView { classes in
            let matcher = prepared
            @inline(__always) func isShort(_ doc: UInt32) -> Bool {
                guard let short else { return false }
                return short[Int(doc) >> 6] & (1 << UInt64(doc & 63)) != 0
            }
            // Whether the text is scanned: it may hold a match the postings do not settle.
            @inline(__always) func scans(_ doc: UInt32) -> Bool {
                guard scansText, !isShort(doc) else { return false }
                guard let inText else { return true }
                return inText[Int(doc) >> 6] & (1 << UInt64(doc & 63)) != 0
            }
            return out.withBuffers { buffers in ParallelScan.map(scan.count) { range -> Int in
                guard !range.isEmpty else { return 0 }
                var n = range.lowerBound
                var k = merged.cursor(at: scan[range.lowerBound])
                var cursor = hints?.cursor(at: scan[range.lowerBound]) ?? 0
                // As in `literal`: starts worked out and texts asked for `prefetchDistance` ahead.
                let d = Self.prefetchDistance, lo = range.lowerBound
                /// The scan's start and, when the match carries over (see `carries`), the
                /// classes after it; the start is then not read.
                @inline(__always) func ask(_ doc: UInt32) -> (from: Int32, after: UInt32, carried: Bool) {
                    let (hinted, after) = hints?.pinyinHint(doc, cursor: &cursor) ?? (0, 0)
                    var from = hinted
                    if carries && from >= 0 && after & 0xFF == lastWanted && lastWanted != 0 {
                        return (from, after >> 8, true)
                    }
                    if from >= 0, let firstPositions { from = max(from, Int32(firstPositions[Int(doc)]) * grain) }
                    if from >= 0 {
                        for (column, offset) in tripleColumns {
                            let first = column[Int(doc)]
                            if first == InitialsTriples.absent { from = -1; break }
                            from = max(from, Int32(first) * grain - offset)
                        }
                        for bits in rareBits where bits[Int(doc) >> 6] & (1 << UInt64(doc & 63)) == 0 {
                            from = -1
                            break
                        }
                    }
                    if from >= 0 && scans(doc) {
                        if textMatcher.readsClasses {
                            Self.prefetch(classes, texts, Int(doc), from: Int(from), lines: 4)
                        } else {
                            Self.prefetch(texts, Int(doc), from: Int(from), lines: 4)
                        }
                    }
                    return (from, 0, false)
                }
                return withUnsafeTemporaryAllocation(of: (from: Int32, after: UInt32, carried: Bool).self, capacity: d) { ring in
                    for j in 0..<min(d, range.count) { ring[j] = ask(scan[lo + j]) }
                    for i in range {
                        let slot = (i - lo) & (d - 1)
                        let (start, carriedAfter, carried) = ring[slot]
                        if i + d < range.upperBound { ring[slot] = ask(scan[i + d]) }
                        let doc = scan[i]
                        var after: UInt32 = 0
                        while k < merged.docs.count && merged.docs[k] < doc { k += 1 }
                        let literalHit = k < merged.docs.count && merged.docs[k] == doc
                        var inTitle = literalHit && merged.inTitle[k]
                        var frequency = literalHit ? merged.frequency[k] : 0
                        let textStart: Int32 = literalHit ? merged.textStart[k] : -1
                        var pinyinStart: Int32 = 0
                        if frequency == 0 && isShort(doc) {
                            // Where in the text is not looked for: the next keystroke scans from
                            // where a match can start at the earliest.
                            frequency = 1
                            pinyinStart = max(0, start)
                        } else if frequency == 0 && !scans(doc) {
                            pinyinStart = -1
                        } else if frequency == 0 && carried {
                            frequency = 1
                            pinyinStart = start
                            after = carriedAfter
                        } else if frequency == 0 {
                            let from = start
                            let text = texts[Int(doc)]
                            let found = from < 0 ? nil
                                : textMatcher.scansClasses ? textMatcher.first(in: text, classes: classes[Int(doc)], view: view, from: Int(from))
                                : textMatcher.first(in: text, view: view, from: Int(from))
                            if let first = found {
                                frequency = 1
                                pinyinStart = Int32(first.lowerBound)
                                if initialsCount > 0 { after = Self.classes(after: first.upperBound, classes[Int(doc)], count: text.count) }
                            } else {
                                pinyinStart = -1
                            }
                        }
                        if !inTitle && (needTitles || frequency == 0) {
                            inTitle = matcher.first(in: titleTexts[Int(doc)], view: view) != nil
                        }
                        if inTitle || frequency > 0 {
                            buffers.set(n, doc, frequency, inTitle, textStart, pinyinStart, after: after)
                            n += 1
                        }
                    }
                    return n - range.lowerBound
                }
            } }
        } } } }
        out.closeUp(kept)
        return out
    }

    /// `scan` without the documents that cannot hold a match of `lattice` in text or title
    /// (``PinyinLattice/candidates(in:documents:minimumEdges:)``), keeping those of `short`
    /// (whose texts hold a match of one or two characters: the text's candidates need only be
    /// those of longer matches) and those of `literal` (ascending); and the documents whose
    /// text may hold such a match, when known (a document kept for its title alone has its
    /// text left unscanned: `xinj` scanned 18,000 texts at 100,000 documents for that).
    private func narrowed(_ scan: [UInt32], by lattice: PinyinLattice?, short: [UInt64]?,
                          keeping literal: [UInt32]) -> (scan: [UInt32], inText: [UInt64]?) {
        let inText = lattice?.candidates(in: body, documents: count, minimumEdges: short == nil ? 1 : 3)
        guard let lattice, let inText, let inTitle = lattice.candidates(in: titles, documents: count) else { return (scan, inText) }
        let inShort = short ?? []
        var k = 0
        return (scan.filter { doc in
            let d = Int(doc)
            if (inText[d >> 6] | inTitle[d >> 6] | (inShort.isEmpty ? 0 : inShort[d >> 6])) & (1 << UInt64(d & 63)) != 0 {
                return true
            }
            while k < literal.count && literal[k] < doc { k += 1 }
            return k < literal.count && literal[k] == doc
        }, inText)
    }

    /// The classes of the three units from offset `at` of a text of `count` units (the
    /// first in the low byte; 0 past the end).
    @inline(__always)
    static func classes(after at: Int, _ classes: UnsafePointer<UInt8>, count: Int) -> UInt32 {
        var out: UInt32 = 0
        for j in 0..<3 where at + j < count { out |= UInt32(classes[at + j]) << UInt32(8 * j) }
        return out
    }

    /// Prefetches the first `lines` cache lines a pinyin scan of `doc` from unit offset
    /// `from` reads of its classes (64 units each).
    @inline(__always)
    static func prefetch(_ classes: PinyinInitialsView, _ texts: TextStoreView, _ doc: Int, from: Int, lines: Int) {
        guard from < Int(texts.lengths[doc]) else { return }
        MemoryHints.prefetch(UnsafeRawPointer(classes[doc] + from), lines: lines)
    }

    /// Marks a literal scan's start that is known to be the term's first occurrence (see
    /// `literal`): far above any text's length.
    static let knownFirst = 1 << 40

    /// How many documents ahead a scan prefetches the text it will read: enough to keep
    /// several cache misses in flight while one document is scanned. A power of two (the
    /// scans keep the starts they worked out in a ring of this size).
    static let prefetchDistance = 16

    /// Prefetches the first `lines` cache lines a scan of `doc` from unit offset `from`
    /// reads (32 units each; the hardware's own prefetcher takes over on longer scans).
    @inline(__always)
    static func prefetch(_ texts: TextStoreView, _ doc: Int, from: Int, lines: Int) {
        guard from < Int(texts.lengths[doc]) else { return }
        MemoryHints.prefetch(UnsafeRawPointer(texts.starts[doc] + from), lines: lines)
    }

    /// Documents whose folded `texts` contain `units`, from the postings of `table`,
    /// verified against the text when the term is longer than two units, with the first
    /// occurrence's offset when verified (0 otherwise).
    private func literal(_ units: [UInt16], table: PostingTable, texts: TextStore, within candidates: [UInt32]?,
                         hints: TermMatches?) -> (docs: [UInt32], frequency: [UInt8], first: [Int32]) {
        guard let keys = keys(units) else { return ([], [], []) }
        var lists: [Int] = []
        for key in keys {
            guard let l = table.list(key) else { return ([], [], []) }
            lists.append(l)
        }
        let (docs, frequency) = table.intersection(lists, within: candidates)
        guard units.count > 2 else { return (docs, frequency, [Int32](repeating: 0, count: docs.count)) }
        // Anchor the scan on the pattern's rarest unit.
        let anchor = units.indices.min { a, b in
            let da = table.list(PostingTable.key(units[a])).map { table.documentCounts[$0] } ?? 0
            let db = table.list(PostingTable.key(units[b])).map { table.documentCounts[$0] } ?? 0
            return da < db
        } ?? 0
        // Where the term cannot occur before: the previous keystroke's first occurrence, and
        // the stored first positions of its common bigrams (see PostingTable+Positions).
        let columns: [(column: [UInt16], offset: Int)] = keys.enumerated().compactMap { o, key in
            table.list(key).flatMap(table.positionColumn(of:)).map { ($0, o) }
        }
        // Where that start is known to be the first occurrence without reading the text: each
        // bigram past those of the hinted term (a prefix of this one, found first at the hint),
        // or each bigram when there is no such hint, first occurs where the term would put it.
        // For `巡视巡`, the first `视巡` one unit after the first `巡视`; for `巡视巡察` after
        // `巡视巡` at `p`, the first `巡察` at `p + 2`.
        let hinted = hints.map { $0.termUnits > 2 && $0.termUnits <= units.count } == true
            ? hints!.termUnits - 1 : 0
        let checked = columns.filter { $0.offset >= hinted }
        let confirmable = checked.count == keys.count - hinted
        let cap = PostingTable.positionCap - units.count
        @inline(__always) func start(_ doc: UInt32, _ cursor: inout Int) -> Int {
            let hint = Int(hints?.hint(doc, cursor: &cursor).text ?? 0)
            guard hint >= 0 else { return -1 }
            var from = hint
            for (column, offset) in columns where Int(doc) < column.count {
                from = max(from, Int(column[Int(doc)]) - offset)
            }
            // A document the hints do not list has no hinted occurrence (its hint, 0, is no place).
            let listed = hints.map { cursor < $0.docs.count && $0.docs[cursor] == doc } ?? false
            guard confirmable, from < cap, hinted == 0 || (listed && from == hint) else { return from }
            for (column, offset) in checked where Int(doc) >= column.count || Int(column[Int(doc)]) - offset != from {
                return from
            }
            return from | Self.knownFirst
        }
        // The pieces write into one set of buffers, each into its own range, then the kept
        // prefixes are closed up: scan threads allocate nothing (a thread's first large
        // allocation cost about 10 ms of page faults on the first long term of a session).
        var outDocs = [UInt32](repeating: 0, count: docs.count)
        var outFrequency = [UInt8](repeating: 0, count: docs.count)
        var outFirst = [Int32](repeating: 0, count: docs.count)
        let kept = units.withUnsafeBufferPointer { needle in texts.withView { texts in
            outDocs.withUnsafeMutableBufferPointer { od in outFrequency.withUnsafeMutableBufferPointer { of in
            outFirst.withUnsafeMutableBufferPointer { op in
                let out = ScanOutput(docs: od, frequency: of, first: op)
                return ParallelScan.map(docs.count) { range -> Int in
                    guard !range.isEmpty else { return 0 }
                    var n = range.lowerBound
                    var cursor = hints?.cursor(at: docs[range.lowerBound]) ?? 0
                    var readAhead = ReadAhead(unitBytes: 2)
                    // Each document's text is a cache miss: its start is worked out (hints,
                    // columns) and its text asked for `prefetchDistance` documents ahead, and
                    // the start kept in a ring until the scan gets there.
                    let d = Self.prefetchDistance, lo = range.lowerBound
                    return withUnsafeTemporaryAllocation(of: Int.self, capacity: d) { ring in
                        for j in 0..<min(d, range.count) {
                            let from = start(docs[lo + j], &cursor)
                            ring[j] = from
                            if from >= 0 && from & Self.knownFirst == 0 {
                                Self.prefetch(texts, Int(docs[lo + j]), from: from, lines: readAhead.lines)
                            }
                        }
                        for i in range {
                            let slot = (i - lo) & (d - 1)
                            let from = ring[slot]
                            let next = i + d
                            if next < range.upperBound {
                                let ahead = start(docs[next], &cursor)
                                ring[slot] = ahead
                                if ahead >= 0 && ahead & Self.knownFirst == 0 {
                                    Self.prefetch(texts, Int(docs[next]), from: ahead, lines: readAhead.lines)
                                }
                            }
                            let doc = docs[i]
                            guard from >= 0 else { continue }
                            if from & Self.knownFirst != 0 {
                                out.docs[n] = doc
                                out.frequency[n] = frequency[i]
                                out.first[n] = Int32(from & ~Self.knownFirst)
                                n += 1
                                continue
                            }
                            let found = UnitSearch.first(needle, in: texts[Int(doc)], from: from, anchor: anchor)
                            readAhead.read((found ?? Int(texts.lengths[Int(doc)])) - from)
                            guard let at = found else { continue }
                            out.docs[n] = doc
                            out.frequency[n] = frequency[i]
                            out.first[n] = Int32(at)
                            n += 1
                        }
                        return n - range.lowerBound
                    }
                }
            } } }
        } }
        // Close up: piece w's results start at its range's lower bound.
        var n = 0
        for (w, k) in kept.enumerated() {
            let from = docs.count * w / kept.count
            if from != n {
                for j in 0..<k { outDocs[n + j] = outDocs[from + j]; outFrequency[n + j] = outFrequency[from + j]; outFirst[n + j] = outFirst[from + j] }
            }
            n += k
        }
        outDocs.removeLast(docs.count - n); outFrequency.removeLast(docs.count - n); outFirst.removeLast(docs.count - n)
        return (outDocs, outFrequency, outFirst)
    }
}

/// Where the pieces of a verification scan write their results (each its own range).
private struct ScanOutput: @unchecked Sendable {
    let docs: UnsafeMutableBufferPointer<UInt32>
    let frequency: UnsafeMutableBufferPointer<UInt8>
    let first: UnsafeMutableBufferPointer<Int32>
}
