/* The printf suites' engine (test_printf*.c): one call of sysgate's vsnprintf and
 * glibc's on the same arguments and buffer size, compared byte for byte, and the
 * generator of every flags x width x precision spec. Include after "suite.h".
 *
 * Not obvious: each call gets its own va_copy of one argument list, so sysgate and glibc
 * read the very same arguments; both buffers start filled with 'Z', so a byte written
 * past the size shows up as a difference from glibc (and is checked on its own too).
 */
#ifndef SYSGATE_TEST_SUITE_PRINTF_H
#define SYSGATE_TEST_SUITE_PRINTF_H

#define BUFSZ 600
#define GUARD 16

__attribute__((unused)) static unsigned long ncases, nmismatch;
__attribute__((
    unused)) static int errno_value; /* what both errnos are set to before a call (%m reads it) */
__attribute__((unused)) static int with_sizes; /* also try the small sizes */
/* What the calls are said to need (sysgate/printf_lean.h): each test passes the least
 * its conversions allow, as the macros would, so every object is tested; the others use
 * vsnprintf itself, which passes sysgate_printf_more. */
__attribute__((unused)) static sysgate_printf_needs needs;
__attribute__((unused)) static int use_vsnprintf = 1;

static inline void show(const char *what, const char *fmt, size_t n, int r1, const char *b1, int r2,
                        const char *b2) {
  if (++nmismatch > 20)
    return;
  print_message("MISMATCH %s: format \"%s\" size %zu: sysgate %d [%.80s] glibc %d [%.80s]\n", what,
                fmt, n, r1, r1 >= 0 && b1 ? b1 : "", r2, r2 >= 0 && b2 ? b2 : "");
}

/* One vsnprintf of each at size n (NULL buffers for 0); returns glibc's count. */
static inline int one(size_t n, const char *fmt, va_list ap) {
  static char ours[BUFSZ + GUARD], theirs[BUFSZ + GUARD];
  oracle_memset(ours, 'Z', sizeof ours);
  oracle_memset(theirs, 'Z', sizeof theirs);
  va_list a1, a2;
  va_copy(a1, ap);
  va_copy(a2, ap);
  errno = errno_value;
  oracle_set_errno(errno_value);
  int r1 = use_vsnprintf ? vsnprintf(n ? ours : NULL, n, fmt, a1)
                         : sysgate_vsnprintf_with(needs, n ? ours : NULL, n, fmt, a1);
  int e1 = errno;
  int r2 = oracle_vsnprintf(n ? theirs : NULL, n, fmt, a2);
  int e2 = oracle_get_errno();
  va_end(a1);
  va_end(a2);
  ncases++;
  if (r1 != r2 || (r1 < 0 && e1 != e2))
    show(r1 != r2 ? "return value" : "errno", fmt, n, r1, ours, r2, theirs);
  else if (r1 >= 0 && oracle_memcmp(ours, theirs, sizeof ours) != 0)
    show("bytes", fmt, n, r1, ours, r2, theirs); /* a byte past the size included */
  if (r1 < 0)
    for (size_t i = n; i < sizeof ours; i++)
      if (ours[i] != 'Z') {
        show("wrote past the size", fmt, n, r1, ours, r2, theirs);
        break;
      }
  return r2;
}

/* glibc's snprintf. */
static inline int oracle_snprintf(char *b, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = oracle_vsnprintf(b, n, fmt, ap);
  va_end(ap);
  return r;
}

static inline void vcheck(const char *fmt, va_list ap) {
  int r = one(BUFSZ, fmt, ap);
  if (with_sizes && r >= 0 && r < BUFSZ) {
    size_t sizes[] = {0, 1, (size_t)r / 2, (size_t)r, (size_t)r + 1};
    for (unsigned i = 0; i < sizeof sizes / sizeof *sizes; i++)
      one(sizes[i], fmt, ap);
  }
}

static inline void check(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vcheck(fmt, ap);
  va_end(ap);
}

static inline void report(const char *what, unsigned long before) {
  unsigned long bad = nmismatch;
  print_message("%s: %lu cases against glibc, %lu mismatches\n", what, ncases - before, bad);
  nmismatch = 0; /* each test's own */
  use_vsnprintf = 1;
  assert_int_equal(bad, 0);
}

/* Under valgrind a hundredth of the generated corpus (every hundredth format): the
 * whole of it is 20 million snprintf calls, ten minutes of memcheck on i386 -O0. */
static inline unsigned stride(void) {
  return oracle_under_valgrind() ? 100 : 1;
}

static const char *const flag_chars = "-+ #0'";
static const char *const widths[] = {"", "0", "1", "5", "20", "*"};
static const char *const precs[] = {"", ".0", ".1", ".5", ".20", ".*"};
static const int star_widths[] = {-7, 0, 3, 25, -1};
static const int star_precs[] = {-1, 0, 4, 12, -3};
static inline void each_spec(const char *len, char conv, spec_fn *fn) {
  unsigned k = 0, step = stride();
  for (unsigned fl = 0; fl < 64; fl++)
    for (unsigned w = 0; w < 6; w++)
      for (unsigned p = 0; p < 6; p++, k++) {
        if (k % step)
          continue;
        char fmt[40], *q = fmt;
        *q++ = '[';
        *q++ = '%';
        for (unsigned b = 0; b < 6; b++)
          if (fl & 1u << b)
            *q++ = flag_chars[b];
        q = stpcpy(stpcpy(stpcpy(q, widths[w]), precs[p]), len);
        *q++ = conv;
        *q++ = ']';
        *q = '\0';
        with_sizes = k % 7 == 0;
        fn(fmt, w == 5, p == 5, k);
      }
  with_sizes = 0;
}

/* Calls check with the star arguments the spec wants, then the value. */
#define CALL_STARS(fmt, ws, ps, k, value)                                                          \
  do {                                                                                             \
    int sw = star_widths[(k) % 5], sp = star_precs[((k) / 5) % 5];                                 \
    if ((ws) && (ps))                                                                              \
      check(fmt, sw, sp, value);                                                                   \
    else if (ws)                                                                                   \
      check(fmt, sw, value);                                                                       \
    else if (ps)                                                                                   \
      check(fmt, sp, value);                                                                       \
    else                                                                                           \
      check(fmt, value);                                                                           \
  } while (0)
#endif
