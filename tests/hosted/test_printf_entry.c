/* The entry points of sysgate/printf.h besides vsnprintf: sprintf(3), dprintf(3) to a
 * pipe, asprintf(3) and vasprintf, each against glibc's own on the same formats and
 * arguments.
 *
 * Not obvious: dprintf writes into no buffer of the caller's, so what each side wrote
 * is read back from its own pipe and compared, length included.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_libc.h"
#include "oracle_printf.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_random.h"

/* The formats are built at run time on purpose. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"

/* Every flags x width x precision spec for conv with length len: fn(fmt, ws, ps, k),
 * ws/ps: whether the width/precision is a * argument (its value star_*[k % 5]). */
typedef void spec_fn(const char *fmt, int ws, int ps, unsigned k);
#include "suite_printf.h"

/* --- sprintf, dprintf, asprintf ------------------------------------------------------ */

/* Each takes the ENTRY_ARGS in order (a prefix of them), but for the last two. */
static const char *const entry_formats[] = {"",
                                            "plain text",
                                            "%d|%s|%c|%p|%x",
                                            "%3000d|",
                                            "%-700d|%5.2s|%5c",
                                            "%hhd %s %c %p %#o %m",
                                            "%.0d",
                                            "abc%",
                                            "%lc",
                                            "%f %d"};

static int ours_via(int kind, int fd, char **strp, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = kind ? vasprintf(strp, fmt, ap) : vdprintf(fd, fmt, ap);
  va_end(ap);
  return r;
}

static int theirs_via(int kind, int fd, char **strp, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = kind ? oracle_vasprintf(strp, fmt, ap) : oracle_vdprintf(fd, fmt, ap);
  va_end(ap);
  return r;
}

#define ENTRY_ARGS -12345, "str", 'c', (void *)0x1234, 0xbeefu

/* fn(kind, fd, strp, fmt) with the arguments entry_formats[i] takes. */
#define VIA(fn, kind, fd, strp, fmt)                                                               \
  (strcmp(fmt, "%lc") == 0     ? fn(kind, fd, strp, fmt, 0xe9)                                     \
   : strcmp(fmt, "%f %d") == 0 ? fn(kind, fd, strp, fmt, 1.5, -12345)                              \
                               : fn(kind, fd, strp, fmt, ENTRY_ARGS))

/* A long text, for bodies copied in pieces past the sinks' buffers (1 KiB for dprintf) */
static char long_text[3001];
static const char long_fmt[] = "%s|%.2500s|%-3100s|%5s";
#define LONG_ARGS long_text, long_text, "short", long_text + 2990

static void fill_long_text(void) {
  for (unsigned i = 0; i < 3000; i++)
    long_text[i] = (char)('a' + i * 7 % 26);
}

/* Closes the pipe's write end, reads all it holds into buf, closes it; the count. */
static ssize_t drain(int p[2], char *buf, size_t cap) {
  close(p[1]);
  ssize_t n = 0, k;
  while ((k = read(p[0], buf + n, cap - (size_t)n)) > 0)
    n += k;
  close(p[0]);
  return n;
}

static void test_dprintf_pipe(void **state) {
  (void)state;
  unsigned long before = ncases;
  static char got[16384], want[16384];
  for (unsigned i = 0; i < sizeof entry_formats / sizeof *entry_formats; i++) {
    int p1[2], p2[2];
    assert_int_equal(pipe(p1), 0);
    assert_int_equal(pipe(p2), 0);
    const char *fmt = entry_formats[i];
    errno = EACCES;
    oracle_set_errno(EACCES);
    int r1 = VIA(ours_via, 0, p1[1], 0, fmt);
    int e1 = errno;
    int r2 = VIA(theirs_via, 0, p2[1], 0, fmt);
    int e2 = oracle_get_errno();
    ssize_t n1 = drain(p1, got, sizeof got), n2 = drain(p2, want, sizeof want);
    ncases++;
    if (r1 != r2 || (r1 < 0 && e1 != e2) ||
        (r1 >= 0 && (n1 != n2 || memcmp(got, want, (size_t)n1))))
      show("dprintf", fmt, 0, r1, "", r2, "");
    if (r1 >= 0)
      assert_int_equal(n1, r1);
  }
  /* a closed descriptor: -1 and EBADF, as glibc */
  int p[2];
  assert_int_equal(pipe(p), 0);
  close(p[0]);
  close(p[1]);
  int r1 = dprintf(p[1], "x%d", 1), e1 = errno;
  assert_int_equal(r1, -1);
  assert_int_equal(e1, EBADF);
  /* long text through the descriptor sink's buffer, against glibc's */
  fill_long_text();
  int q1[2], q2[2];
  assert_int_equal(pipe(q1), 0);
  assert_int_equal(pipe(q2), 0);
  r1 = dprintf(q1[1], long_fmt, LONG_ARGS);
  int r2 = theirs_via(0, q2[1], 0, long_fmt, LONG_ARGS);
  ssize_t n1 = drain(q1, got, sizeof got), n2 = drain(q2, want, sizeof want);
  ncases++;
  if (r1 != r2 || n1 != n2 || memcmp(got, want, (size_t)n1))
    show("dprintf", long_fmt, 0, r1, "", r2, "");
  report("dprintf to a pipe (one over 512 bytes), and to a closed descriptor", before);
}

static void test_asprintf(void **state) {
  (void)state;
  unsigned long before = ncases;
  for (unsigned i = 0; i < sizeof entry_formats / sizeof *entry_formats; i++) {
    const char *fmt = entry_formats[i];
    char *s1 = (char *)1, *s2 = (char *)1;
    errno = EACCES;
    oracle_set_errno(EACCES);
    int r1 = VIA(ours_via, 1, 0, &s1, fmt);
    int r2 = VIA(theirs_via, 1, 0, &s2, fmt);
    ncases++;
    if (r1 != r2 || (r1 >= 0 && strcmp(s1, s2) != 0)) {
      show("asprintf", fmt, 0, r1, r1 >= 0 ? s1 : "", r2, r2 >= 0 ? s2 : "");
    } else if (r1 < 0) {
      assert_null(s1);
    }
    if (r1 >= 0)
      free(s1);
    if (r2 >= 0)
      oracle_free(s2);
  }
  /* a long one: the block grows many times */
  char *s = NULL;
  assert_int_equal(asprintf(&s, "%100000d|%s", 7, "end"), 100004);
  assert_int_equal(strlen(s), 100004);
  assert_string_equal(s + 99999, "7|end");
  free(s);
  report("asprintf", before);
}

static void test_sprintf(void **state) {
  (void)state;
  unsigned long before = ncases;
  char b1[4200], b2[4200];
  static const char *const fmts[] = {"", "%d|%s|%c|%p|%x", "%3000d|", "%-700d|%5.2s|%5c"};
  for (unsigned i = 0; i < sizeof fmts / sizeof *fmts; i++) {
    memset(b1, 'Z', sizeof b1);
    memset(b2, 'Z', sizeof b2);
    int r1 = sprintf(b1, fmts[i], ENTRY_ARGS);
    int r2 = oracle_snprintf(b2, sizeof b2, fmts[i], ENTRY_ARGS);
    ncases++;
    if (r1 != r2 || memcmp(b1, b2, sizeof b1) != 0)
      show("sprintf", fmts[i], 0, r1, b1, r2, b2);
  }
  static char l1[10000], l2[10000];
  fill_long_text();
  memset(l1, 'Z', sizeof l1);
  memset(l2, 'Z', sizeof l2);
  int r1 = sprintf(l1, long_fmt, LONG_ARGS);
  int r2 = oracle_snprintf(l2, sizeof l2, long_fmt, LONG_ARGS);
  ncases++;
  if (r1 != r2 || memcmp(l1, l2, sizeof l1) != 0)
    show("sprintf", long_fmt, 0, r1, l1, r2, l2);
  report("sprintf", before);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dprintf_pipe),
      cmocka_unit_test(test_asprintf),
      cmocka_unit_test(test_sprintf),
  };
  int r = cmocka_run_group_tests(tests, NULL, NULL);
  print_message("total: %lu cases against glibc\n", ncases);
  return r;
}
