/// A label with how many documents (or statements) fall under it: one bar of a pane.
///
/// Lists of `LabelCount` are sorted by ``count`` descending, then ``label``
/// ascending (Unicode scalar order), unless a type says otherwise (the
/// timeline is chronological).
public struct LabelCount: Sendable, Hashable, Codable {
    /// What is counted, e.g. `吉林`, `2021`, `巡察`, `省`, or ``Statistics/noneLabel``.
    public var label: String
    /// How many; never negative.
    public var count: Int

    public init(label: String, count: Int) {
        self.label = label
        self.count = count
    }

    enum CodingKeys: String, CodingKey { case label, count }
}

extension LabelCount {
    /// Counts each label once per occurrence and sorts by count desc, then label.
    ///
    /// - Parameter labels: one element per counted item (repeat a label to count it twice).
    public static func tally<S: Sequence>(_ labels: S) -> [LabelCount] where S.Element == String {
        var counts: [String: Int] = [:]
        for label in labels { counts[label, default: 0] += 1 }
        return sorted(counts)
    }

    /// Turns a label → count dictionary into the standard order (count desc, then label).
    static func sorted(_ counts: [String: Int]) -> [LabelCount] {
        counts.map { LabelCount(label: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
    }
}
