/// A raw path (file-system bytes) as a dictionary key, hashed as one block of bytes.
///
/// `[UInt8]` itself hashes element by element (one `Hasher.combine` per byte), which was
/// a tenth of a warm load's time with 100,000 paths looked up twice each.
struct RawPathKey: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
