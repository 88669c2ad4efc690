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
    /// With a ``stretchTable`` (``prefilteredByClasses(_:)``: a term of whole syllables whose
    /// stretch is four places or more), the first ``nearPlaces`` places are scanned on the
    /// text, then the places past them where the stretch may fit are found from the classes
    /// in the same way, and the whole query is tried on the text at each.
    func first(in text: UnsafeBufferPointer<UInt16>, classes: UnsafePointer<UInt8>, view: PinyinView,
               from start: Int = 0) -> Range<Int>? {
        let n = text.count
        guard start < n else { return nil }
        if !stretchTable.isEmpty {
            // The text's scan first over the next `near` places (a match is often near the
            // previous keystroke's), where it finds every match that starts there (a match
            // has at most one unit per letter); past them, the stretch's first place that
            // fits the classes, then the whole query there.
            let near = Self.nearPlaces
            let window = min(n, start + near + query.count)
            let head = UnsafeBufferPointer(rebasing: text[..<window])
            let found = first(in: head, view: view, from: start)
            if let found, found.lowerBound < start + near || window == n { return found }
            if found == nil && window == n { return nil }
            let m = goal.trailingZeroBitCount + 1
            return stretchTable.withUnsafeBufferPointer { table in
                var p = start + near
                while true {
                    let at = InitialsBlocks.first(classes, from: p, count: n, table: table.baseAddress!, letters: m,
                                                  wide: stretchTableIsWide)
                    guard at < n else { return nil }
                    if let end = match(in: text, view: view, at: at) { return at..<end }
                    p = at + 1
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

    /// How many places from its start a scan with ``stretchTable`` tries on the text itself
    /// before it reads the classes.
    static let nearPlaces = 64
}
