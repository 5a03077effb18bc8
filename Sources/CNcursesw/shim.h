#ifndef SAMMEN_CNCURSESW_SHIM_H
#define SAMMEN_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

// ---------------------------------------------------------------------------------------------------------
// Macros and C globals Swift cannot use directly. A_* and BUTTON* expand to function-like macros, which do not
// import; Swift 6 refuses the globals stdscr, COLORS and COLOR_PAIRS (and stdout) as not concurrency-safe.
// ---------------------------------------------------------------------------------------------------------

static inline attr_t sammen_attr_normal(void) { return A_NORMAL; }
static inline attr_t sammen_attr_bold(void) { return A_BOLD; }
static inline attr_t sammen_attr_dim(void) { return A_DIM; }
static inline attr_t sammen_attr_reverse(void) { return A_REVERSE; }
static inline attr_t sammen_attr_underline(void) { return A_UNDERLINE; }

static inline int sammen_colors(void) { return COLORS; }
static inline int sammen_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *sammen_stdscr(void) { return stdscr; }

/// newterm instead of initscr: it returns NULL when the terminal cannot be opened, where initscr exits the process.
static inline SCREEN *sammen_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline int sammen_key_f0(void) { return KEY_F0; }

/// Presses and wheel steps only: with mouseinterval(0) ncurses reports presses at once instead of waiting
/// to assemble clicks.
static inline mmask_t sammen_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON3_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

/// 1 = left, 3 = right, 4 = wheel up, 5 = wheel down, 0 = an event we did not ask for (e.g. a release).
static inline int sammen_mouse_button(mmask_t state) {
    if (state & BUTTON1_PRESSED) return 1;
    if (state & BUTTON3_PRESSED) return 3;
    if (state & BUTTON4_PRESSED) return 4;
    if (state & BUTTON5_PRESSED) return 5;
    return 0;
}

// ---------------------------------------------------------------------------------------------------------
// Giving the terminal back when the process dies. Written in C because a signal handler may only call
// async-signal-safe functions (write, tcsetattr, sigaction, raise); Swift code could allocate or take locks.
// ---------------------------------------------------------------------------------------------------------

// Reset attributes, stop mouse reporting, keypad back to normal, show the cursor, leave the alternate screen.
static const char sammen_reset_sequence[] =
    "\033[0m\033[?2004l\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1l\033>\033[?25h\033[?1049l";

// Swift's Clang code generation does not emit file-scope struct variables from a header (the link fails), so the
// saved termios and the previous handlers live as function-local statics.
static inline struct termios *sammen_saved_termios(void) {
    static struct termios saved;
    return &saved;
}
static volatile sig_atomic_t sammen_have_saved_termios = 0;
static volatile sig_atomic_t sammen_screen_active = 0;
static inline struct sigaction *sammen_previous_action(int sig) {
    static struct sigaction previous[NSIG];
    return &previous[sig];
}
static volatile sig_atomic_t sammen_handlers_installed = 0;
static const int sammen_guarded_signals[] = {
    SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGTERM, SIGHUP, SIGINT, SIGQUIT
};
#define SAMMEN_GUARDED_SIGNAL_COUNT (sizeof(sammen_guarded_signals) / sizeof(sammen_guarded_signals[0]))

/// Saves the terminal modes of standard input before ncurses changes them. Returns 0 on success.
static inline int sammen_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, sammen_saved_termios()) != 0) return -1;
    sammen_have_saved_termios = 1;
    return 0;
}

/// Marks whether the screen is in curses mode, i.e. whether a crash must write the reset sequence.
static inline void sammen_set_screen_active(int active) { sammen_screen_active = active; }
static inline int sammen_is_screen_active(void) { return sammen_screen_active; }

// While curses owns the screen, standard error goes to an unlinked temporary file, because text written there
// lands in the alternate screen and is lost when the program leaves it: notably the message of a Swift
// fatalError, printed just before the trap. It is replayed to the real standard error when the terminal is
// given back, after a crash as well as after a normal exit. [0] is the real stderr, [1] the capture file.
static inline int *sammen_stderr_descriptors(void) {
    static int descriptors[2] = { -1, -1 };
    return descriptors;
}

/// Starts capturing standard error. Returns 0 on success; on failure stderr is simply left alone.
static inline int sammen_capture_stderr(void) {
    int *fds = sammen_stderr_descriptors();
    if (fds[1] >= 0) return 0;
    char path[] = "/tmp/sammen-stderr-XXXXXX";
    int capture = mkstemp(path);
    if (capture < 0) return -1;
    unlink(path);
    fcntl(capture, F_SETFD, FD_CLOEXEC);
    int real = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (real < 0 || dup2(capture, STDERR_FILENO) < 0) {
        if (real >= 0) close(real);
        close(capture);
        return -1;
    }
    fds[0] = real;
    fds[1] = capture;
    return 0;
}

/// Async-signal-safe: puts the real standard error back and copies what was captured to it.
static inline void sammen_release_stderr(void) {
    int *fds = sammen_stderr_descriptors();
    int real = fds[0], capture = fds[1];
    if (capture < 0) return;
    fds[0] = -1;
    fds[1] = -1;
    dup2(real, STDERR_FILENO);
    close(real);
    char buffer[4096];
    if (lseek(capture, 0, SEEK_SET) == 0) {
        ssize_t count;
        while ((count = read(capture, buffer, sizeof buffer)) > 0) {
            ssize_t ignored = write(STDERR_FILENO, buffer, (size_t)count);
            (void)ignored;
        }
    }
    close(capture);
}

/// Async-signal-safe: the reset sequence (only while in curses mode), the saved termios, the real stderr.
static inline void sammen_restore_terminal(void) {
    if (sammen_screen_active) {
        sammen_screen_active = 0;
        ssize_t ignored = write(STDOUT_FILENO, sammen_reset_sequence, sizeof(sammen_reset_sequence) - 1);
        (void)ignored;
    }
    if (sammen_have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, sammen_saved_termios());
    sammen_release_stderr();
}

static void sammen_signal_handler(int sig, siginfo_t *info, void *context) {
    (void)context;
    int saved_errno = errno;
    sammen_restore_terminal();
    // Chain to whatever handled the signal before us (often Swift's backtracer, otherwise the default action).
    sigaction(sig, sammen_previous_action(sig), NULL);
    int hardware_fault = (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE) && info && info->si_code > 0;
    // A hardware fault happens again when we return, now reaching the previous handler with the true fault
    // address. Everything else (abort, kill, int3) is raised again; it is blocked here, so it is delivered on return.
    if (!hardware_fault) raise(sig);
    errno = saved_errno;
}

/// Installs the handler for the crash and termination signals; signals that are ignored stay ignored.
static inline void sammen_install_signal_handlers(void) {
    if (sammen_handlers_installed) return;
    for (size_t i = 0; i < SAMMEN_GUARDED_SIGNAL_COUNT; i++) {
        int sig = sammen_guarded_signals[i];
        struct sigaction previous;
        if (sigaction(sig, NULL, &previous) != 0) continue;
        *sammen_previous_action(sig) = previous;
        if (!(previous.sa_flags & SA_SIGINFO) && previous.sa_handler == SIG_IGN) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = sammen_signal_handler;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        sigaction(sig, &action, NULL);
    }
    sammen_handlers_installed = 1;
}

/// Puts the previous handlers back (after a normal shutdown nothing is left to restore).
static inline void sammen_uninstall_signal_handlers(void) {
    if (!sammen_handlers_installed) return;
    for (size_t i = 0; i < SAMMEN_GUARDED_SIGNAL_COUNT; i++) {
        int sig = sammen_guarded_signals[i];
        sigaction(sig, sammen_previous_action(sig), NULL);
    }
    sammen_handlers_installed = 0;
}

// ---------------------------------------------------------------------------------------------------------
// Terminfo, read to decide whether the terminal speaks the ECMA-48 sequences Sammen writes itself (tiparm is
// variadic, which Swift cannot call; tigetstr returns (char *)-1 for a name that is not a string capability).
// ---------------------------------------------------------------------------------------------------------

static inline const char *sammen_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}
static inline int sammen_terminfo_flag(const char *name) { return tigetflag(name) > 0; }
static inline const char *sammen_tiparm1(const char *capability, int a) { return tiparm(capability, a); }
static inline const char *sammen_tiparm2(const char *capability, int a, int b) { return tiparm(capability, a, b); }
static inline WINDOW *sammen_curscr(void) { return curscr; }

// ---------------------------------------------------------------------------------------------------------
// Suspending (SIGTSTP: kill -TSTP, a job-control shell). The handler only notes it; the event loop leaves
// curses mode, stops, and on fg puts the screen back and draws the frame whole. ncurses' own handler would repaint
// only what it drew itself, which is nothing now that Sammen writes its frames. Installed before newterm, so
// ncurses leaves SIGTSTP alone; not when SIGTSTP is ignored (a shell without job control).
// ---------------------------------------------------------------------------------------------------------

static volatile sig_atomic_t sammen_suspend_asked = 0;
static volatile sig_atomic_t sammen_suspend_handler_installed = 0;

static void sammen_suspend_handler(int sig) {
    (void)sig;
    sammen_suspend_asked = 1;
}

static inline void sammen_install_suspend_handler(void) {
    struct sigaction previous;
    if (sammen_suspend_handler_installed) return;
    if (sigaction(SIGTSTP, NULL, &previous) != 0 || (previous.sa_flags & SA_SIGINFO) || previous.sa_handler != SIG_DFL) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = sammen_suspend_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // No SA_RESTART: a read waiting for a key returns at once, so the loop sees the request.
    if (sigaction(SIGTSTP, &action, NULL) == 0) sammen_suspend_handler_installed = 1;
}

static inline void sammen_uninstall_suspend_handler(void) {
    if (!sammen_suspend_handler_installed) return;
    signal(SIGTSTP, SIG_DFL);
    sammen_suspend_handler_installed = 0;
}

/// 1 once after SIGTSTP came.
static inline int sammen_take_suspend_request(void) {
    int asked = sammen_suspend_asked;
    sammen_suspend_asked = 0;
    return asked;
}

/// Stops the process as SIGTSTP does by default; returns when it is continued.
static inline void sammen_stop_process(void) {
    signal(SIGTSTP, SIG_DFL);
    raise(SIGTSTP);
    if (sammen_suspend_handler_installed) {
        sammen_suspend_handler_installed = 0;
        sammen_install_suspend_handler();
    }
}

#endif
