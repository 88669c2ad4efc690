/// Documents per month (or per year over long spans), with empty periods kept.
///
/// Buckets run without gaps from the earliest to the latest dated document, so
/// a histogram drawn from them is honest about quiet months.
public struct Timeline: Sendable, Hashable, Codable {
    /// The width of one bucket.
    public enum Granularity: String, Sendable, Hashable, Codable {
        /// Buckets labelled `YYYY-MM`.
        case month
        /// Buckets labelled `YYYY`.
        case year
    }

    /// Spans longer than this many months are bucketed per year.
    public static let maxMonths = 36

    public var granularity: Granularity
    /// Chronological buckets, first to last dated document inclusive; zero counts included.
    public var buckets: [LabelCount]
    /// Documents without a usable date (not in any bucket).
    public var undated: Int

    public init(granularity: Granularity, buckets: [LabelCount], undated: Int) {
        self.granularity = granularity
        self.buckets = buckets
        self.undated = undated
    }

    enum CodingKeys: String, CodingKey { case granularity, buckets, undated }

    /// Buckets the documents by their `date` (`YYYY-MM-DD`).
    ///
    /// Months are used when the span (first to last month, inclusive) is at
    /// most ``maxMonths``; otherwise years. No dated documents give no buckets.
    public static func compute(_ documents: [Document]) -> Timeline {
        var months: [Int: Int] = [:]  // year * 12 + (month - 1) → documents
        var undated = 0
        for document in documents {
            if let key = monthKey(document.date) { months[key, default: 0] += 1 } else { undated += 1 }
        }
        guard let first = months.keys.min(), let last = months.keys.max() else {
            return Timeline(granularity: .month, buckets: [], undated: undated)
        }
        if last - first + 1 <= maxMonths {
            let buckets = (first...last).map { key in
                LabelCount(label: label(month: key), count: months[key] ?? 0)
            }
            return Timeline(granularity: .month, buckets: buckets, undated: undated)
        }
        var years: [Int: Int] = [:]
        for (key, count) in months { years[key / 12, default: 0] += count }
        let buckets = (first / 12...last / 12).map { year in
            LabelCount(label: String(year), count: years[year] ?? 0)
        }
        return Timeline(granularity: .year, buckets: buckets, undated: undated)
    }

    /// `year * 12 + month - 1` for a `YYYY-MM…` date, or `nil` when it is not one.
    static func monthKey(_ date: String?) -> Int? {
        guard let date else { return nil }
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...12).contains(month) else { return nil }
        return year * 12 + month - 1
    }

    /// `YYYY-MM` for a month key.
    static func label(month key: Int) -> String {
        let month = key % 12 + 1
        return "\(key / 12)-" + (month < 10 ? "0\(month)" : "\(month)")
    }
}
