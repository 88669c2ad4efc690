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
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

/* Macros Swift cannot import, as functions. */
static inline attr_t xs_a_bold(void) { return A_BOLD; }
static inline attr_t xs_a_reverse(void) { return A_REVERSE; }
static inline attr_t xs_a_underline(void) { return A_UNDERLINE; }
static inline attr_t xs_a_dim(void) { return A_DIM; }
static inline attr_t xs_a_normal(void) { return A_NORMAL; }
static inline int xs_key_f(int n) { return KEY_F(n); }
static inline WINDOW *xs_stdscr(void) { return stdscr; }
static inline WINDOW *xs_curscr(void) { return curscr; }
static inline int xs_lines(void) { return LINES; }
static inline int xs_cols(void) { return COLS; }
static inline int xs_colors(void) { return COLORS; }
static inline int xs_color_pairs(void) { return COLOR_PAIRS; }
static inline int xs_ccharw_max(void) { return CCHARW_MAX; }

/* The C library's standard streams (Swift 6 rejects the mutable globals). */
static inline FILE *xs_stdout(void) { return stdout; }
static inline FILE *xs_stdin(void) { return stdin; }

/* ioctl and fcntl are variadic, which Swift cannot call. */

/* Rows and columns of the terminal on fd, or -1 when unknown. */
static inline int xs_tty_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/* Bytes waiting to be read on fd (0 at end of file), or -1 on error. */
static inline int xs_bytes_available(int fd) {
    int n = 0;
    if (ioctl(fd, FIONREAD, &n) != 0) return -1;
    return n;
}

/* A pipe whose both ends are non-blocking and close-on-exec; 0 on success. */
static inline int xs_nonblocking_pipe(int fds[2]) {
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        int fl = fcntl(fds[i], F_GETFL);
        if (fl < 0 || fcntl(fds[i], F_SETFL, fl | O_NONBLOCK) != 0) return -1;
        if (fcntl(fds[i], F_SETFD, FD_CLOEXEC) != 0) return -1;
    }
    return 0;
}

#endif
