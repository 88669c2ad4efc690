extension Figure {
    enum CodingKeys: String, CodingKey {
        case metric, value, unit, qualifier, period, sentence, start, end
    }

    /// Decodes the form ``encode(to:)`` writes.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(metric: try c.decode(String.self, forKey: .metric), value: try c.decode(Double.self, forKey: .value),
                  unit: try c.decode(String.self, forKey: .unit),
                  qualifier: try c.decodeIfPresent(String.self, forKey: .qualifier),
                  period: try c.decodeIfPresent(String.self, forKey: .period),
                  sentence: try c.decode(String.self, forKey: .sentence),
                  start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
    }

    /// The sentence under the key `sentence`, as a string; absent qualifier and period are
    /// left out (the form a synthesised encoder gives).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metric, forKey: .metric)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encodeIfPresent(qualifier, forKey: .qualifier)
        try c.encodeIfPresent(period, forKey: .period)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}
