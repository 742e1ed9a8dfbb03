/* sscanf's %m (sysgate/scanf.h) against glibc's: %ms, %m[ and %mc allocate the string
 * they store, and both sides' blocks must agree, byte for byte, on the same inputs.
 *
 * Not obvious: each side's block goes back to its own malloc, and a pointer neither side
 * would store is put in each destination first, so "untouched" can be told from NULL.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_printf.h" /* oracle_free */
#include "oracle_scanf.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_scanf.h"

/* Whether two strings of wchar_t (wide 1) or of char are equal. */
static int same_string(const char *a, const char *b, int wide) {
  if (!wide)
    return strcmp(a, b) == 0;
  const __WCHAR_TYPE__ *x = (const void *)a, *y = (const void *)b;
  for (; *x == *y; x++, y++)
    if (!*x)
      return 1;
  return 0;
}

/* %m: the first `blocks` arguments receive blocks from each side's malloc. They must
 * agree on NULL, and on their characters (wchar_t when wide): the string, or for a first %mc
 * the `chars` characters; the other arguments compare byte for byte. Each side's block goes
 * back to its malloc. */
static void check_allocated(const char *input, const char *format, int blocks, size_t chars,
                            int wide) {
  void *a[ORACLE_SCANF_ARGS], *b[ORACLE_SCANF_ARGS];
  fresh_slots(a, b);
  for (int i = 0; i < blocks; i++) { /* a pointer no side would store */
    *(char **)a[i] = (char *)ours;
    *(char **)b[i] = (char *)ours;
  }
  int r = sscanf(input, format, a[0], a[1], a[2], a[3], a[4], a[5]);
  int s = oracle_sscanf(input, format, b);
  compared++;
  if (r != s)
    fail_msg("sscanf(\"%s\", \"%s\"): sysgate %d, glibc %d", input, format, r, s);
  for (int i = 0; i < blocks; i++) {
    char *mine = *(char **)a[i], *glibc = *(char **)b[i];
    int same = (mine == (char *)ours) == (glibc == (char *)ours) && !mine == !glibc;
    if (same && mine && mine != (char *)ours)
      same = i == 0 && chars ? memcmp(mine, glibc, chars * (wide ? sizeof(__WCHAR_TYPE__) : 1)) == 0
                             : same_string(mine, glibc, wide);
    if (!same)
      fail_msg("sscanf(\"%s\", \"%s\") = %d: block %d: sysgate %s, glibc %s", input, format, r,
               i + 1,
               mine == (char *)ours ? "untouched"
               : mine               ? "a block"
                                    : "NULL",
               glibc == (char *)ours ? "untouched"
               : glibc               ? "a block"
                                     : "NULL");
    if (mine != (char *)ours)
      free(mine);
    if (glibc != (char *)ours)
      oracle_free(glibc);
  }
  for (int i = blocks; i < ORACLE_SCANF_ARGS; i++)
    if (memcmp(ours[i], theirs[i], SLOT) != 0)
      fail_msg("sscanf(\"%s\", \"%s\") = %d: argument %d differs", input, format, r, i + 1);
}

static void test_allocate(void **state) {
  (void)state;
  static const char *const inputs[] = {"",         "   ", "hello world", "hello",
                                       "abc123 x", "123", "a",           "  x  y  z"};
  static const char *const formats[] = {"%ms %ms%n",        "%3ms %ms%n",       "%ms%2ms%n",
                                        "%m[a-z]%m[0-9]%n", "%m[^ ]%*[ ]%ms%n", "%*ms %ms %ms%n",
                                        "%m3s %ms%n",       "%mms %ms%n",       "%lms %ms%n"};
  for (size_t f = 0; f < sizeof formats / sizeof *formats; f++)
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++)
      check_allocated(inputs[i], formats[f], 2, 0, 0);
  for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) /* m means nothing to %d */
    check_allocated(inputs[i], "%ms %md%n", 1, 0, 0);
  /* a string past the first block (100 bytes), so the block grows twice */
  char longer[400];
  for (int i = 0; i < 399; i++)
    longer[i] = (char)('a' + i % 26);
  longer[399] = '\0';
  /* %mc: width bytes, no NUL; fewer when the input ends (the first two then). ASan's scanf
   * interceptor, on glibc's side, counts a NUL after %mc's block and reports a write past
   * it that glibc never makes: those cases wait for a build without ASan. */
  if (UNDER_ASAN) {
    print_message("%%mc skipped: ASan's scanf interceptor misjudges glibc's %%mc block\n");
  } else {
    check_allocated("abcdef", "%4mc%ms%n", 2, 4, 0);
    check_allocated("abcdef", "%mc%ms%n", 2, 1, 0);
    check_allocated("ab", "%4mc%n", 1, 2, 0);
    check_allocated("", "%4mc%n", 1, 0, 0);
    check_allocated(longer, "%300mc%n", 1, 300, 0);
    check_allocated(longer, "%300mc%ms%n", 2, 300, 0);
  }
  check_allocated(longer, "%ms%n", 1, 0, 0);
  check_allocated(longer, "%250ms%ms%n", 2, 0, 0);
  /* wide blocks: %mls, %ml[, %mS, %mlc (a wchar_t per byte, C locale); a byte past ASCII fails
   * the directive, which then stores NULL */
  static const char *const wide_inputs[] = {"", "hello world", "ab\xe9 cd", "\xe9", "x y"};
  static const char *const wide_formats[] = {"%mls %mls%n", "%ml[a-z]%n", "%mS%n", "%3mls%mls%n"};
  for (size_t f = 0; f < sizeof wide_formats / sizeof *wide_formats; f++)
    for (size_t i = 0; i < sizeof wide_inputs / sizeof *wide_inputs; i++)
      check_allocated(wide_inputs[i], wide_formats[f], f == 0 || f == 3 ? 2 : 1, 0, 1);
  if (!UNDER_ASAN) {
    check_allocated("abcdef", "%4mlc%n", 1, 4, 1);
    check_allocated("ab\xe9"
                    "def",
                    "%4mlc%n", 1, 0, 1);
  }
  check_allocated(longer, "%mls%n", 1, 0, 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_allocate),
  };
  int failed = cmocka_run_group_tests(tests, NULL, suite_teardown);
  print_message("%lu sscanf calls compared\n", compared);
  return failed;
}
