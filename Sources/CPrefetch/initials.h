#ifndef XUNSHI_CPREFETCH_INITIALS_H
#define XUNSHI_CPREFETCH_INITIALS_H

/* The vector part of a pinyin-initials scan (Corpus's PinyinMatcher+Classes.swift).
   Swift's SIMD types compiled this loop into lane-by-lane code (its mask reduction into a
   chain of shuffles, its bit casts into scalar stores): 5-70 times slower than these few
   SSE2 instructions, which every x86-64 processor has. */

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__clang__)
#include <cpuid.h>
#include <immintrin.h>
#define XS_INITIALS_AVX2 1
#endif

#if XS_INITIALS_AVX2
/* Whether CPUID leaf 1 has OSXSAVE and the `leaf1_ecx` bits, XGETBV says the system saves
   the `xcr0` state bits, and leaf 7 has the `leaf7_ebx` and `leaf7_ecx` bits. */
static inline int xs_cpu_has(unsigned leaf1_ecx, unsigned xcr0, unsigned leaf7_ebx, unsigned leaf7_ecx) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 27)) || (c & leaf1_ecx) != leaf1_ecx) return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & xcr0) != xcr0 || !__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return (b & leaf7_ebx) == leaf7_ebx && (c & leaf7_ecx) == leaf7_ecx;
}

/* Whether the processor and the system support AVX2 (AVX, saved vector state, AVX2), asked
   once. The scan threads may ask at the same time: the answer is kept with atomic loads and
   stores (both write the same value); so is the next. */
static inline int xs_has_avx2(void) {
    static int known = -1;
    int was = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (was < 0) __atomic_store_n(&known, was = xs_cpu_has(1u << 28, 0x6, 1u << 5, 0), __ATOMIC_RELAXED);
    return was;
}

/* Whether they support AVX-512 F, BW and VBMI (with the saved opmask and 512-bit state). */
static inline int xs_has_avx512vbmi(void) {
    static int known = -1;
    int was = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (was < 0) __atomic_store_n(&known, was = xs_cpu_has(0, 0xE6, (1u << 16) | (1u << 30), 1u << 1), __ATOMIC_RELAXED);
    return was;
}

/* The first place q >= from with q + k <= n where, for every i < k, table[c[q + i]] has bit
   i set; n when there is none. 1 <= k <= 8. `table` has 256 entries when `wide`, else 128
   and every byte of c is below 128 (the caller maps a byte 255 to entry 127).
   64 places p ... p + 63 at a time: for each i, the 64 bytes from p + i are looked up in the
   table at once (VPERMI2B) and the places whose byte has bit i set kept; exact, so no place
   needs checking afterwards. (Looking each block up once and shifting its masks into place
   took 20-40 % longer, the compiler keeping the masks on the stack.) */
__attribute__((target("avx512f,avx512bw,avx512vbmi")))
static inline size_t xs_initials_first_vbmi(const uint8_t *c, size_t from, size_t n, const uint8_t *table, size_t k,
                                            int wide) {
    if (k == 0 || k > 8 || from >= n || n - from < k) return n;
    const __m512i t0 = _mm512_loadu_si512((const void *)table), t1 = _mm512_loadu_si512((const void *)(table + 64));
    const __m512i t2 = wide ? _mm512_loadu_si512((const void *)(table + 128)) : t0;
    const __m512i t3 = wide ? _mm512_loadu_si512((const void *)(table + 192)) : t1;
    for (size_t p = from; p + k <= n; p += 64) {
        /* The hardware's prefetcher is slow to follow each text's short stream; most
           scans end in their first block, whose first lines the caller asked for. */
        if (p != from) __builtin_prefetch(c + p + 512, 0, 3);
        __mmask64 fits = ~0ULL;
        for (size_t i = 0; i < k && fits; i++) {
            size_t at = p + i; /* below n, as p + k <= n */
            __m512i x = n - at >= 64 ? _mm512_loadu_si512((const void *)(c + at))
                                     : _mm512_maskz_loadu_epi8((1ULL << (n - at)) - 1, c + at);
            __m512i y = _mm512_permutex2var_epi8(t0, x, t1);
            if (wide) y = _mm512_mask_blend_epi8(_mm512_movepi8_mask(x), y, _mm512_permutex2var_epi8(t2, x, t3));
            fits &= _mm512_test_epi8_mask(y, _mm512_set1_epi8((char)(1 << i)));
        }
        if (fits) {
            size_t at = p + (size_t)__builtin_ctzll(fits);
            return at + k <= n ? at : n;
        }
    }
    return n;
}

/* The first place q >= from, q < n, where the AND over i < k of tables[i][c[q + i]] is not 0
   (a byte past n counting as 0); n when there is none. 1 <= k <= 8. Table i is the 128 or
   256 (`wide`) bytes from tables + i * (wide ? 256 : 128), laid out as xs_initials_first_vbmi's.
   Each table entry is a set of groups of paths (Corpus's PinyinLattice+ClassGroups.swift):
   a place passes where one group fits all k places. 64 places at a time, exact. */
__attribute__((target("avx512f,avx512bw,avx512vbmi")))
static inline size_t xs_groups_first_vbmi(const uint8_t *c, size_t from, size_t n, const uint8_t *tables, size_t k,
                                          int wide) {
    if (k == 0 || k > 8 || from >= n) return n;
    const size_t size = wide ? 256 : 128;
    /* A scan that finds nothing reads to the end: its next lines are asked for at once, not
       one after another as the hardware's prefetcher would. */
    for (size_t q = from + 64; q < n && q < from + 1024; q += 64) __builtin_prefetch(c + q, 0, 3);
    for (size_t p = from; p < n; p += 64) {
        if (p != from) __builtin_prefetch(c + p + 1024, 0, 3);
        __m512i all = _mm512_set1_epi8(-1);
        for (size_t i = 0; i < k; i++) {
            size_t at = p + i;
            __m512i x = at >= n ? _mm512_setzero_si512()
                      : n - at >= 64 ? _mm512_loadu_si512((const void *)(c + at))
                                     : _mm512_maskz_loadu_epi8((1ULL << (n - at)) - 1, c + at);
            const uint8_t *t = tables + i * size;
            __m512i y = _mm512_permutex2var_epi8(_mm512_loadu_si512((const void *)t), x,
                                                 _mm512_loadu_si512((const void *)(t + 64)));
            if (wide) {
                __m512i z = _mm512_permutex2var_epi8(_mm512_loadu_si512((const void *)(t + 128)), x,
                                                     _mm512_loadu_si512((const void *)(t + 192)));
                y = _mm512_mask_blend_epi8(_mm512_movepi8_mask(x), y, z);
            }
            all = _mm512_and_si512(all, y);
        }
        __mmask64 fits = _mm512_test_epi8_mask(all, all);
        if (n - p < 64) fits &= (1ULL << (n - p)) - 1;
        if (fits) return p + (size_t)__builtin_ctzll(fits);
    }
    return n;
}

/* The same test as below on 32 places at a time: returns p of the first block of 16
   (p = from, from + 16 …) where some place may match, or where the 32-wide steps end. */
__attribute__((target("avx2")))
static inline size_t xs_initials_next_block_avx2(const uint8_t *c, size_t from, size_t n, const uint8_t *want, size_t k,
                                                 uint8_t several) {
    size_t p = from;
    const __m256i bias = _mm256_set1_epi8((char)0x80);
    const __m256i above = _mm256_set1_epi8((char)(several ^ 0x80));
    __m256i wanted[8];
    size_t spread = k < 8 ? k : 8;
    for (size_t i = 0; i < spread; i++) wanted[i] = _mm256_set1_epi8((char)want[i]);
    while (p + 31 + k - 1 < n) {
        unsigned fits = 0xFFFFFFFFu;
        __m256i all = _mm256_set1_epi8(-1);
        for (size_t i = 0; i < k && fits; i++) {
            __m256i v = _mm256_loadu_si256((const __m256i *)(c + p + i));
            __m256i w = i < 8 ? wanted[i] : _mm256_set1_epi8((char)want[i]);
            __m256i same = _mm256_cmpeq_epi8(v, w);
            __m256i greater = _mm256_cmpgt_epi8(_mm256_xor_si256(v, bias), above);
            all = _mm256_and_si256(all, _mm256_or_si256(same, greater));
            fits = (unsigned)_mm256_movemask_epi8(all);
        }
        if (fits & 0xFFFFu) return p;
        if (fits) return p + 16;
        p += 32;
    }
    return p;
}
#endif

/* Blocks of 16 places p, p + 1 … p + 15, for p = from, from + 16 …: the first block where
   some place q may start a match, i.e. for every i < k the byte c[q + i] is want[i] or
   greater than `several`; only blocks whose places' k bytes all lie below n are tried.
   Returns that block's p, or the first p past the blocks tried when none may match (the
   caller looks at the rest one place at a time). Without SSE2 it returns `from`. */
static inline size_t xs_initials_next_block_sse2(const uint8_t *c, size_t from, size_t n, const uint8_t *want, size_t k,
                                                 uint8_t several) {
#if defined(__SSE2__)
    size_t p = from;
    const __m128i bias = _mm_set1_epi8((char)0x80);
    const __m128i above = _mm_set1_epi8((char)(several ^ 0x80));
    while (k > 0 && p + 15 + k - 1 < n) {
        int fits = 0xFFFF;
        __m128i all = _mm_set1_epi8(-1);
        for (size_t i = 0; i < k && fits; i++) {
            __m128i v = _mm_loadu_si128((const __m128i *)(c + p + i));
            __m128i same = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)want[i]));
            /* Unsigned v > several, as a signed compare of both with the top bit flipped. */
            __m128i greater = _mm_cmpgt_epi8(_mm_xor_si128(v, bias), above);
            all = _mm_and_si128(all, _mm_or_si128(same, greater));
            fits = _mm_movemask_epi8(all);
        }
        if (fits) return p;
        p += 16;
    }
    return p;
#else
    (void)c; (void)n; (void)want; (void)k; (void)several;
    return from;
#endif
}

/* The same answer, 32 places at a time where the processor has AVX2 (measured at 100,000
   documents: `jdj` 20-24 -> 16-17 ms, `xsx` 7.4-7.8 -> 6.4 ms), then 16 at a time. */
static inline size_t xs_initials_next_block(const uint8_t *c, size_t from, size_t n, const uint8_t *want, size_t k,
                                            uint8_t several) {
    size_t p = from;
#if XS_INITIALS_AVX2
    if (k > 0 && xs_has_avx2()) p = xs_initials_next_block_avx2(c, from, n, want, k, several);
#endif
    return xs_initials_next_block_sse2(c, p, n, want, k, several);
}

/* Whether xs_initials_first answers on this processor (AVX-512 VBMI). */
static inline int xs_initials_first_available(void) {
#if XS_INITIALS_AVX2
    return xs_has_avx512vbmi();
#else
    return 0;
#endif
}

/* xs_initials_first_vbmi where xs_initials_first_available() says so; else n. */
static inline size_t xs_initials_first(const uint8_t *c, size_t from, size_t n, const uint8_t *table, size_t k, int wide) {
#if XS_INITIALS_AVX2
    if (xs_has_avx512vbmi()) return xs_initials_first_vbmi(c, from, n, table, k, wide);
#endif
    (void)c; (void)from; (void)table; (void)k; (void)wide;
    return n;
}

/* xs_groups_first_vbmi where xs_initials_first_available() says so; else n. */
static inline size_t xs_groups_first(const uint8_t *c, size_t from, size_t n, const uint8_t *tables, size_t k, int wide) {
#if XS_INITIALS_AVX2
    if (xs_has_avx512vbmi()) return xs_groups_first_vbmi(c, from, n, tables, k, wide);
#endif
    (void)c; (void)from; (void)tables; (void)k; (void)wide;
    return n;
}

/* Places the initials scan tests per step here: 64 (AVX-512 VBMI), 32 (AVX2), 16 (SSE2), or
   1 (one at a time). */
static inline int xs_initials_places_per_step(void) {
#if XS_INITIALS_AVX2
    if (xs_has_avx512vbmi()) return 64;
    if (xs_has_avx2()) return 32;
#endif
#if defined(__SSE2__)
    return 16;
#else
    return 1;
#endif
}

#endif
