internal import CPrefetch

/// Cache hints for hot loops over memory that is not yet cached.
///
/// Swift does not expose the CPU's prefetch instruction; this module wraps the compiler
/// builtin (`CPrefetch`, one `static inline` C function). It imports no Foundation, as
/// the other C wrappers: a module that imports Foundation and a C module at once made
/// Clang see two definitions of ICU's types (Foundation's own copy and the system's).
public enum MemoryHints {
    /// Asks the CPU to bring the `lines` cache lines (64 bytes each) from `address` on
    /// closer, for reading, in one call. A hint only: it never faults (any address may be
    /// given) and changes no memory.
    public static func prefetch(_ address: UnsafeRawPointer, lines: Int) {
        xs_prefetch_lines(address, Int32(truncatingIfNeeded: lines))
    }

    /// Gives the allocator's free memory, in every thread's arena, back to the system
    /// (glibc's `malloc_trim(0)`; nothing elsewhere). For after large structures built on
    /// one thread were dropped while others go on allocating: each thread allocates from
    /// its own arena, so that memory would otherwise stay resident and unused.
    public static func releaseFreeMemory() {
        _ = xs_release_free_memory()
    }
}
