import Foundation

/// A term that sets one side apart, scored by weighted log-odds.
public struct DistinctiveTerm: Sendable, Hashable, Codable {
    public var term: String
    /// z-score of the log-odds ratio from this side's point of view (higher = more distinctive).
    public var zScore: Double
    /// Occurrences on this side and on the other side.
    public var count: Int
    public var otherCount: Int

    public init(term: String, zScore: Double, count: Int, otherCount: Int) {
        self.term = term; self.zScore = zScore; self.count = count; self.otherCount = otherCount
    }

    enum CodingKeys: String, CodingKey { case term, zScore, count, otherCount }
}

/// Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi
/// and Quinn 2008, "Fightin' Words", eq. 16–22).
///
/// For term w with counts yᵃ, yᵇ on sides of nᵃ, nᵇ tokens, and prior αw
/// (summing to α₀):
/// δ = log((yᵃ+αw)/(nᵃ+α₀−yᵃ−αw)) − log((yᵇ+αw)/(nᵇ+α₀−yᵇ−αw)),
/// σ² ≈ 1/(yᵃ+αw) + 1/(yᵇ+αw), z = δ/σ.
/// The prior is the pooled counts of both sides (αw = yᵃ + yᵇ), so common
/// words are shrunk towards no difference and raw frequency alone does not rank.
public enum LogOdds {
    /// z-scores of every term in either side (positive: more typical of A).
    public static func zScores(a: [String: Int], b: [String: Int]) -> [String: Double] {
        let na = Double(a.values.reduce(0, +)), nb = Double(b.values.reduce(0, +))
        let alpha0 = na + nb
        var result: [String: Double] = [:]
        for term in Set(a.keys).union(b.keys) {
            let ya = Double(a[term] ?? 0), yb = Double(b[term] ?? 0)
            let alpha = ya + yb
            let delta = log((ya + alpha) / (na + alpha0 - ya - alpha)) - log((yb + alpha) / (nb + alpha0 - yb - alpha))
            let variance = 1 / (ya + alpha) + 1 / (yb + alpha)
            result[term] = delta / variance.squareRoot()
        }
        return result
    }

    /// The `limit` terms most typical of A and of B, strongest first (ties by term).
    public static func distinctive(a: [String: Int], b: [String: Int],
                                   limit: Int) -> (a: [DistinctiveTerm], b: [DistinctiveTerm]) {
        let scores = zScores(a: a, b: b)
        func side(_ sign: Double, _ mine: [String: Int], _ other: [String: Int]) -> [DistinctiveTerm] {
            let terms = scores.filter { $0.value * sign > 0 }
                .map { DistinctiveTerm(term: $0.key, zScore: $0.value * sign, count: mine[$0.key] ?? 0,
                                       otherCount: other[$0.key] ?? 0) }
                .sorted { $0.zScore != $1.zScore ? $0.zScore > $1.zScore : $0.term < $1.term }
            return Array(terms.prefix(max(0, limit)))
        }
        return (side(1, a, b), side(-1, b, a))
    }
}
