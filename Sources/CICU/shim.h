#ifndef XUNSHI_CICU_SHIM_H
#define XUNSHI_CICU_SHIM_H
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/uloc.h>

/* ICU renames every function with its version (ubrk_open -> ubrk_open_72);
   Swift cannot see those macros, so wrap what we use. */

/* Opens a dictionary word-break iterator for Chinese over `text` (UTF-16, `length` code units). */
static inline UBreakIterator *xs_ubrk_open_word_zh(const UChar *text, int32_t length, UErrorCode *status) {
    return ubrk_open(UBRK_WORD, "zh", text, length, status);
}
/* Points an open iterator at new text (UTF-16, `length` code units) without reloading rules. */
static inline void xs_ubrk_set_text(UBreakIterator *bi, const UChar *text, int32_t length, UErrorCode *status) {
    ubrk_setText(bi, text, length, status);
}
static inline int32_t xs_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t xs_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t xs_ubrk_rule_status(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
static inline void xs_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline int xs_u_failure(UErrorCode code) { return U_FAILURE(code); }
/* The end-of-text value ubrk_next returns (UBRK_DONE, -1). */
static inline int32_t xs_ubrk_done(void) { return UBRK_DONE; }
/* Rule-status bands of word boundaries: [none, number, letter, kana, ideo) lower limits. */
static inline int32_t xs_ubrk_word_number(void) { return UBRK_WORD_NUMBER; }
static inline int32_t xs_ubrk_word_letter(void) { return UBRK_WORD_LETTER; }
static inline int32_t xs_ubrk_word_kana(void) { return UBRK_WORD_KANA; }
static inline int32_t xs_ubrk_word_ideo(void) { return UBRK_WORD_IDEO; }
static inline int32_t xs_ubrk_word_ideo_limit(void) { return UBRK_WORD_IDEO_LIMIT; }
#endif
