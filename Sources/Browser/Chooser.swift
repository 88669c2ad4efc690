import Corpus
import Curses

/// The list a comparison side is picked from (`a`/`b`): every document, then
/// each value of province, year, kind and level among the listed documents,
/// with its document count (``Selection/choices(_:in:)``).
struct Chooser: Hashable {
    /// One pickable line: a heading (no selection) or a selection with its count.
    struct Item: Hashable {
        var text: String
        var count: Int?
        var selection: Selection?
    }

    /// 0 for side A, 1 for side B.
    let side: Int
    let items: [Item]
    /// Index into ``items`` of the cursor (always a selectable item).
    var cursor: Int

    init(side: Int, documents: [Document], current: Selection) {
        self.side = side
        var items = [Item(text: CompareModel.everything.label, count: documents.count, selection: CompareModel.everything)]
        let headings: [(Corpus.Facet, String)] = [(.province, "省份 province"), (.year, "年份 year"), (.kind, "类型 kind"),
                                           (.level, "层级 level")]
        for (facet, heading) in headings {
            let choices = Selection.choices(facet, in: documents)
            guard !choices.isEmpty else { continue }
            items.append(Item(text: heading, count: nil, selection: nil))
            for c in choices { items.append(Item(text: c.label, count: c.count, selection: Self.selection(facet, c.label))) }
            if facet == .year { items += Self.yearRanges(choices.compactMap { Int($0.label) }, documents: documents) }
        }
        self.items = items
        cursor = items.firstIndex { $0.selection == current } ?? 0
    }

    /// The selection of one facet value, labelled by the value.
    static func selection(_ facet: Corpus.Facet, _ value: String) -> Selection {
        switch facet {
        case .province: return Selection(label: value, provinces: [value])
        case .year: return Selection(label: value, years: Int(value).map { $0...$0 })
        case .kind: return Selection(label: value, kinds: [value])
        case .level: return Selection(label: value, levels: InspectionLevel(rawValue: value).map { [$0] } ?? [])
        }
    }

    /// Ranges of the years present (`2021..2022`): every pair when there are at most
    /// eight years, else the ranges from the first year and those to the last.
    static func yearRanges(_ years: [Int], documents: [Document]) -> [Item] {
        let ys = years.sorted()
        guard ys.count > 1 else { return [] }
        var pairs: [(Int, Int)] = []
        for i in ys.indices { for j in ys.indices where j > i { pairs.append((ys[i], ys[j])) } }
        if ys.count > 8 { pairs = pairs.filter { $0.0 == ys[0] || $0.1 == ys[ys.count - 1] } }
        return pairs.map { low, high in
            let label = "\(low)..\(high)"
            let selection = Selection(label: label, years: low...high)
            return Item(text: label, count: documents.filter(selection.matches).count, selection: selection)
        }
    }

    /// Moves the cursor by `delta` selectable items (clamped).
    mutating func move(_ delta: Int) {
        let selectable = items.indices.filter { items[$0].selection != nil }
        guard let at = selectable.firstIndex(of: cursor) ?? selectable.first else { return }
        cursor = selectable[max(0, min(selectable.count - 1, at &+ delta))]
    }

    var chosen: Selection? { items.indices.contains(cursor) ? items[cursor].selection : nil }
}

extension Overlays {
    /// The chooser as a box centred in `area`, scrolled so the cursor shows.
    static func drawChooser(_ chooser: Chooser, on canvas: Canvas, area: Rect) {
        let title = "选择 Side \(chooser.side == 0 ? "A" : "B") — Enter picks, Esc cancels"
        let measure = TextMeasure(canvas)
        let countW = chooser.items.compactMap { $0.count.map { String($0).count } }.max() ?? 1
        let textW = measure.widest(chooser.items.map { $0.text }) + 2
        let w = min(area.cols, max(measure.width(title) + 4, textW + countW + 6))
        let h = min(area.rows, chooser.items.count + 2)
        guard w >= 10, h >= 3 else { return }
        let top = area.row + (area.rows - h) / 2, left = area.col + (area.cols - w) / 2
        let visible = h - 2
        let first = max(0, min(chooser.cursor - visible / 2, chooser.items.count - visible))
        let border = Style(.border, bold: true)
        canvas.put("┌" + String(repeating: "─", count: w - 2) + "┐", row: top, col: left, style: border)
        canvas.put(" " + title + " ", row: top, col: left + 2, maxWidth: w - 4, style: Style(.title, bold: true))
        for r in 0..<visible {
            let y = top + 1 + r, i = first + r
            canvas.put("│", row: y, col: left, style: border)
            canvas.put("│", row: y, col: left + w - 1, style: border)
            let item = chooser.items[i]
            let style = i == chooser.cursor ? Style(.selection, reverse: true)
                : item.selection == nil ? Style(.accent, bold: true) : .plain
            canvas.putPadded("", row: y, col: left + 1, width: w - 2, style: style)
            canvas.put((item.selection == nil ? "" : "  ") + item.text, row: y, col: left + 2, maxWidth: w - 4 - countW - 1, style: style)
            if let n = item.count {
                let s = String(n)
                canvas.put(s, row: y, col: left + w - 2 - s.count, style: style)
            }
        }
        canvas.put("└" + String(repeating: "─", count: w - 2) + "┘", row: top + h - 1, col: left, style: border)
    }
}
