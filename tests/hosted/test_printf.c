/* snprintf(3) and vsnprintf(3) (sysgate/printf.h) against glibc's on the same
 * arguments: a generated corpus of every integer, string, character and pointer
 * conversion crossed with every subset of the flags -+ #0', the widths none, 0, 1, 5,
 * 20 and *, the precisions none, .0, .1, .5, .20 and .*, and each length modifier the
 * conversion takes, applied to edge values (0, +-1, the limits of int, long long,
 * unsigned, size_t and random ones); bytes written and return value must be glibc's, at
 * full size and at sizes 0, 1, half, exact and one short (every seventh case). Then %m
 * for every errno, %n, formats glibc prints back or refuses, and the EOVERFLOW limits.
 * The floating conversions are test_printf_float.c's, the other entry points
 * test_printf_entry.c's; the engine all three share is suite_printf.h. The counts are
 * printed.
 *
 * Not obvious: the family is split by topic because its corpora are big (this file and
 * test_printf_float.c each run hundreds of thousands of calls); one file held them all.
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

/* --- integers ----------------------------------------------------------------- */

static unsigned long long edge[16];
static unsigned nedge;
static const char *cur_len;
static int cur_signed;

/* Six of the edge values per spec, a different six for the next: all of them meet
 * every flag, width and precision over the corpus. */
static void int_spec(const char *fmt, int ws, int ps, unsigned k) {
  const char *l = cur_len;
  for (unsigned j = 0; j < 6; j++) {
    unsigned long long v = edge[(k + j * 5) % nedge];
    if (!strcmp(l, "") || !strcmp(l, "h") || !strcmp(l, "hh")) {
      if (cur_signed)
        CALL_STARS(fmt, ws, ps, k, (int)v);
      else
        CALL_STARS(fmt, ws, ps, k, (unsigned)v);
    } else if (!strcmp(l, "l")) {
      if (cur_signed)
        CALL_STARS(fmt, ws, ps, k, (long)v);
      else
        CALL_STARS(fmt, ws, ps, k, (unsigned long)v);
    } else if (!strcmp(l, "j")) {
      if (cur_signed)
        CALL_STARS(fmt, ws, ps, k, (intmax_t)v);
      else
        CALL_STARS(fmt, ws, ps, k, (uintmax_t)v);
    } else if (!strcmp(l, "z")) {
      CALL_STARS(fmt, ws, ps, k, (size_t)v);
    } else if (!strcmp(l, "t")) {
      CALL_STARS(fmt, ws, ps, k, (ptrdiff_t)v);
    } else { /* ll L q */
      if (cur_signed)
        CALL_STARS(fmt, ws, ps, k, (long long)v);
      else
        CALL_STARS(fmt, ws, ps, k, v);
    }
  }
}

static void test_integers(void **state) {
  (void)state;
  needs = NULL, use_vsnprintf = 0; /* the lean calls: no floats, no %m */
  unsigned long long fixed[] = {0,
                                1,
                                (unsigned long long)-1,
                                42,
                                (unsigned long long)(long long)(-__INT_MAX__ - 1),
                                __INT_MAX__,
                                (unsigned long long)(-__LONG_LONG_MAX__ - 1),
                                __LONG_LONG_MAX__,
                                2u * (unsigned)__INT_MAX__ + 1u,
                                ~0ull,
                                __SIZE_MAX__,
                                0x80,
                                255};
  nedge = 0;
  for (unsigned i = 0; i < sizeof fixed / sizeof *fixed; i++)
    edge[nedge++] = fixed[i];
  edge[nedge++] = next_random();
  edge[nedge++] = next_random() >> 35;
  static const char *const lens[] = {"", "hh", "h", "l", "ll", "j", "z", "t", "L", "q"};
  unsigned long before = ncases;
  for (const char *c = "diuoxX"; *c; c++) {
    cur_signed = *c == 'd' || *c == 'i';
    for (unsigned l = 0; l < sizeof lens / sizeof *lens; l++) {
      cur_len = lens[l];
      each_spec(lens[l], *c, int_spec);
    }
  }
  report("d i u o x X x flags x widths x precisions x lengths x values", before);
}

/* --- strings, characters, pointers, % ---------------------------------------- */

static void str_spec(const char *fmt, int ws, int ps, unsigned k) {
  static const char *const strs[] = {
      "", "a", "hello", "hello, world", NULL, "a string longer than twenty bytes"};
  for (unsigned i = 0; i < sizeof strs / sizeof *strs; i++)
    CALL_STARS(fmt, ws, ps, k, strs[i]);
}

static void char_spec(const char *fmt, int ws, int ps, unsigned k) {
  static const int chars[] = {'a', 0, 255, 'A' + 256, -1, ' '};
  for (unsigned i = 0; i < sizeof chars / sizeof *chars; i++)
    CALL_STARS(fmt, ws, ps, k, chars[i]);
}

static void ptr_spec(const char *fmt, int ws, int ps, unsigned k) {
  void *ptrs[] = {
      NULL, (void *)1, (void *)0x12, (void *)(uintptr_t)-1, &ncases, (void *)(uintptr_t)0xdeadbeef};
  for (unsigned i = 0; i < sizeof ptrs / sizeof *ptrs; i++)
    CALL_STARS(fmt, ws, ps, k, ptrs[i]);
}

static void wide_char_spec(const char *fmt, int ws, int ps, unsigned k) {
  static const unsigned wcs[] = {'a', 0, 0x7f, 0x80, 0xe9, 0x20ac};
  for (unsigned i = 0; i < sizeof wcs / sizeof *wcs; i++)
    CALL_STARS(fmt, ws, ps, k, wcs[i]);
}

static void wide_str_spec(const char *fmt, int ws, int ps, unsigned k) {
  static const __WCHAR_TYPE__ *const strs[] = {L"", L"ab", L"hello, world", L"ab\xe9xyz", NULL};
  for (unsigned i = 0; i < sizeof strs / sizeof *strs; i++)
    CALL_STARS(fmt, ws, ps, k, strs[i]);
}

static void percent_spec(const char *fmt, int ws, int ps, unsigned k) {
  (void)k;
  if (!ws && !ps)
    check(fmt);
}

static void test_text(void **state) {
  (void)state;
  needs = NULL, use_vsnprintf = 0;
  unsigned long before = ncases;
  /* Not j, z, t: glibc reads %js, %zs, %ts as wide strings where intmax_t or size_t is a
   * long; nor L and q, which it reads as wide everywhere (below, with wide strings). */
  static const char *const narrow_lens[] = {"", "hh", "h"};
  for (unsigned l = 0; l < sizeof narrow_lens / sizeof *narrow_lens; l++) {
    each_spec(narrow_lens[l], 's', str_spec);
    each_spec(narrow_lens[l], 'c', char_spec);
    each_spec(narrow_lens[l], 'p', ptr_spec);
  }
  report("s c p x flags x widths x precisions x lengths x values", before);
  before = ncases;
  needs = &sysgate_printf_x, use_vsnprintf = 0; /* the extra conversions' hook alone */
  each_spec("l", 'c', wide_char_spec);
  each_spec("", 'C', wide_char_spec);
  each_spec("l", 's', wide_str_spec);
  each_spec("ll", 's', wide_str_spec);
  each_spec("L", 's', wide_str_spec);
  each_spec("q", 's', wide_str_spec);
  each_spec("L", 'c', wide_char_spec);
  each_spec("", 'S', wide_str_spec);
  report("lc C ls S (and Lc Ls qs) in the C locale", before);
  before = ncases;
  each_spec("", '%', percent_spec);
  check("100%% sure, %s%%%d", "x", 5);
  report("%%", before);
}

/* --- %m -------------------------------------------------------------------------- */

/* sysgate's %m against glibc's %s of sysgate's strerror text (the formatting), and the
 * text against glibc's strerror (printed, not failed: sysgate has the kernel's). */
static void test_m(void **state) {
  (void)state;
  unsigned long before = ncases;
  static const char *const specs[] = {"%m",     "%-40m|", "%40m", "%.3m",  "%.0m",
                                      "%20.5m", "%-5m",   "%lm",  "<%m>%d"};
  unsigned differ = 0;
  char list[2048] = "";
  for (int e = -2; e <= 140; e++) {
    int v = e == 140 ? 99999 : e;
    const char *ours = strerror(v);
    char copy[128];
    strncpy(copy, ours, sizeof copy - 1);
    copy[sizeof copy - 1] = '\0';
    if (strcmp(copy, oracle_strerror(v)) != 0 && v != 99999) {
      differ++;
      if (strlen(list) + 64 < sizeof list) {
        char item[64];
        snprintf(item, sizeof item, " %d", v);
        strcat(list, item);
      }
    }
    for (unsigned i = 0; i < sizeof specs / sizeof *specs; i++) {
      char sfmt[32], got[256], want[256];
      strcpy(sfmt, specs[i]);
      *strchr(sfmt, 'm') = 's';
      if (strstr(sfmt, "ls"))
        memmove(strstr(sfmt, "ls"), strstr(sfmt, "ls") + 1, strlen(strstr(sfmt, "ls")));
      errno = v;
      int r1 = snprintf(got, sizeof got, specs[i], 7);
      int r2 = snprintf(want, sizeof want, sfmt, copy, 7);
      ncases++;
      if (r1 != r2 || strcmp(got, want) != 0)
        show("%m", specs[i], sizeof got, r1, got, r2, want);
      /* and errno untouched by a successful call */
      assert_int_equal(errno, v);
    }
  }
  report("%m for errno -2..139 and an unknown one", before);
  print_message("%u errno texts differ from glibc's strerror:%s\n", differ, list);
  /* %m where the texts agree, straight against glibc's own %m, through the object that
   * adds only strerror */
  before = ncases;
  needs = &sysgate_printf_m, use_vsnprintf = 0;
  static const int same[] = {0,      EPERM,  ENOENT, EINTR, EBADF,  ENOMEM, EACCES,
                             EEXIST, EINVAL, ENOSPC, EPIPE, ERANGE, ENOSYS};
  for (unsigned i = 0; i < sizeof same / sizeof *same; i++) {
    if (strcmp(strerror(same[i]), oracle_strerror(same[i])) != 0)
      continue;
    errno_value = same[i];
    for (unsigned j = 0; j < sizeof specs / sizeof *specs; j++)
      check(specs[j], 7);
  }
  errno_value = 0;
  report("%m against glibc's %m where the texts agree", before);
}

/* --- %n ------------------------------------------------------------------------ */

static void test_n(void **state) {
  (void)state;
  unsigned long before = ncases;
  static const int wid[] = {0, 3, 300, 70000};
  for (unsigned i = 0; i < sizeof wid / sizeof *wid; i++) {
    char b1[64], b2[64];
#define N_CASE(len, T)                                                                             \
  do {                                                                                             \
    T x1 = (T)-5, x2 = (T)-5;                                                                      \
    int y1 = -5, y2 = -5;                                                                          \
    const char *fmt = "ab%*d%" len "n|%s%n";                                                       \
    int r1 = snprintf(b1, sizeof b1, fmt, wid[i], 1, &x1, "xyz", &y1);                             \
    int r2 = oracle_snprintf(b2, sizeof b2, fmt, wid[i], 1, &x2, "xyz", &y2);                      \
    ncases++;                                                                                      \
    if (r1 != r2 || x1 != x2 || y1 != y2 || strcmp(b1, b2) != 0)                                   \
      show("%n", fmt, sizeof b1, r1, b1, r2, b2);                                                  \
  } while (0)
    N_CASE("", int);
    N_CASE("hh", signed char);
    N_CASE("h", short);
    N_CASE("l", long);
    N_CASE("ll", long long);
    N_CASE("L", long long);
    N_CASE("q", long long);
    N_CASE("j", intmax_t);
    N_CASE("z", size_t);
    N_CASE("t", ptrdiff_t);
  }
  report("%n with each length, counts past the buffer", before);
}

/* --- formats glibc prints back or refuses, and the limits -------------------------- */

/* sysgate's snprintf, where a literal format would make gcc warn of the truncation. */
static int ours_snprintf(char *b, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(b, n, fmt, ap);
  va_end(ap);
  return r;
}

static void test_odd_formats(void **state) {
  (void)state;
  unsigned long before = ncases;
  with_sizes = 1;
  static const char *const plain[] = {
      "abc%",   "%l",    "%5",  "%-",     "%.",   "%ll",         "%hh",   "%y",    "%-5y",
      "%5.3y",  "%hy",   "%ly", "%Lhd",   "%hLd", "%hld",        "%llld", "%lll",  "%hhhd",
      "%jzd",   "%.-3d", "%5%", "%-5%|",  "%05%", "%#'+-0I5.3y", "% +y",  "%#0-y", "%Iy",
      "x%%y%%", "%",     "%0",  "%20.10", "%hh%", "%12345678y"};
  for (unsigned i = 0; i < sizeof plain / sizeof *plain; i++)
    check(plain[i], 5, 6, 7);
  check("%*y|%d", -9, 4);
  check("%.*y|%d", 3, 4);
  check("%Id %'d %'u %I'x", 1234567, -7654321, 3000000000u, 0xabcdefu);
  check("%-0*d|", 5, 1);
  check("%-+ #0'5d", 5);
  check("%hhd %hd", 300, 70000);
  with_sizes = 0;
  /* glibc refuses these before it writes anything */
  check("%2147483648d", 1);
  check("%9999999999d", 5);
  check("%.9999999999d", 5);
  check("%.2147483648d", 5);
  check("%4294967297d", 5); /* 2^32 + 1: wraps to 1 in 32 bits */
  check("%.4294967297d|%21474836470s", 5, "x");
  check("%.*d", -__INT_MAX__ - 1, 5); /* a negative precision is none */
  report("printed back, refused", before);
  /* Counts near INT_MAX: glibc's results, measured once, since glibc spends seconds
   * producing each of these 2 GB outputs (sysgate counts the dropped bytes at once). */
  before = ncases;
  static const struct {
    const char *fmt;
    int a, b, c, d, want;
  } big[] = {
      {"%2147483647d", 1, 0, 0, 0, __INT_MAX__},
      {"%2147483646d%c", 1, 'x', 0, 0, __INT_MAX__},
      {"%2147483647d%d", 1, 2, 0, 0, -1},
      {"%.2147483647d", 1, 0, 0, 0, __INT_MAX__},
      {"%*d", -__INT_MAX__, 5, 0, 0, __INT_MAX__},
      {"%*d", -__INT_MAX__ - 1, 5, 0, 0, -1}, /* a width of INT_MAX + 1: glibc pads, then fails */
      {"%*d%*d", __INT_MAX__, 1, __INT_MAX__, 1, -1},
      {"%-2147483647d|", 1, 0, 0, 0, -1},
      {"%*d%*d", __INT_MAX__ / 2, 1, __INT_MAX__ / 2, 1, __INT_MAX__ - 1},
  };
  for (unsigned i = 0; i < sizeof big / sizeof *big; i++) {
    char b[8];
    errno = 0;
    int r = snprintf(b, sizeof b, big[i].fmt, big[i].a, big[i].b, big[i].c, big[i].d);
    ncases++;
    assert_int_equal(r, big[i].want);
    assert_int_equal(errno, r < 0 ? EOVERFLOW : 0);
    r = snprintf(NULL, 0, big[i].fmt, big[i].a, big[i].b, big[i].c, big[i].d);
    assert_int_equal(r, big[i].want);
  }
  char b[4];
  assert_int_equal(ours_snprintf(b, sizeof b, "%.2147483647d%s", 1, ""), __INT_MAX__);
  assert_string_equal(b, "000");
  assert_int_equal(ours_snprintf(b, sizeof b, "%.2147483647d%s", 1, "x"), -1);
  assert_int_equal(errno, EOVERFLOW);
  assert_int_equal(ours_snprintf(b, sizeof b, "%2147483647s", ""), __INT_MAX__);
  assert_string_equal(b, "   ");
  assert_int_equal(
      ours_snprintf(b, sizeof b, "%*s%*s", __INT_MAX__ / 2, "ab", __INT_MAX__ / 2 + 1, "c"),
      __INT_MAX__);
  ncases += 5;
  report("the INT_MAX limits, against glibc's measured results", before);
}

/* --- the hooks (printf_sink.h): each conversion outside the engine is its hook's -------- */

/* Without its hook a conversion is printed back, its argument left (the float one skipped):
 * so the cases above, which pass, went through the hook the object names. */
/* sysgate_vsnprintf_with into b (64 bytes), unchecked: these formats misuse on purpose. */
static int with(sysgate_printf_needs more, char *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = sysgate_vsnprintf_with(more, b, 64, fmt, ap);
  va_end(ap);
  return r;
}

static void test_hooks(void **state) {
  (void)state;
  char b[64];
  int n = -5;
  assert_int_equal(with(NULL, b, "%lc|%S|%n|%d", 7), 10);
  assert_string_equal(b, "%c|%S|%n|7"); /* rebuilt as glibc's: no modifier */
  assert_int_equal(with(&sysgate_printf_fp_m, b, "%ls|%d", 7), 4);
  assert_string_equal(b, "%s|7");
  assert_int_equal(with(&sysgate_printf_x, b, "ab%n|%lc", &n, 'z'), 4);
  assert_string_equal(b, "ab|z");
  assert_int_equal(n, 2);
  errno = 0;
  assert_int_equal(with(&sysgate_printf_m, b, "%m|%d", 7), 9);
  assert_string_equal(b, "Success|7");
  assert_int_equal(with(NULL, b, "%m|%d", 7), 4);
  assert_string_equal(b, "%m|7");
  static const sysgate_printf_needs nofp[] = {&sysgate_printf_nofp, &sysgate_printf_nofp_m,
                                              &sysgate_printf_nofp_x, &sysgate_printf_nofp_m_x};
  for (unsigned i = 0; i < 4; i++) {
    assert_int_equal(with(nofp[i], b, "%5.1Lf|%e|%d", 2.5L, 1.5, 7), 10);
    assert_string_equal(b, "%5.1f|%e|7");
  }
  static const sysgate_printf_needs fp[] = {&sysgate_printf_fp, &sysgate_printf_fp_m,
                                            &sysgate_printf_fp_x, &sysgate_printf_fp_m_x,
                                            &sysgate_printf_more};
  for (unsigned i = 0; i < 5; i++) {
    assert_int_equal(with(fp[i], b, "%5.1Lf|%e|%d", 2.5L, 1.5, 7), 20);
    assert_string_equal(b, "  2.5|1.500000e+00|7");
  }
  static const sysgate_printf_needs x[] = {&sysgate_printf_x, &sysgate_printf_fp_x,
                                           &sysgate_printf_m_x, &sysgate_printf_more};
  for (unsigned i = 0; i < 4; i++) {
    assert_int_equal(with(x[i], b, "%-3S|%C", L"ab", L'c'), 5);
    assert_string_equal(b, "ab |c");
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_integers),    cmocka_unit_test(test_text),
      cmocka_unit_test(test_m),           cmocka_unit_test(test_n),
      cmocka_unit_test(test_odd_formats), cmocka_unit_test(test_hooks),
  };
  int r = cmocka_run_group_tests(tests, NULL, NULL);
  print_message("total: %lu cases against glibc\n", ncases);
  return r;
}
