/// How documents and load-report entries are stored in a snapshot. Field order is the
/// format: change it only together with ``CorpusSnapshot/formatVersion``.
extension Document {
    func write(to w: SnapshotWriter) {
        w.string(id); w.string(path); w.string(title)
        w.optional(date); w.optional(source); w.optional(author); w.optional(editor); w.optional(url)
        w.bool(script == .traditional)
        // Paragraphs and figures read from a snapshot are written from their bytes.
        if let stored { stored.writeParagraphs(to: w) } else { w.strings(paragraphs) }
        w.optional(places.province); w.optional(places.city); w.optional(places.county); w.strings(places.ambiguous)
        w.int(level.flatMap { InspectionLevel.allCases.firstIndex(of: $0) } ?? -1)
        w.strings(kinds)
        let figures = stored?.figures ?? self.figures
        w.uint(UInt64(figures.count))
        // A figure's sentence is stored as its paragraph and UTF-8 range when it is a slice
        // of one (so it is shared again after reading), else as its own string.
        for (i, figure) in figures.enumerated() {
            w.string(figure.metric); w.double(figure.value); w.string(figure.unit)
            w.optional(figure.qualifier); w.optional(figure.period)
            w.int(figure.start); w.int(figure.end)
            if let at = stored?.sentences[i], at.paragraph >= 0 {
                w.int(Int(at.paragraph)); w.uint(UInt64(at.lower)); w.uint(UInt64(at.upper))
            } else if let (k, range) = location(of: figure.sentenceSlice) {
                w.int(k); w.uint(UInt64(range.lowerBound)); w.uint(UInt64(range.upperBound))
            } else {
                w.int(-1); w.string(figure.sentenceSlice)
            }
        }
        w.strings(policies)
        w.strings(flags)
    }

    /// The paragraph `slice` is a slice of (same storage) and its UTF-8 offsets there.
    private func location(of slice: Substring) -> (Int, Range<Int>)? {
        let base = slice.base
        for (k, paragraph) in paragraphs.enumerated() where paragraph.utf8.count == base.utf8.count && paragraph == base {
            let lower = base.utf8.distance(from: base.startIndex, to: slice.startIndex)
            return (k, lower..<lower + slice.utf8.count)
        }
        return nil
    }

    /// Reads a document; its paragraphs stay bytes, made into strings when asked for (see
    /// ``StoredText``), after the same checks a full read makes.
    init(reading r: SnapshotReader) throws {
        let id = try r.string(), path = try r.string(), title = try r.string()
        let date = try r.optional(), source = try r.optional(), author = try r.optional()
        let editor = try r.optional(), url = try r.optional()
        let script: Script = try r.bool() ? .traditional : .simplified
        let (bytes, ends) = try r.rawStrings()
        let places = Places(province: try r.optional(), city: try r.optional(), county: try r.optional(),
                            ambiguous: try r.strings())
        let levelIndex = try r.int()
        guard levelIndex >= -1 && levelIndex < InspectionLevel.allCases.count else { throw SnapshotError.malformed("level") }
        let kinds = try r.strings()
        var figures: [Figure] = []
        var sentences: [StoredText.Sentence] = []
        let figureCount = try r.count()
        figures.reserveCapacity(figureCount)
        sentences.reserveCapacity(figureCount)
        for _ in 0..<figureCount {
            var figure = Figure(metric: try r.string(), value: try r.double(), unit: try r.string(),
                                qualifier: try r.optional(), period: try r.optional(), sentence: "",
                                start: try r.int(), end: try r.int())
            let k = try r.int()
            if k >= 0 {
                let lower = try r.uint(), upper = try r.uint()
                guard k < ends.count else { throw SnapshotError.malformed("figure sentence") }
                let start = k == 0 ? 0 : Int(ends[k - 1]), length = Int(ends[k]) - start
                guard lower <= upper, upper <= UInt64(length) else { throw SnapshotError.malformed("figure sentence") }
                // Both ends on scalar boundaries (not UTF-8 continuation bytes).
                for at in [Int(lower), Int(upper)] where at < length && bytes[start + at] & 0xC0 == 0x80 {
                    throw SnapshotError.malformed("figure sentence inside a character")
                }
                sentences.append(.init(paragraph: Int32(k), lower: Int32(lower), upper: Int32(upper)))
            } else {
                figure.sentenceSlice = Substring(try r.string())
                sentences.append(.init(paragraph: -1, lower: 0, upper: 0))
            }
            figures.append(figure)
        }
        self.init(id: id, path: path, title: title, date: date, source: source, author: author, editor: editor,
                  url: url, script: script, stored: StoredText(bytes: bytes, ends: ends, figures: figures, sentences: sentences),
                  places: places, level: levelIndex < 0 ? nil : InspectionLevel.allCases[levelIndex], kinds: kinds,
                  policies: try r.strings(), flags: try r.strings())
    }
}

extension LoadReport.Entry {
    func write(to w: SnapshotWriter) {
        w.string(path); w.bool(status == .loaded); w.optional(reason); w.optional(encoding); w.optional(format)
        w.strings(documents); w.strings(flags)
    }

    init(reading r: SnapshotReader) throws {
        self.init(path: try r.string(), status: try r.bool() ? .loaded : .skipped, reason: try r.optional(),
                  encoding: try r.optional(), format: try r.optional(), documents: try r.strings(), flags: try r.strings())
    }
}
