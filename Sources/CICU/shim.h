#ifndef XUNSHI_CICU_SHIM_H
#define XUNSHI_CICU_SHIM_H
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/uloc.h>

/* ICU renames every function with its version (ubrk_open -> ubrk_open_72);
   Swift cannot see those macros, so wrap what we use. */
static inline UBreakIterator *xs_ubrk_open_word_zh(const UChar *text, int32_t length, UErrorCode *status) {
    return ubrk_open(UBRK_WORD, "zh", text, length, status);
}
static inline int32_t xs_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t xs_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t xs_ubrk_rule_status(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
static inline void xs_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline int xs_u_failure(UErrorCode code) { return U_FAILURE(code); }
#endif
