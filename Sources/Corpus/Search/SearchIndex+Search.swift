import Foundation

extension SearchIndex {
    /// The documents matching `query` and `filters`, ranked (see ``SearchResult``).
    ///
    /// An empty query returns every document passing the filters, newest first. When
    /// `query` extends a recent query (a term got longer, or a term was added, with the
    /// same fields and filters, and no documents added since), only that query's matches
    /// are searched; the same query as a recent one is not searched again (see
    /// `SearchIndex+Recent.swift`); the results are the same as a fresh search. Pass
    /// `refine: false` to search afresh (the benchmark does, to time both).
    public func search(_ query: Query, filters: Filters = Filters(), refine: Bool = true) -> [SearchResult] {
        let (matched, perTerm) = match(query, filters: filters, refine: refine)
        if perTerm.isEmpty {
            if matched.count == count { return dateOrder.map { SearchResult(document: Int($0), score: 0, titleMatches: 0) } }
            var keep = [Bool](repeating: false, count: count)
            for d in matched { keep[Int(d)] = true }
            return dateOrder.filter { keep[Int($0)] }.map { SearchResult(document: Int($0), score: 0, titleMatches: 0) }
        }
        return rank(matched, perTerm)
    }

    /// The documents matching `query` and `filters`, as ascending document numbers, not
    /// ranked: the same set as ``search(_:filters:refine:)`` returns, without scoring and
    /// sorting every match (which costs more than matching when most documents match).
    /// For callers that order the list themselves (the browser sorts by date). Refines
    /// the previous query exactly as ``search(_:filters:refine:)`` does; the two may be
    /// mixed.
    public func matches(_ query: Query, filters: Filters = Filters(), refine: Bool = true) -> [Int] {
        let matched = match(query, filters: filters, refine: refine, titles: false).matched
        guard !matched.isEmpty else { return [] }  // see UTF8Bytes.scalars: never an empty array this way
        return [Int](unsafeUninitializedCapacity: matched.count) { buffer, initialized in
            for (i, d) in matched.enumerated() { buffer[i] = Int(d) }
            initialized = matched.count
        }
    }

    /// Matching documents (ascending) and, per required term in evaluation order, what it
    /// matched; records the search for the next refinement. With `titles: false` the
    /// per-term title flags are only exact where the text does not match (see ``evaluate``).
    private func match(_ query: Query, filters: Filters, refine: Bool,
                       titles: Bool = true) -> (matched: [UInt32], perTerm: [(CompiledTerm, TermMatches)]) {
        let terms = query.terms.map(compile)
        let positive = terms.filter { !$0.isExcluded }
        // Cheap literal terms first, pinyin scans last, over the fewest documents.
        let order = positive.indices.sorted { a, b in
            (positive[a].pinyin == nil ? 0 : 1, a) < (positive[b].pinyin == nil ? 0 : 1, b)
        }
        // The same query as one of the last few (typed again, or back to after a deletion).
        if refine, let again = recalled(terms, fields: query.fields, filters: filters, titles: titles) {
            return (again.matched, order.map { (positive[$0], again.positiveMatches[$0]) })
        }
        var candidates: [UInt32]?
        var hints: [TermMatches] = []
        if refine, let last = refined(by: terms, fields: query.fields, filters: filters) {
            candidates = last.matched.count == count ? nil : last.matched
            hints = last.positiveMatches
        } else {
            candidates = filtered(query.fields, filters)
        }
        var perTerm: [(CompiledTerm, TermMatches)] = []
        var byIndex = [TermMatches](repeating: TermMatches(), count: positive.count)
        for i in order {
            let matches = evaluate(positive[i], within: candidates, hints: i < hints.count ? hints[i] : nil, titles: titles)
            candidates = matches.docs
            perTerm.append((positive[i], matches))
            byIndex[i] = matches
        }
        var matched = candidates ?? Array(0..<UInt32(count))
        for term in terms where term.isExcluded && !matched.isEmpty {
            matched = DocSet.subtract(matched, evaluate(term, within: matched, titles: false).docs)
        }
        remember(LastSearch(terms: terms, fields: query.fields, filters: filters, count: count, matched: matched,
                            positiveMatches: byIndex, titlesExact: titles))
        return (matched, perTerm)
    }

    /// Parses `text` and searches.
    ///
    /// - Throws: ``QueryError`` when the query does not parse.
    public func search(_ text: String, filters: Filters = Filters()) throws -> [SearchResult] {
        search(try Query.parse(text), filters: filters)
    }

    func compile(_ term: Query.Term) -> CompiledTerm {
        let units = normalizer.normalize(term.text)
        let letters = term.isPhrase ? units.filter { $0 != 0x20 } : units
        let isLetters = !letters.isEmpty && letters.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        return CompiledTerm(units: units, isPhrase: term.isPhrase, isExcluded: term.isExcluded,
                            pinyin: isLetters ? letters : nil)
    }

    /// Orders matches: more title terms, higher BM25, newer, earlier added.
    private func rank(_ matched: [UInt32], _ perTerm: [(CompiledTerm, TermMatches)]) -> [SearchResult] {
        let n = Double(max(count, 1))
        let averageLength = Double(max(totalLength, 1)) / n
        let k1 = 1.2, b = 0.75
        var rows = matched.map { Row(doc: $0, titles: 0, score: 0, date: dateKeys[Int($0)]) }
        lengths.withUnsafeBufferPointer { lengths in
            for (term, matches) in perTerm {
                let df = Double(documentFrequency(term))
                let idf = log(1 + (n - df + 0.5) / (df + 0.5))
                let titleBonus = idf * 2 * (k1 + 1)
                var j = 0
                for i in rows.indices {
                    let doc = rows[i].doc
                    while j < matches.docs.count && matches.docs[j] < doc { j += 1 }
                    guard j < matches.docs.count, matches.docs[j] == doc else { continue }
                    let tf = Double(matches.frequency[j])
                    if tf > 0 {
                        let norm = 1 - b + b * Double(lengths[Int(doc)]) / averageLength
                        rows[i].score += idf * tf * (k1 + 1) / (tf + k1 * norm)
                    }
                    if matches.inTitle[j] {
                        rows[i].score += titleBonus
                        rows[i].titles += 1
                    }
                }
            }
        }
        return Self.ordered(rows).map { SearchResult(document: Int($0.doc), score: $0.score, titleMatches: Int($0.titles)) }
    }

    struct Row {
        var doc: UInt32
        var titles: Int32
        var score: Double
        var date: Int32
    }

    /// Whether `x` ranks before `y`: more title terms, higher score, newer, lower document number.
    static func precedes(_ x: Row, _ y: Row) -> Bool {
        if x.titles != y.titles { return x.titles > y.titles }
        if x.score != y.score { return x.score > y.score }
        return x.date != y.date ? x.date > y.date : x.doc < y.doc
    }

    /// `rows` in rank order: more title terms, higher score, newer, lower document number.
    ///
    /// Sorted as pairs of integers whose order is exactly that one (``RankKey``), by radix
    /// (``RankKey/radixSorted(_:)``) instead of comparing rows field by field: at 100,000
    /// matches the sort took most of a ranked search.
    static func ordered(_ rows: [Row]) -> [Row] {
        guard rows.count > 1 else { return rows }
        guard rows.allSatisfy(RankKey.fits) else { return rows.sorted(by: precedes) }
        return RankKey.radixSorted(rows.map(RankKey.init)).map(\.row)
    }

    /// Documents containing the term's characters, from the index alone (an upper bound
    /// for long and pinyin terms), so scores do not depend on refinement.
    private func documentFrequency(_ term: CompiledTerm) -> Int {
        let literal = keys(term.units).map { keys in
            keys.map { key in body.list(key).map { Int(body.documentCounts[$0]) } ?? 0 }.min() ?? 0
        } ?? 0
        return term.pinyin == nil ? max(literal, 1) : max(literal, count / 2, 1)
    }
}
