import Corpus
import Curses

extension StatsModel {
    /// Width from which the four count charts sit in two columns.
    static let twoColumnWidth = 110

    /// The overview: count charts, timeline, figures table, top terms, policies.
    ///
    /// - Parameter terms: the top terms, or `nil` while they are computed.
    func overviewLines(width: Int, measure: TextMeasure, terms: [TermCount]?) -> [PaneLine] {
        guard let s = statistics else {
            return [Charts.heading("统计 Statistics", width: width),
                    Charts.note("computing… 正在统计 \(documents.count) documents", width: width)]
        }
        let charts: [(String, [LabelCount])] = [
            ("省份 Provinces", s.provinces), ("年份 Years", s.years),
            ("类型 Kinds", s.kinds), ("层级 Levels", s.levels),
        ]
        var out: [PaneLine] = []
        if width >= Self.twoColumnWidth {
            let half = (width - 1) / 2
            for pair in [(0, 1), (2, 3)] {
                let left = section(charts[pair.0], width: half, measure: measure)
                let right = section(charts[pair.1], width: half, measure: measure)
                out += PaneLine.columns(left, right, offset: half + 1, leftWidth: half)
                out.append(.blank)
            }
        } else {
            for chart in charts { out += section(chart, width: width, measure: measure) + [.blank] }
        }
        let t = s.timeline
        out.append(Charts.heading("时间线 Timeline (\(t.granularity == .month ? "per month" : "per year"))", width: width))
        out += Charts.timeline(t, width: width, measure: measure) + [.blank]
        out += figureTable(width: width, measure: measure) + [.blank]
        out += termLines(terms, width: width, measure: measure) + [.blank]
        out.append(Charts.heading("政策文件 Policies cited (documents)", width: width))
        out += Charts.bars(s.policies.map { LabelCount(label: "《\($0.label)》", count: $0.count) },
                           width: width, measure: measure)
        return out
    }

    private func section(_ chart: (String, [LabelCount]), width: Int, measure: TextMeasure) -> [PaneLine] {
        [Charts.heading(chart.0, width: width)] + Charts.bars(chart.1, width: width, measure: measure)
    }

    /// The figures table: mark, metric, unit, period class, total, documents, period words.
    ///
    /// Marks: `~` some statement is approximate (`余`, `近` …), `!` the period wordings differ.
    func figureTable(width: Int, measure: TextMeasure) -> [PaneLine] {
        var out = [Charts.heading("数字 Figures — Enter lists the statements", width: width)]
        let rows = statistics?.figures ?? []
        guard !rows.isEmpty else { return out + [Charts.note("（无）none", width: width)] }
        let metricW = min(12, max(6, measure.widest(rows.map(\.metric)))), unitW = max(4, measure.widest(rows.map(\.unit)))
        let classW = 11
        let totals = rows.map { Charts.number($0.total) }
        let totalW = max(5, totals.map(\.count).max() ?? 0), docsW = 4
        var cols = [2, 4]
        for w in [metricW, unitW, classW, totalW, docsW] { cols.append(cols[cols.count - 1] + w + 1) }
        let periodW = max(0, width - cols[6])
        let header = Style(.header, bold: true)
        out.append(PaneLine(spans: [
            Span(col: cols[1], width: metricW, text: "metric", style: header),
            Span(col: cols[2], width: unitW, text: "unit", style: header),
            Span(col: cols[3], width: classW, text: "period", style: header),
            Span(col: cols[4], width: totalW, text: String(repeating: " ", count: totalW - 5) + "total", style: header),
            Span(col: cols[5], width: docsW, text: "docs", style: header),
            Span(col: cols[6], width: periodW, text: "period words", style: header),
        ]))
        for (i, row) in rows.enumerated() {
            let mark = (row.approximate ? "~" : " ") + (row.mixedPeriods ? "!" : "")
            let total = totals[i], docs = String(row.documentCount)
            let periods = row.periods.map { $0.period == Statistics.noneLabel ? "—" : $0.period }.joined(separator: " · ")
            var line = PaneLine(spans: [
                Span(col: cols[0], width: 2, text: mark, style: Style(.error, bold: true)),
                Span(col: cols[1], width: metricW, text: row.metric, style: .plain),
                Span(col: cols[2], width: unitW, text: row.unit, style: .plain),
                Span(col: cols[3], width: classW, text: row.periodClass.rawValue, style: Style(.dim)),
                Span(col: cols[4] + totalW - total.count, width: total.count, text: total, style: Style(.figure, bold: true)),
                Span(col: cols[5] + docsW - docs.count, width: docs.count, text: docs, style: .plain),
                Span(col: cols[6], width: periodW, text: periods, style: Style(.dim)),
            ])
            line.targets = [.figure(i)]
            out.append(line)
        }
        out.append(Charts.note("~ approximate (余/近/多)   ! mixed period wordings", width: width))
        return out
    }

    /// Top terms in a grid of `term count` cells, as many per line as fit.
    func termLines(_ terms: [TermCount]?, width: Int, measure: TextMeasure) -> [PaneLine] {
        var out = [Charts.heading("高频词 Top terms (occurrences)", width: width)]
        guard let terms else { return out + [Charts.note("computing… 正在分词", width: width)] }
        guard !terms.isEmpty else { return out + [Charts.note("（无）none", width: width)] }
        let cells = terms.map { ($0.term, String($0.count)) }
        let cellW = max(10, cells.map { measure.width($0.0) + 1 + $0.1.count }.max() ?? 0) + 2
        let perLine = max(1, (width - 2) / cellW)
        for start in stride(from: 0, to: cells.count, by: perLine) {
            var spans: [Span] = []
            for (k, cell) in cells[start..<min(cells.count, start + perLine)].enumerated() {
                let col = 2 + k * cellW, termW = measure.width(cell.0)
                spans.append(Span(col: col, width: termW, text: cell.0, style: .plain))
                spans.append(Span(col: col + termW + 1, width: cell.1.count, text: cell.1, style: Style(.dim)))
            }
            out.append(PaneLine(spans: spans))
        }
        return out
    }

    /// The statements of figure row `index`: a heading, then two lines per
    /// statement (value and document title; the sentence), both opening the document.
    func statementLines(_ index: Int, width: Int, measure: TextMeasure) -> [PaneLine] {
        guard let figures = statistics?.figures, figures.indices.contains(index) else { return [] }
        let row = figures[index]
        var out = [Charts.heading("\(row.metric) \(row.unit) · \(row.periodClass.rawValue) · total "
                                  + "\(Charts.number(row.total)) in \(row.documentCount) docs — Enter opens, Esc back",
                                  width: width)]
        let values = row.statements.map { Charts.number($0.value) + ($0.qualifier ?? "") }
        let widths = values.map(measure.width)
        let valueW = max(4, widths.max() ?? 0)
        for (i, st) in row.statements.enumerated() {
            let target = self.target(of: st)
            let period = st.period.map { "  [\($0)]" } ?? ""
            var first = PaneLine(spans: [
                Span(col: 2 + valueW - widths[i], width: widths[i], text: values[i], style: Style(.figure, bold: true)),
                Span(col: 3 + valueW, width: width - 3 - valueW, text: st.title + period, style: Style(.title, bold: true)),
            ])
            first.targets = [target]
            out.append(first)
            let phrase = Excerpt.phrase(in: documents[st.documentIndex], start: st.start, end: st.end)
            for spans in Excerpt.wrapped(st.sentence, phrase: phrase, width: width - 4 - valueW, maxLines: 3,
                                         col: 3 + valueW, measure: measure) {
                var line = PaneLine(spans: spans)
                line.targets = [target]
                out.append(line)
            }
        }
        return out
    }
}
