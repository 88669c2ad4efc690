/// A new numbering of an index's documents (see ``SearchIndex/renumber(keeping:)``), both
/// per old document and as runs of consecutive old numbers that stay consecutive.
///
/// Invariants: ``number`` gives each kept old document a distinct new number below
/// ``count`` and the others `UInt32.max`; the runs cover exactly the kept documents, in
/// new order.
struct Renumbering {
    /// Old documents `from..<from + length` become `to..<to + length`.
    struct Run: Equatable {
        var from: Int, to: Int, length: Int
    }

    /// Per old document, its new number, or `UInt32.max` when it is dropped.
    let number: [UInt32]
    let runs: [Run]
    /// Documents kept.
    let count: Int

    /// The numbering that gives old document `order[k]` the number `k`, of an index of
    /// `documents` documents; `order` must not name a document twice.
    init(order: [UInt32], documents: Int) {
        var number = [UInt32](repeating: .max, count: documents)
        var runs: [Run] = []
        for (k, d) in order.enumerated() {
            precondition(Int(d) < documents && number[Int(d)] == .max, "each document once")
            number[Int(d)] = UInt32(k)
            if let run = runs.last, run.from + run.length == Int(d) {
                runs[runs.count - 1].length += 1
            } else {
                runs.append(Run(from: Int(d), to: k, length: 1))
            }
        }
        self.number = number
        self.runs = runs
        count = order.count
    }
}
