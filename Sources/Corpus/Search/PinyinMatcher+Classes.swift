import MemoryHints

extension PinyinMatcher {
    /// ``first(in:view:from:)``, reading the text's ``PinyinInitials`` classes (`classes`,
    /// one byte per unit) instead of the text when ``readsClasses``: a query of initials
    /// only, where a place whose classes fit the stretch is a match, so the text is not read.
    ///
    /// Where the processor has AVX-512 VBMI, 64 places at a time through ``exactTable``
    /// (``InitialsBlocks/first(_:from:count:table:letters:wide:)``), exact: at 100,000
    /// documents `jdj` 15 -> 10 ms, `zfg` 16 -> 9.5, `cq` 10 -> 7.3. Else sixteen (or 32)
    /// places at a time (``InitialsBlocks``): for each unit `i` of the stretch, the 16 classes from
    /// place + `i` are compared with the class of its letter and with ``PinyinInitials/firstSet``
    /// (classes of several letters pass, to be checked exactly); only a block where some
    /// place passes every unit is scanned one unit at a time (``nextStretch(_:from:table:goal:state:)``
    /// over ``classFilter``), so that scan, two units per step, runs on a few places only.
    ///
    /// With ``groupTables`` (``prefilteredByClasses(_:)``: a term of whole syllables whose
    /// matches have four characters or more), the first ``nearPlaces`` places are scanned on
    /// the text, then the places past them where some path's classes fit are found from the
    /// classes in the same way, a few at a time, and the whole query is tried on the text at
    /// each (their lines asked for together: each is a cache miss).
    func first(in text: UnsafeBufferPointer<UInt16>, classes: UnsafePointer<UInt8>, view: PinyinView,
               from start: Int = 0) -> Range<Int>? {
        let n = text.count
        guard start < n else { return nil }
        if !groupTables.isEmpty {
            // The text's scan first over the next `near` places (a match is often near the
            // previous keystroke's), where it finds every match that starts there (a match
            // has at most one unit per letter); past them, the places where the classes fit.
            let near = Self.nearPlaces
            let window = min(n, start + near + query.count)
            let head = UnsafeBufferPointer(rebasing: text[..<window])
            let found = first(in: head, view: view, from: start)
            if let found, found.lowerBound < start + near || window == n { return found }
            if found == nil && window == n { return nil }
            return groupTables.withUnsafeBufferPointer { tables in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.placesAsked) { places in
                    var p = start + near
                    while p < n {
                        var k = 0
                        while k < Self.placesAsked && p < n {
                            let at = InitialsBlocks.firstOfGroups(classes, from: p, count: n, tables: tables.baseAddress!,
                                                                  places: groupPlaces, wide: groupTablesAreWide)
                            guard at < n else { break }
                            places[k] = at
                            k += 1
                            MemoryHints.prefetch(UnsafeRawPointer(text.baseAddress! + at), lines: 1)
                            p = at + 1
                        }
                        for j in 0..<k {
                            if let end = match(in: text, view: view, at: places[j]) { return places[j]..<end }
                        }
                        if k < Self.placesAsked { return nil }
                    }
                    return nil
                }
            }
        }
        guard readsClasses else { return first(in: text, view: view, from: start) }
        let k = wanted.count
        if !exactTable.isEmpty {
            let at = exactTable.withUnsafeBufferPointer { table in
                InitialsBlocks.first(classes, from: start, count: n, table: table.baseAddress!, letters: k, wide: exactTableIsWide)
            }
            return at < n ? at..<(at + k) : nil
        }
        return wanted.withUnsafeBufferPointer { want in classFilter.withUnsafeBufferPointer { table in
            var p = start
            while true {
                p = InitialsBlocks.next(classes, from: p, count: n, want: want, several: PinyinInitials.firstSet - 1)
                // A block that may hold a match: its 16 places one by one; else the rest.
                let isBlock = p + 15 + k - 1 < n
                let end = isBlock ? p + 16 + k - 1 : n
                var state: UInt8 = 0xFF
                let at = Self.nextStretch(UnsafeBufferPointer(start: classes, count: end), from: p, table: table,
                                          goal: goal, state: &state)
                if at < end { return (at - (k - 1))..<(at + 1) }
                guard isBlock else { return nil }
                p += 16
            }
        } }
    }

    /// How many places from its start a scan with ``groupTables`` tries on the text itself
    /// before it reads the classes.
    static let nearPlaces = 64
    /// How many places where the classes fit a scan with ``groupTables`` finds before it
    /// tries them on the text, their lines asked for together.
    static let placesAsked = 4
}
