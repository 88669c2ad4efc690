/// How documents and load-report entries are stored in a snapshot. Field order is the
/// format: change it only together with ``CorpusSnapshot/formatVersion``.
extension Document {
    func write(to w: SnapshotWriter) {
        w.string(id); w.string(path); w.string(title)
        w.optional(date); w.optional(source); w.optional(author); w.optional(editor); w.optional(url)
        w.bool(script == .traditional)
        // Paragraphs are written as their folded units and exceptions (see ``StoredText``),
        // and a figure's sentence as its paragraph and UTF-8 range when it is a slice of one
        // (so it is shared again after reading), else as its own string.
        let text = stored ?? StoredText(paragraphs: paragraphs, figures: figures)
        text.writeText(to: w)
        w.optional(places.province); w.optional(places.city); w.optional(places.county); w.strings(places.ambiguous)
        w.int(level.flatMap { InspectionLevel.allCases.firstIndex(of: $0) } ?? -1)
        w.strings(kinds)
        w.uint(UInt64(text.figures.count))
        for (figure, at) in zip(text.figures, text.sentences) {
            w.string(figure.metric); w.double(figure.value); w.string(figure.unit)
            w.optional(figure.qualifier); w.optional(figure.period)
            w.int(figure.start); w.int(figure.end)
            w.int(Int(at.paragraph))
            if at.paragraph >= 0 { w.uint(UInt64(at.lower)); w.uint(UInt64(at.upper)) } else { w.string(figure.sentenceSlice) }
        }
        w.strings(policies)
        w.strings(flags)
    }

    /// Reads a document; its paragraphs stay folded units and exceptions (the units in
    /// ``TextArena/shared``), made into strings when asked for (see ``StoredText``).
    init(reading r: SnapshotReader) throws {
        let id = try r.string(), path = try r.string(), title = try r.string()
        let date = try r.optional(), source = try r.optional(), author = try r.optional()
        let editor = try r.optional(), url = try r.optional()
        let script: Script = try r.bool() ? .traditional : .simplified
        let (chunk, start, count) = try r.units(into: TextArena.shared)
        let ends: [Int32] = try r.array(), exceptions: [UInt8] = try r.array()
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
                // The range is in the decoded paragraph, so it is checked against that when
                // decoded (``StoredText``): here only what the bytes alone tell.
                guard k < ends.count, lower <= upper, upper <= UInt64(Int32.max) else {
                    throw SnapshotError.malformed("figure sentence")
                }
                sentences.append(.init(paragraph: Int32(k), lower: Int32(lower), upper: Int32(upper)))
            } else {
                figure.sentenceSlice = Substring(try r.string())
                sentences.append(.init(paragraph: -1, lower: 0, upper: 0))
            }
            figures.append(figure)
        }
        let text = StoredText(chunk: chunk, start: start, count: count, ends: ends, exceptions: exceptions,
                              figures: figures, sentences: sentences)
        guard text.isWellFormed else { throw SnapshotError.malformed("paragraph ends") }
        self.init(id: id, path: path, title: title, date: date, source: source, author: author, editor: editor,
                  url: url, script: script, stored: text,
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
