#ifndef XUNSHI_CPREFETCH_SHIM_H
#define XUNSHI_CPREFETCH_SHIM_H

/* Swift has no way to issue a prefetch; the per-keystroke scans need one to overlap
   the cache misses of many documents' texts (see docs/performance.md). */

#include <stddef.h>

/* Asks the CPU to bring the `lines` cache lines (64 bytes each) from `address` on closer,
   for reading; a hint only: never faults, never changes memory. */
static inline void xs_prefetch_lines(const void *address, int lines) {
    const char *p = (const char *)address;
    for (int i = 0; i < lines; i++) __builtin_prefetch(p + 64 * i, 0, 3);
}

/* Gives free memory of every allocator arena back to the system (glibc's malloc_trim);
   returns 1 when some was given back. Elsewhere it does nothing. */
#if defined(__GLIBC__)
#include <malloc.h>
static inline int xs_release_free_memory(void) { return malloc_trim(0); }
#else
static inline int xs_release_free_memory(void) { return 0; }
#endif

#endif
