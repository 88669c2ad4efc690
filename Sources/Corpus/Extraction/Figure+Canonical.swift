extension Figure {
    /// The metric's canonical unit (`件` for 问题线索 even when the text wrote `个`), for summing
    /// like with like: every unit a metric accepts counts the same thing (see ``FigureMetrics``).
    public var canonicalUnit: String { FigureMetrics.metric(named: metric)?.unit ?? unit }
}
