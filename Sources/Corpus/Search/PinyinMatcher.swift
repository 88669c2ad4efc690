import MemoryHints

/// Matches a Latin query (ASCII letters) against Han text by pinyin.
///
/// The query matches at position `p` when it can be cut into consecutive pieces, one
/// per character from `p` on, where each piece is the full toneless syllable of one of
/// that character's readings or its initial (first letter, or `zh`/`ch`/`sh`); the last
/// piece may be any prefix of a reading, so a query typed letter by letter keeps matching.
/// Thus `xunshi`, `xsxc`, `xunsx` and `xuns` all match `巡视巡察`, and `chongqing`,
/// `zhongqing` and `cq` all match `重庆` (`重` reads `zhong` or `chong`). The rule is monotone:
/// a query that matches still matches with its last letter removed, which incremental
/// refinement relies on.
struct PinyinMatcher {
    let query: [UInt8]
    /// Per BMP unit, the stretch positions the unit may stand at, as clear bits (see
    /// ``PinyinFilter``); empty until ``prepared(for:)``.
    private(set) var filter: [UInt8] = []
    /// The bit of ``filter`` that marks the last unit of the shortest stretch every match
    /// starts with (bit `k` for `k + 1` units).
    private(set) var goal: UInt8 = 1
    /// The prefilter per ``PinyinInitials`` class (see ``PinyinFilter/classTable(allowed:letters:)``)
    /// when a place where the stretch fits is a match: empty unless prepared with initials
    /// for a query of initials only (see ``readsClasses``).
    private(set) var classFilter: [UInt8] = []

    /// Whether ``first(in:classes:view:from:)`` reads classes only, not the text.
    ///
    /// When each letter of the query is a piece of its own (`xsxc`, `cq`, `x`; see
    /// ``PinyinFilter``), the stretch is the whole query and a place where it fits is a
    /// match: nothing but first letters is asked. Other queries need the readings at each
    /// place where the stretch fits; read from the text at those places (not in cache, as
    /// the scan read the classes) they made `xs` take 15.6 ms instead of 7, so they scan
    /// the text itself.
    var readsClasses: Bool { !classFilter.isEmpty }
    /// With ``classFilter``: the class of each letter of the query (``PinyinInitials/singleLetter(_:)``).
    private(set) var wanted: [UInt8] = []
    /// With ``classFilter``, where the processor has AVX-512 VBMI (``InitialsBlocks/exactScanAvailable``):
    /// per class, the letters of the query it passes as set bits (bit `i` for letter `i`),
    /// for the exact scan of 64 places at a time; 128 entries when every class in use is
    /// below 127 (class 255, every letter, then at entry 127), else 256 (``exactTableIsWide``).
    private(set) var exactTable: [UInt8] = []
    private(set) var exactTableIsWide = false
    /// For a query that is not of initials only (see ``prefilteredByClasses(_:)``): per place
    /// of its lattice's paths (``groupPlaces`` of them), per ``PinyinInitials`` class, the
    /// groups of paths whose character there may be of that class
    /// (``PinyinLattice/classGroups(minimumEdges:classOf:)``), each table laid out as
    /// ``exactTable``, one after the other; empty when unused.
    private(set) var groupTables: [UInt8] = []
    private(set) var groupPlaces = 0
    private(set) var groupTablesAreWide = false
    /// The fewest characters of the matches ``filter`` passes (3 after ``skippingShortMatches()``).
    private(set) var minimumEdges = 1

    /// Whether ``first(in:classes:view:from:)`` reads the classes, at least first.
    var scansClasses: Bool { readsClasses || !groupTables.isEmpty }
    /// The ways the query can be cut into pieces over the prepared view's readings (see
    /// ``PinyinLattice``); `nil` until ``prepared(for:initials:)``.
    private(set) var lattice: PinyinLattice?

    init?(_ units: [UInt16]) {
        guard !units.isEmpty, units.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        query = units.map { UInt8($0) }
    }

    /// This matcher with its prefilter built against `view`'s table: the characters that can
    /// stand at each of a match's first places (``PinyinLattice/filterTable(minimumEdges:)``). With
    /// `initials`, for a query of initials only, the prefilter over their classes instead,
    /// for ``first(in:classes:view:from:)`` (``PinyinFilter``: first letters).
    func prepared(for view: PinyinView, initials: PinyinInitials? = nil) -> PinyinMatcher {
        var m = self
        let lattice = PinyinLattice(query, view: view)
        m.lattice = lattice
        (m.filter, m.goal) = lattice.filterTable()
        // The first-letter stretch only decides whether the classes can be read.
        guard let initials, initials.count > 0 else { return m }
        let allowed = PinyinFilter.stretch(query, view: view)
        if allowed.count == query.count {
            m.classFilter = PinyinFilter.classTable(allowed: allowed) { initials.letters(ofClass: $0) }
            m.wanted = query.map(PinyinInitials.singleLetter)
            if InitialsBlocks.exactScanAvailable && query.count <= 8 {
                (m.exactTable, m.exactTableIsWide) = Self.layOut(m.classFilter.map { ~$0 }, initials)
            }
        }
        return m
    }

    /// A table of 256 entries per class as the exact scan takes it: 128 entries when every
    /// class in use is below 127 (class 255, every letter, then at entry 127), else all 256.
    private static func layOut(_ table: [UInt8], _ initials: PinyinInitials) -> (table: [UInt8], wide: Bool) {
        let wide = Int(PinyinInitials.firstSet) + initials.classLetters.count > 127
        return (wide ? table : Array(table[..<127]) + [table[Int(PinyinInitials.any)]], wide)
    }

    /// This matcher finding the places where a match may start from the texts' classes
    /// first (64 at a time, where the processor has AVX-512 VBMI), path by path
    /// (``PinyinLattice/classGroups(minimumEdges:classOf:)``), past the first ``nearPlaces``
    /// places, and trying the whole query at those places only, for a query not of initials
    /// only whose matches all have four characters or more (`shengweixunshiz`): its scan of
    /// the text itself reads two bytes per unit, one per step, and a text that holds the
    /// shorter term but not the longer is read to its end (at 100,000 documents
    /// `shengweixunshiz` 33 -> 22 ms tested place by place, 16 path by path). The classes
    /// tell a place's first letters only, so a place they pass may still fail on the text.
    /// With matches of three characters the text's scan stays: path by path, `zhengzhix` and
    /// `shenzhe` took about 1 ms less but `xunshix` 1.2 ms more (8.3 -> 9.6), its matches
    /// often just past the first places; place by place, `zhengzhix` 16.5 -> 19.2 ms.
    func prefilteredByClasses(_ initials: PinyinInitials) -> PinyinMatcher {
        guard !readsClasses, InitialsBlocks.exactScanAvailable, initials.count > 0, !filter.isEmpty, goal >= 0b1000,
              initials.classOf.count == 0x10000, let lattice else { return self }
        let classOf = initials.classOf
        guard let groups = lattice.classGroups(minimumEdges: minimumEdges, classOf: { classOf[Int($0)] }) else { return self }
        var m = self
        m.groupTables = []
        for table in groups.tables {
            let laid = Self.layOut(table, initials)
            m.groupTables += laid.table
            m.groupTablesAreWide = laid.wide
        }
        m.groupPlaces = groups.places
        return m
    }

    /// This matcher scanning classes 16 or 32 places at a time and checking the places
    /// that may match, as where the processor lacks AVX-512 VBMI (to compare both).
    func withoutExactScan() -> PinyinMatcher {
        var m = self
        m.exactTable = []
        return m
    }

    /// This matcher with a prefilter that passes only the matches of three characters or
    /// more (``PinyinLattice/filterTable(minimumEdges:)``), for a scan of texts already known
    /// to hold no match of one or two characters (``PinyinLattice/shortDocuments(in:documents:)``).
    /// Without a prepared lattice of the whole query: unchanged.
    func skippingShortMatches() -> PinyinMatcher {
        guard let lattice, lattice.isWhole, !readsClasses else { return self }
        var m = self
        (m.filter, m.goal) = lattice.filterTable(minimumEdges: 3)
        m.minimumEdges = 3
        return m
    }

    /// Every match in `text` at or after unit offset `start`, as unit ranges, or only the
    /// first when `firstOnly`.
    func matches(in text: UnsafeBufferPointer<UInt16>, view: PinyinView, firstOnly: Bool, from start: Int = 0) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var p = start
        while let match = first(in: text, view: view, from: p) {
            found.append(match)
            if firstOnly { break }
            p = match.upperBound
        }
        return found
    }

    /// The first match in `text` at or after unit offset `start` (no allocation: this runs
    /// once per candidate document per keystroke).
    ///
    /// Once ``prepared(for:)``, a shift-or automaton over ``filter`` finds the places
    /// where a match can start, with one table look-up per unit and no branch but the
    /// rare hit; only there is the full match tried.
    func first(in text: UnsafeBufferPointer<UInt16>, view: PinyinView, from start: Int = 0) -> Range<Int>? {
        guard start < text.count else { return nil }
        if filter.isEmpty { return unfiltered(in: text, view: view, from: start) }
        return query.withUnsafeBufferPointer { q in filter.withUnsafeBufferPointer { table in
            let back = goal.trailingZeroBitCount
            var state: UInt8 = 0xFF
            var p = start
            while true {
                p = Self.nextStretch(text, from: p, table: table, goal: goal, state: &state)
                guard p < text.count else { return nil }
                if let end = Self.match(q, 0, text, p - back, view) { return (p - back)..<end }
                p += 1
            }
        } }
    }

    /// The first unit offset at or after `p` where the shift-or `state` over `table` (indexed
    /// by the text's units, or by their ``PinyinInitials`` classes)
    /// (complemented ``PinyinFilter`` bits: 0 where allowed) has the `goal` bit clear, or
    /// `text.count` when none, with `state` as it stands there.
    ///
    /// Two units per step: the state's chain of dependent operations is one shift and one
    /// OR per two units, the rest runs alongside. Kept out of line so that the loop's few
    /// values stay in registers (inlined into ``first(in:view:from:)`` the state was
    /// spilled to the stack, and the store and reload on every unit halved the speed).
    @inline(never) @_specialize(where T == UInt16) @_specialize(where T == UInt8)
    static func nextStretch<T: FixedWidthInteger>(_ text: UnsafeBufferPointer<T>, from start: Int,
                                                          table: UnsafeBufferPointer<UInt8>, goal: UInt8,
                                                          state: inout UInt8) -> Int {
        guard let units = text.baseAddress, let bits = table.baseAddress else { return text.count }
        var s = state
        var p = start
        let n = text.count
        while p &+ 1 < n {
            let t1 = bits[Int(units[p])], t2 = bits[Int(units[p &+ 1])]
            let s1 = (s &<< 1) | t1
            let s2 = (s &<< 2) | (t1 &<< 1) | t2
            if (s1 & s2) & goal != goal {
                if s1 & goal == 0 { state = s1; return p }
                state = s2
                return p &+ 1
            }
            s = s2
            p &+= 2
        }
        if p < n {
            s = (s &<< 1) | bits[Int(units[p])]
            if s & goal == 0 { state = s; return p }
        }
        state = s
        return n
    }

    /// ``first(in:view:from:)`` without the prefilter: every unit is tried.
    private func unfiltered(in text: UnsafeBufferPointer<UInt16>, view: PinyinView, from start: Int) -> Range<Int>? {
        query.withUnsafeBufferPointer { q in
            for p in start..<text.count {
                if let end = Self.match(q, 0, text, p, view) { return p..<end }
            }
            return nil
        }
    }

    /// The end of the match of the whole query that starts exactly at unit offset `p`, if any.
    func match(in text: UnsafeBufferPointer<UInt16>, view: PinyinView, at p: Int) -> Int? {
        query.withUnsafeBufferPointer { q in Self.match(q, 0, text, p, view) }
    }

    /// The end position of a match of `q[qi...]` starting at text position `p`, trying each
    /// reading of the character at `p` (the main one, then a polyphone's others).
    private static func match(_ q: UnsafeBufferPointer<UInt8>, _ qi: Int, _ text: UnsafeBufferPointer<UInt16>,
                              _ p: Int, _ view: PinyinView) -> Int? {
        if qi == q.count { return p }
        guard p < text.count else { return nil }
        let u = text[p]
        let (s, e) = view.spelling(u)
        if let end = match(q, qi, text, p, view, s, e) { return end }
        let at = Int(view.alternateOf[Int(u)])
        guard at > 0 else { return nil }
        for k in 0..<Int(view.alternates[at]) {
            let (s, e) = view.spelling(id: view.alternates[at + 3 + k])
            if let end = match(q, qi, text, p, view, s, e) { return end }
        }
        return nil
    }

    /// The end position of a match of `q[qi...]` whose first piece comes from the reading
    /// `letters[s..<e]` of the character at `p`.
    @inline(__always)
    private static func match(_ q: UnsafeBufferPointer<UInt8>, _ qi: Int, _ text: UnsafeBufferPointer<UInt16>,
                              _ p: Int, _ view: PinyinView, _ s: Int, _ e: Int) -> Int? {
        let letters = view.letters
        guard s < e, letters[s] == q[qi] else { return nil }
        let length = e - s, rest = q.count - qi
        // Common prefix of the syllable and the rest of the query.
        var common = 1
        while common < length && common < rest && letters[s + common] == q[qi + common] { common += 1 }
        // Whole syllable.
        if common == length, let end = match(q, qi + length, text, p + 1, view) { return end }
        // Last piece: any prefix of the syllable.
        if common == rest && rest < length { return p + 1 }
        // Initial: zh/ch/sh, else the first letter.
        if length > 2, letters[s + 1] == 0x68, common >= 2, letters[s] == 0x7A || letters[s] == 0x63 || letters[s] == 0x73,
           let end = match(q, qi + 2, text, p + 1, view) {
            return end
        }
        if length > 1 { return match(q, qi + 1, text, p + 1, view) }
        return nil
    }
}
