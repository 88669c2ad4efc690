#ifndef XUNSHI_CNCURSESW_SHIM_H
#define XUNSHI_CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D flags, so restate them here: they turn on
   ncurses' wide-character API and make wcwidth visible. */
#define _DEFAULT_SOURCE 1
#define _XOPEN_SOURCE 600
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Macros Swift cannot import, as functions. */
static inline attr_t xs_a_bold(void) { return A_BOLD; }
static inline attr_t xs_a_reverse(void) { return A_REVERSE; }
static inline attr_t xs_a_underline(void) { return A_UNDERLINE; }
static inline attr_t xs_a_dim(void) { return A_DIM; }
static inline attr_t xs_a_normal(void) { return A_NORMAL; }
static inline int xs_key_f(int n) { return KEY_F(n); }
static inline WINDOW *xs_stdscr(void) { return stdscr; }
static inline int xs_lines(void) { return LINES; }
static inline int xs_cols(void) { return COLS; }
static inline int xs_colors(void) { return COLORS; }
static inline int xs_color_pairs(void) { return COLOR_PAIRS; }

#endif
