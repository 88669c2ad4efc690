import Corpus
import Curses
import Foundation

/// Column positions of the comparison: a label column, side A, side B, and the ratio.
struct CompareGrid {
    let width: Int, label: Int, side: Int, ratio = 7
    var aCol: Int { 1 + label + 1 }
    var bCol: Int { aCol + side + 1 }
    var ratioCol: Int { bCol + side + 1 }

    /// - Parameter labelHint: the widest row label; the label column grows to it within limits.
    init(width: Int, labelHint: Int = 10) {
        self.width = width
        label = min(max(10, labelHint), width >= 120 ? 18 : 12)
        side = max(8, (width - (1 + label + 1) - 1 - ratio - 1) / 2)
    }

    /// The cursor halves: side A and side B.
    var halves: [Range<Int>] { [(aCol - 1)..<(aCol + side), (bCol - 1)..<(bCol + side)] }
}

extension CompareModel {
    /// How many statements of each side are listed under a figure (more on tall, wide screens).
    static func statementLimit(width: Int) -> Int { width >= 120 ? 4 : 2 }

    /// Every line of the comparison for a pane `width` wide.
    func lines(width: Int, measure: TextMeasure) -> [PaneLine] {
        let figureLabels = comparison?.figures.map(Self.label) ?? []
        let g = CompareGrid(width: width, labelHint: measure.widest(figureLabels))
        var out = [row(g, "", "A  " + a.label, "B  " + b.label, style: Style(.title, bold: true))]
        guard let c = comparison else { return out + [Charts.note("computing… 正在计算", width: width)] }
        func dates(_ s: ComparisonSide) -> String {
            guard let f = s.firstDate, let l = s.lastDate else { return "—" }
            return f == l ? f : "\(f) … \(l)"
        }
        func list(_ items: [LabelCount]) -> String {
            items.isEmpty ? "—" : items.map { "\($0.label) \($0.count)" }.joined(separator: ", ")
        }
        out.append(row(g, "文档 docs", String(c.a.documentCount), String(c.b.documentCount), style: Style(.normal, bold: true)))
        out.append(row(g, "日期 dates", dates(c.a), dates(c.b)))
        out.append(row(g, "省份 prov.", list(c.a.provinces), list(c.b.provinces)))
        out.append(row(g, "类型 kinds", list(c.a.kinds), list(c.b.kinds)))
        out.append(row(g, "层级 level", list(c.a.levels), list(c.b.levels)))
        out.append(.blank)
        out += figureLines(c, g, measure: measure)
        out.append(.blank)
        out.append(Charts.heading("特征词 Distinctive terms, strongest first (weighted log-odds; occurrences A:B)",
                                  width: width))
        let termsA = c.distinctiveA.map { "\($0.term) \($0.count):\($0.otherCount)" }
        let termsB = c.distinctiveB.map { "\($0.term) \($0.otherCount):\($0.count)" }
        out += pairs(g, grid(termsA, g, measure), grid(termsB, g, measure), targetsA: [], targetsB: [])
        out.append(.blank)
        out.append(Charts.heading("文档 Documents — Tab switches side, Enter opens", width: width))
        func docs(_ s: ComparisonSide) -> [String] { s.documents.map { ($0.date ?? "—") + " " + $0.title } }
        out += pairs(g, docs(c.a), docs(c.b),
                     targetsA: storeA.map { .document($0, mark: nil) }, targetsB: storeB.map { .document($0, mark: nil) })
        return out
    }

    /// A figure's row label: metric, unit and a short period class (`!` first for mixed period wordings).
    static func label(_ f: FigureComparison) -> String {
        let period: String
        switch f.periodClass {
        case .singleYear: period = " 单年"
        case .multiYear: period = " 多年"
        case .other: period = " 其他"
        case .unstated: period = ""
        }
        return (f.mixedPeriods ? "!" : "") + f.metric + " " + f.unit + period
    }

    /// Short texts packed into lines of a side column, in cells of equal width.
    private func grid(_ texts: [String], _ g: CompareGrid, _ measure: TextMeasure) -> [String] {
        guard !texts.isEmpty else { return [] }
        let cell = measure.widest(texts) + 2
        let perLine = max(1, g.side / cell)
        return stride(from: 0, to: texts.count, by: perLine).map { start in
            texts[start..<min(texts.count, start + perLine)].map { t in
                t + String(repeating: " ", count: max(0, cell - measure.width(t)))
            }.joined()
        }
    }

    /// A row of the grid: label, A's text, B's text (and an optional ratio).
    private func row(_ g: CompareGrid, _ label: String, _ textA: String, _ textB: String, ratio: String = "",
                     style: Style = .plain) -> PaneLine {
        var spans = [Span(col: 1, width: g.label, text: label, style: Style(.header, bold: true)),
                     Span(col: g.aCol, width: g.side, text: textA, style: style)]
        if ratio.isEmpty {
            spans.append(Span(col: g.bCol, width: g.width - g.bCol, text: textB, style: style))
        } else {
            spans.append(Span(col: g.bCol, width: g.side, text: textB, style: style))
            spans.append(Span(col: g.ratioCol, width: g.ratio, text: ratio, style: Style(.accent, bold: true)))
        }
        return PaneLine(spans: spans)
    }

    /// Lines pairing A's and B's texts row by row, each half opening its target.
    private func pairs(_ g: CompareGrid, _ textsA: [String], _ textsB: [String],
                       targetsA: [LineTarget], targetsB: [LineTarget]) -> [PaneLine] {
        guard !(textsA.isEmpty && textsB.isEmpty) else { return [Charts.note("（无）none", width: g.width)] }
        return (0..<max(textsA.count, textsB.count)).map { i in
            var spans: [Span] = []
            if i < textsA.count { spans.append(Span(col: g.aCol, width: g.side, text: textsA[i], style: .plain)) }
            if i < textsB.count { spans.append(Span(col: g.bCol, width: g.side, text: textsB[i], style: .plain)) }
            var line = PaneLine(spans: spans)
            let ta = i < targetsA.count ? targetsA[i] : nil, tb = i < targetsB.count ? targetsB[i] : nil
            if ta != nil || tb != nil { line.targets = [ta, tb]; line.halves = g.halves }
            return line
        }
    }

    /// Each figure with both totals, bars relative to the larger, the ratio A/B,
    /// then a few statements of each side (value and sentence) that open their document.
    private func figureLines(_ c: Comparison, _ g: CompareGrid, measure: TextMeasure) -> [PaneLine] {
        var out = [Charts.heading("数字 Figures (A, B, ratio A/B; ! mixed periods)", width: g.width)]
        guard !c.figures.isEmpty else { return out + [Charts.note("（无）none", width: g.width)] }
        let limit = Self.statementLimit(width: g.width)
        for f in c.figures {
            let top = max(f.valueA, f.valueB)
            func cell(_ v: Double, _ docs: Int) -> String {
                let n = docs == 0 ? "—" : Charts.number(v)
                let barW = max(1, g.side - 10)
                return n + String(repeating: " ", count: max(1, 9 - n.count))
                    + Bars.render(value: v, max: top, width: barW, ascii: measure.ascii)
            }
            let label = Self.label(f)
            let ratio = f.ratio.map { String(format: "×%.2f", $0) } ?? "–"
            // A label wider than its column gets a line of its own.
            let own = measure.width(label) > g.label
            if own { out.append(PaneLine(spans: [Span(col: 1, width: g.width - 1, text: label, style: Style(.header, bold: true))])) }
            out.append(row(g, own ? "" : label, cell(f.valueA, f.documentsA), cell(f.valueB, f.documentsB), ratio: ratio,
                           style: Style(.figure, bold: true)))
            let sa = Array(statements(side: 0, of: f).prefix(limit + 1)), sb = Array(statements(side: 1, of: f).prefix(limit + 1))
            for i in 0..<min(limit, max(sa.count, sb.count)) {
                var line = PaneLine()
                line.targets = [nil, nil]
                for (side, list, col) in [(0, sa, g.aCol), (1, sb, g.bCol)] where i < list.count {
                    let st = list[i], index = storeIndex(side: side, documentIndex: st.documentIndex)
                    let value = Charts.number(st.value) + (st.qualifier ?? "") + " "
                    let vw = measure.width(value)
                    line.spans.append(Span(col: col, width: vw, text: value, style: Style(.normal, bold: true)))
                    line.spans += Excerpt.line(st.sentence, phrase: Excerpt.phrase(in: store[index], start: st.start, end: st.end),
                                               width: g.side - vw, col: col + vw, measure: measure)
                    line.targets[side] = .document(index, mark: st.start..<st.end)
                }
                line.halves = g.halves
                out.append(line)
            }
            let more = (statements(side: 0, of: f).count - limit, statements(side: 1, of: f).count - limit)
            if more.0 > 0 || more.1 > 0 {
                out += pairs(g, more.0 > 0 ? ["… +\(more.0)"] : [""], more.1 > 0 ? ["… +\(more.1)"] : [""],
                             targetsA: [], targetsB: [])
            }
        }
        return out
    }
}
