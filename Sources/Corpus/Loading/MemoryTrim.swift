#if canImport(Glibc)
import Glibc
#endif

/// Gives freed heap memory back to the system after a load.
///
/// Parsing a corpus allocates and frees several times the corpus's size in short-lived
/// strings and arrays spread over many arenas (one per worker thread); glibc keeps most of
/// those pages mapped, so the resident set after a load stays far above what the documents
/// hold. `malloc_trim(0)` releases them. Looked up at run time, so a C library without it
/// (musl, Darwin) simply skips the step.
enum MemoryTrim {
    private typealias TrimFunction = @convention(c) (Int) -> Int32

    private static let trimFunction: TrimFunction? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: TrimFunction.self)
        #else
        return nil
        #endif
    }()

    /// Releases free heap pages to the system; returns whether the C library could trim.
    @discardableResult
    static func releaseFreeMemory() -> Bool {
        guard let trim = trimFunction else { return false }
        _ = trim(0)
        return true
    }
}
