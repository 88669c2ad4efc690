/// How documents and load-report entries are stored in a snapshot. Field order is the
/// format: change it only together with ``CorpusSnapshot/formatVersion``.
extension Document {
    func write(to w: SnapshotWriter) {
        w.string(id); w.string(path); w.string(title)
        w.optional(date); w.optional(source); w.optional(author); w.optional(editor); w.optional(url)
        w.bool(script == .traditional)
        w.strings(paragraphs)
        w.optional(places.province); w.optional(places.city); w.optional(places.county); w.strings(places.ambiguous)
        w.int(level.flatMap { InspectionLevel.allCases.firstIndex(of: $0) } ?? -1)
        w.strings(kinds)
        w.uint(UInt64(figures.count))
        // A figure's sentence is stored as its paragraph and UTF-8 range when it is a slice
        // of one (so it is shared again after reading), else as its own string.
        for figure in figures {
            w.string(figure.metric); w.double(figure.value); w.string(figure.unit)
            w.optional(figure.qualifier); w.optional(figure.period)
            w.int(figure.start); w.int(figure.end)
            if let (k, range) = location(of: figure.sentenceSlice) {
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

    init(reading r: SnapshotReader) throws {
        let id = try r.string(), path = try r.string(), title = try r.string()
        let date = try r.optional(), source = try r.optional(), author = try r.optional()
        let editor = try r.optional(), url = try r.optional()
        let script: Script = try r.bool() ? .traditional : .simplified
        let paragraphs = try r.strings()
        let places = Places(province: try r.optional(), city: try r.optional(), county: try r.optional(),
                            ambiguous: try r.strings())
        let levelIndex = try r.int()
        guard levelIndex >= -1 && levelIndex < InspectionLevel.allCases.count else { throw SnapshotError.malformed("level") }
        let kinds = try r.strings()
        var figures: [Figure] = []
        let figureCount = try r.count()
        figures.reserveCapacity(figureCount)
        for _ in 0..<figureCount {
            var figure = Figure(metric: try r.string(), value: try r.double(), unit: try r.string(),
                                qualifier: try r.optional(), period: try r.optional(), sentence: "",
                                start: try r.int(), end: try r.int())
            let k = try r.int()
            if k >= 0 {
                let lower = try r.uint(), upper = try r.uint()
                guard k < paragraphs.count, lower <= upper, upper <= paragraphs[k].utf8.count else {
                    throw SnapshotError.malformed("figure sentence")
                }
                let p = paragraphs[k].utf8
                let from = p.index(p.startIndex, offsetBy: Int(lower)), to = p.index(p.startIndex, offsetBy: Int(upper))
                // Both ends on scalar boundaries (not UTF-8 continuation bytes).
                guard from == p.endIndex || p[from] & 0xC0 != 0x80, to == p.endIndex || p[to] & 0xC0 != 0x80 else {
                    throw SnapshotError.malformed("figure sentence inside a character")
                }
                figure.sentenceSlice = paragraphs[k][from..<to]
            } else {
                figure.sentenceSlice = Substring(try r.string())
            }
            figures.append(figure)
        }
        self.init(id: id, path: path, title: title, date: date, source: source, author: author, editor: editor,
                  url: url, script: script, paragraphs: paragraphs, places: places,
                  level: levelIndex < 0 ? nil : InspectionLevel.allCases[levelIndex], kinds: kinds,
                  figures: figures, policies: try r.strings(), flags: try r.strings())
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
