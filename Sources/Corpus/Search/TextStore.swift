#if canImport(Glibc)
import Glibc
#endif

/// Folded texts of many documents, packed into large shared chunks.
///
/// Document `i`'s units are contiguous inside one chunk, and consecutive documents follow
/// each other (unless renumbered: see ``renumber(keeping:)``), so a scan over documents in
/// ascending order walks memory forward instead of chasing one heap object per document
/// (whose header was a cache miss per document before the scan could start). Per document
/// the store keeps a start pointer and a length (12 bytes). Chunks are ``chunkUnits`` units
/// (8 MiB) or, for a longer text, its own size; they are never moved or grown, so pointers
/// stay valid until the store is freed. Texts are only appended; reads from several
/// threads are safe while nothing is appended or renumbered.
///
/// A loaded document's text is not copied here: its folded units already lie in a shared
/// ``TextChunk`` (see ``StoredText``), and the store records where and holds the chunk
/// (``append(shared:in:)``); a document holding strings (as tests make them) is folded into
/// ``TextArena/shared`` first. Only titles (and tests' stores) fill chunks of the store's own.
final class TextStore: @unchecked Sendable {
    /// Units per ordinary chunk.
    let chunkUnits: Int
    private var chunks: [UnsafeMutableBufferPointer<UInt16>] = []
    /// Units used in the last ordinary chunk.
    private var used = 0
    private var current: UnsafeMutableBufferPointer<UInt16>?
    /// Start of each document's units.
    private(set) var starts: [UnsafePointer<UInt16>] = []
    /// Length of each document's text, in UTF-16 units.
    private(set) var lengths: [UInt32] = []
    /// Units stored, over all documents.
    private(set) var totalUnits = 0
    /// The shared chunks that hold documents' units, each once in a row (consecutive
    /// documents mostly share one).
    private var owners: [TextChunk] = []
    /// Units of documents held in shared chunks.
    private(set) var sharedUnits = 0

    /// - Parameter chunkUnits: units per chunk (tests use small chunks to cross boundaries).
    init(chunkUnits: Int = 1 << 22) {
        self.chunkUnits = max(1, chunkUnits)
    }

    deinit {
        for chunk in chunks { free(chunk.baseAddress) }
    }

    /// Bytes of a transparent huge page, the alignment of ordinary chunks.
    static let hugePage = 2 << 20

    /// A chunk of `units` units, aligned to ``hugePage`` and marked for transparent huge
    /// pages where the system allows it (`MADV_HUGEPAGE`). A scan visits documents in
    /// ascending order but far apart (one page or more), so with 4 KiB pages nearly every
    /// document cost a TLB miss and a page walk; with 2 MiB pages the whole store's
    /// translations fit the TLB. Freed with `free`.
    static func allocateChunk(_ units: Int) -> UnsafeMutableBufferPointer<UInt16> {
        let bytes = max(units, 1) * 2
        var raw: UnsafeMutableRawPointer?
        let alignment = bytes >= hugePage ? hugePage : 16
        guard posix_memalign(&raw, alignment, bytes) == 0, let raw else { fatalError("out of memory") }
        #if os(Linux)
        if bytes >= hugePage { _ = madvise(raw, bytes - bytes % hugePage, MADV_HUGEPAGE) }
        #endif
        return UnsafeMutableBufferPointer(start: raw.bindMemory(to: UInt16.self, capacity: max(units, 1)), count: units)
    }

    /// Number of documents stored.
    var count: Int { lengths.count }

    /// Appends one document's units; its number is the previous ``count``.
    func append(_ units: UnsafeBufferPointer<UInt16>) {
        append(count: units.count) { destination in
            if let source = units.baseAddress { destination.initialize(from: source, count: units.count) }
        }
    }

    /// Appends one document whose units lie in `chunk`, where they stay (held, not copied).
    func append(shared units: UnsafeBufferPointer<UInt16>, in chunk: TextChunk) {
        if owners.last !== chunk { owners.append(chunk) }
        starts.append(units.baseAddress ?? UnsafePointer(chunk.base.baseAddress!))
        lengths.append(UInt32(units.count))
        totalUnits += units.count
        sharedUnits += units.count
    }

    /// Appends one document of `count` units that `fill` writes in place (all of them, or
    /// it throws and nothing is appended; the space it had is not reused).
    func append(count: Int, fill: (UnsafeMutablePointer<UInt16>) throws -> Void) rethrows {
        let destination: UnsafeMutablePointer<UInt16>
        if count > chunkUnits {
            let own = Self.allocateChunk(count)
            chunks.append(own)
            destination = own.baseAddress!
        } else {
            if current == nil || used + count > chunkUnits {
                let chunk = Self.allocateChunk(chunkUnits)
                chunks.append(chunk)
                current = chunk
                used = 0
            }
            destination = current!.baseAddress! + used
            used += count
        }
        try fill(destination)
        starts.append(UnsafePointer(destination))
        lengths.append(UInt32(count))
        totalUnits += count
    }

    /// Renumbers the documents: document `order[k]` becomes number `k`; documents not in
    /// `order` are dropped (their units stay in their chunk, unused, until the store is
    /// freed). Texts do not move, so documents taken from elsewhere in `order` no longer
    /// follow each other in memory.
    func renumber(keeping order: [UInt32]) {
        starts = order.map { starts[Int($0)] }
        lengths = order.map { lengths[Int($0)] }
        totalUnits = lengths.reduce(0) { $0 + Int($1) }
    }

    /// Document `doc`'s units (valid while the store lives).
    subscript(doc: Int) -> UnsafeBufferPointer<UInt16> {
        UnsafeBufferPointer(start: starts[doc], count: Int(lengths[doc]))
    }

    /// Bytes held: the own chunks' capacity, the shared units, and 12 bytes per document.
    var byteCount: Int {
        chunks.reduce(0) { $0 + $1.count * 2 } + sharedUnits * 2 + starts.capacity * 8 + lengths.capacity * 4
    }

    /// Calls `body` with a view for hot loops (no per-access exclusivity checks or retains).
    func withView<R>(_ body: (TextStoreView) -> R) -> R {
        starts.withUnsafeBufferPointer { starts in
            lengths.withUnsafeBufferPointer { lengths in body(TextStoreView(starts: starts, lengths: lengths)) }
        }
    }
}

/// Read-only raw access to a ``TextStore`` (valid only inside ``TextStore/withView(_:)``).
struct TextStoreView: @unchecked Sendable {
    let starts: UnsafeBufferPointer<UnsafePointer<UInt16>>
    let lengths: UnsafeBufferPointer<UInt32>

    @inline(__always)
    subscript(doc: Int) -> UnsafeBufferPointer<UInt16> {
        UnsafeBufferPointer(start: starts[doc], count: Int(lengths[doc]))
    }
}
