/// How much of the next documents a scan prefetches: about as much as it has been
/// reading per document lately.
///
/// Each candidate's text is a cache miss, so the scans prefetch the first lines they will
/// read of the document ``SearchIndex/prefetchDistance`` ahead. A fixed four lines (256
/// bytes) was right for scans that read far (`巡视巡察监` reads about 175 units per
/// document past the previous keystroke's occurrence) and a waste where the previous
/// keystroke's occurrence settles most documents at once (`巡视巡察` after `巡视巡`, under
/// a unit each): at 100,000 candidates the unused lines were most of the memory traffic
/// of such a keystroke, and the scans are bound by it (samples pile up on the prefetch
/// instructions, waiting for free miss buffers). Measured at 100,000 documents, medians
/// of ten: `巡视巡察` 5.4 → 4.4–4.7 ms, `監督檢查` 2.2 → 1.65 ms, `巡视巡察监` unchanged.
/// Used by the literal scans only: the pinyin scans read on past where their match starts
/// (the rest of the syllables, the prefilter's steps), and with it `xu` went from 7.5 to
/// 8.5 ms, so they keep four lines.
///
/// Invariant: ``lines`` is between 1 and 4.
struct ReadAhead {
    /// Bytes per unit of what is scanned: 2 for folded text, 1 for pinyin classes.
    let unitBytes: Int
    /// Units read per document, a running average (each document weighs 1/8), times 16.
    private var average: Int

    /// Starts at four lines, as before it adapted.
    init(unitBytes: Int) {
        self.unitBytes = unitBytes
        average = (256 / unitBytes) << 4
    }

    /// Cache lines to prefetch of the next document: the lines the average read spans, and
    /// one for where the read starts within its first line.
    @inline(__always)
    var lines: Int { min(4, 1 + (average >> 4) * unitBytes / 64) }

    /// A document's scan read `units` units (from its start offset to the match or the end).
    @inline(__always)
    mutating func read(_ units: Int) {
        average += ((max(0, units) << 4) - average) >> 3
    }
}
