import Foundation

/// One block of folded units shared by many documents' ``StoredText``s and by the
/// ``TextStore`` of an index that holds them; freed when the last of them lets go.
///
/// Its memory never moves, so pointers into it stay valid while the chunk lives.
final class TextChunk: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<UInt16>

    /// A chunk of `units` units (aligned and marked for huge pages as ``TextStore``'s own).
    init(units: Int) {
        base = TextStore.allocateChunk(units)
    }

    deinit { free(base.baseAddress) }
}

/// Hands out room for documents' folded units in large ``TextChunk``s, from any thread.
///
/// The folded text is the only copy of a loaded document's text (the display text is
/// made from it and a few exceptions, see ``StoredText``), and the search index scans it
/// where it is. Documents are given room in the order they ask, so documents parsed or
/// read one after the other lie one after the other, as ``TextStore`` wants for its scans.
/// A text longer than a chunk gets a chunk of its own. Room given is never taken back:
/// the units of a document that goes away stay until nothing else holds its chunk.
final class TextArena: @unchecked Sendable {
    /// Units per ordinary chunk (8 MiB).
    let chunkUnits: Int
    private let lock = NSLock()
    private var current: TextChunk?
    private var used = 0

    init(chunkUnits: Int = 1 << 22) { self.chunkUnits = max(1, chunkUnits) }

    /// The arena of loaded documents.
    static let shared = TextArena()

    /// Room for `count` units: the chunk that holds it and where it starts. The caller fills
    /// it before anyone else can see it.
    func allocate(_ count: Int) -> (chunk: TextChunk, start: UnsafeMutablePointer<UInt16>) {
        if count > chunkUnits {
            let own = TextChunk(units: count)
            return (own, own.base.baseAddress!)
        }
        lock.lock()
        defer { lock.unlock() }
        if current == nil || used + count > chunkUnits {
            current = TextChunk(units: chunkUnits)
            used = 0
        }
        let chunk = current!
        let start = chunk.base.baseAddress! + used
        used += count
        return (chunk, start)
    }
}
