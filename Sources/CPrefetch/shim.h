#ifndef XUNSHI_CPREFETCH_SHIM_H
#define XUNSHI_CPREFETCH_SHIM_H

/* Swift has no way to issue a prefetch; the per-keystroke scans need one to overlap
   the cache misses of many documents' texts (see docs/performance.md). */

/* Asks the CPU to bring the cache line holding `address` closer, for reading; a hint
   only: never faults, never changes memory. */
static inline void xs_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
