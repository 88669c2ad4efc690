/// Limits for a corpus load.
public struct LoadOptions: Sendable {
    /// Files larger than this many bytes are skipped without being read (default 32 MiB).
    public var maxFileBytes: Int = 32 << 20
    /// At most this many documents are kept; later files are reported as skipped.
    public var maxDocuments: Int = 2_000_000
    /// Files handed to one worker at a time; each finished batch is reported through `onBatch`.
    public var batchSize: Int = 64

    public init() {}
}

/// How far a load has got; passed with every finished batch.
public struct LoadProgress: Sendable, Equatable {
    /// Input files handled so far (loaded or skipped).
    public var filesDone: Int
    /// Input files found.
    public var filesTotal: Int
    /// Documents produced so far.
    public var documents: Int
    /// Wall-clock seconds since the load started.
    public var seconds: Double

    public init(filesDone: Int, filesTotal: Int, documents: Int, seconds: Double) {
        self.filesDone = filesDone; self.filesTotal = filesTotal; self.documents = documents; self.seconds = seconds
    }
}
