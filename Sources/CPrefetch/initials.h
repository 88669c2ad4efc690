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

/* Blocks of 16 places p, p + 1 … p + 15, for p = from, from + 16 …: the first block where
   some place q may start a match, i.e. for every i < k the byte c[q + i] is want[i] or
   greater than `several`; only blocks whose places' k bytes all lie below n are tried.
   Returns that block's p, or the first p past the blocks tried when none may match (the
   caller looks at the rest one place at a time). Without SSE2 it returns `from`. */
static inline size_t xs_initials_next_block(const uint8_t *c, size_t from, size_t n, const uint8_t *want, size_t k,
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

#endif
