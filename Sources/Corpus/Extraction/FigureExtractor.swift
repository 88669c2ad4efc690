/// Reads counts of inspection work (``FigureMetrics``) from a text, with provenance.
///
/// For each number followed by a counting unit, the extractor looks for a metric anchor just
/// before it (`立案` + `22人`) or a phrase just after it (`125人` + `进行了问责`). Numbers that
/// no metric claims (dates, ordinals such as `十一届` or `第十轮`, `4个板块`) give no figure.
struct FigureExtractor {
    struct Compiled {
        let metric: Int
        let anchor: [Unicode.Scalar]
        let triggers: [[Unicode.Scalar]]
        /// Bit `u` set when the metric accepts ``FigureMetrics/units``[u].
        let unitMask: UInt32
    }

    static let shared = FigureExtractor()

    let metrics: [FigureMetrics.Metric]
    /// Before-anchors, longest first.
    let before: [Compiled]
    /// After-phrases, longest first.
    let after: [Compiled]
    let units: [[Unicode.Scalar]]
    let fillers: [[Unicode.Scalar]]
    let leading: [[Unicode.Scalar]]
    let trailing: [Unicode.Scalar]
    let nouns: [[Unicode.Scalar]]

    init(metrics: [FigureMetrics.Metric] = FigureMetrics.all) {
        func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars).map(PreparedText.normalize) }
        var before: [Compiled] = [], after: [Compiled] = []
        for (index, metric) in metrics.enumerated() {
            var mask: UInt32 = 0
            for (u, unit) in FigureMetrics.units.enumerated() where metric.units.contains(unit) { mask |= 1 << UInt32(u) }
            for pattern in metric.patterns {
                switch pattern {
                case let .before(anchor, trigger):
                    before.append(Compiled(metric: index, anchor: scalars(anchor), triggers: trigger.map(scalars), unitMask: mask))
                case let .after(phrase):
                    after.append(Compiled(metric: index, anchor: scalars(phrase), triggers: [], unitMask: mask))
                }
            }
        }
        self.metrics = metrics
        self.before = before.sorted { $0.anchor.count > $1.anchor.count }
        self.after = after.sorted { $0.anchor.count > $1.anchor.count }
        units = FigureMetrics.units.map(scalars)
        fillers = FigureMetrics.fillers.map(scalars)
        leading = FigureMetrics.leadingQualifiers.map(scalars)
        trailing = FigureMetrics.trailingQualifiers.flatMap { $0.unicodeScalars }
        nouns = FigureMetrics.afterNouns.map(scalars)
    }

    /// Every figure in the text, in text order. Offsets are Unicode-scalar offsets into the text.
    func figures(in text: PreparedText) -> [Figure] {
        let s = text.normalized
        var figures: [Figure] = []
        let cache = Cache()
        var i = 0
        while i < s.count {
            let c = s[i]
            let previous: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            var number: NumberReader.Number?
            if c.isASCIIDigit, !(previous?.isASCIIDigit ?? false), previous != "." {
                number = NumberReader.readDigits(s, at: i)
            } else if NumberReader.isChineseNumeral(c), c != "万", c != "亿",
                      !(previous.map(NumberReader.isChineseNumeral) ?? false), previous != "第" {
                number = NumberReader.readChinese(s, at: i)
            }
            guard let number else { i += 1; continue }
            i = max(number.end, i + 1)
            if let figure = figure(for: number, in: text, cache: cache) { figures.append(figure) }
        }
        return figures
    }

    /// The last sentence built, reused by the next figure in the same sentence.
    private final class Cache {
        var sentence: (range: Range<Int>, text: String)?
    }

    private func figure(for number: NumberReader.Number, in text: PreparedText, cache: Cache) -> Figure? {
        let s = text.normalized
        var j = number.end
        var qualifier: String?
        if j < s.count, trailing.contains(s[j]) { qualifier = String(Character(s[j])); j += 1 }
        guard let unitIndex = units.firstIndex(where: { text.matches($0, at: j) }) else { return nil }
        let unit = units[unitIndex]
        let unitBit: UInt32 = 1 << UInt32(unitIndex)
        let unitString = FigureMetrics.units[unitIndex]
        let unitEnd = j + unit.count
        var numberStart = number.start
        if let lead = leading.first(where: { text.matches($0, endingAt: number.start) }) {
            numberStart -= lead.count
            qualifier = qualifier ?? String(String.UnicodeScalarView(lead))
        }
        var start = numberStart, end = unitEnd
        var metric: Int?
        if let (index, anchorStart) = beforeMatch(text, numberStart: numberStart, unitBit: unitBit) {
            metric = index; start = anchorStart
        } else if let (index, phraseEnd) = afterMatch(text, unitEnd: unitEnd, unitBit: unitBit) {
            metric = index; end = phraseEnd
        }
        guard let metric else { return nil }
        let sentence = Sentences.range(around: start, in: text)
        let sentenceText: String
        if let cached = cache.sentence, cached.range == sentence {
            sentenceText = cached.text
        } else {
            sentenceText = text.originalString(sentence.lowerBound, sentence.upperBound).trimmingSpaces
            cache.sentence = (sentence, sentenceText)
        }
        return Figure(
            metric: metrics[metric].name, value: number.value, unit: unitString, qualifier: qualifier,
            period: PeriodWords.period(in: text, from: sentence.lowerBound, to: start),
            sentence: sentenceText,
            start: text.originalStart(start), end: text.originalEnd(end))
    }

    /// The metric whose anchor ends just before the number (after fillers), and the anchor's start.
    private func beforeMatch(_ text: PreparedText, numberStart: Int, unitBit: UInt32) -> (Int, Int)? {
        var ends = [numberStart]
        var p = numberStart
        for _ in 0..<3 {
            guard let filler = fillers.first(where: { text.matches($0, endingAt: p) }) else { break }
            p -= filler.count
            ends.append(p)
        }
        for end in ends {
            for pattern in before where pattern.unitMask & unitBit != 0
                && text.matches(pattern.anchor, endingAt: end) {
                let anchorStart = end - pattern.anchor.count
                if !pattern.triggers.isEmpty {
                    let clause = Sentences.clauseStart(before: anchorStart, in: text)
                    guard pattern.triggers.contains(where: { occurs($0, in: text, from: clause, to: anchorStart) }) else { continue }
                }
                return (pattern.metric, anchorStart)
            }
        }
        return nil
    }

    /// The metric whose phrase follows the unit (after an optional noun), and the phrase's end.
    private func afterMatch(_ text: PreparedText, unitEnd: Int, unitBit: UInt32) -> (Int, Int)? {
        var starts = [unitEnd]
        if let noun = nouns.first(where: { text.matches($0, at: unitEnd) }) { starts.append(unitEnd + noun.count) }
        for start in starts {
            for pattern in after where pattern.unitMask & unitBit != 0
                && text.matches(pattern.anchor, at: start) {
                return (pattern.metric, start + pattern.anchor.count)
            }
        }
        return nil
    }

    private func occurs(_ needle: [Unicode.Scalar], in text: PreparedText, from: Int, to: Int) -> Bool {
        var k = from
        while k + needle.count <= to {
            if text.matches(needle, at: k) { return true }
            k += 1
        }
        return false
    }
}
