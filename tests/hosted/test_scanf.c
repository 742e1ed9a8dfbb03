/* sscanf and vsscanf (sysgate/scanf.h) against glibc's sscanf on a corpus of formats
 * times inputs: every integer conversion with every length modifier and several
 * widths, %c %s %[ with widths and scansets, %n anywhere, '*', literals, %% and
 * white space; the return value and every byte each side stored are compared (the %m
 * allocations are test_scanf_alloc.c's).
 *
 * Not obvious: the six destinations are pre-filled with the same pattern on both
 * sides, so a store of the wrong size, or a store where glibc stores nothing, shows
 * up as a differing byte.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_printf.h"
#include "oracle_scanf.h"
#include <sysgate.h>

#include "suite.h"
#define SUITE_RANDOM_SEED 0x2545f4914f6cdd1du
#include "suite_random.h"

#include "suite_scanf.h"

/* Through vsscanf, so both entry points are used. */
static int call_vsscanf(const char *input, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  int r = vsscanf(input, format, ap);
  va_end(ap);
  return r;
}

static void check(const char *input, const char *format) {
  void *a[ORACLE_SCANF_ARGS], *b[ORACLE_SCANF_ARGS];
  fresh_slots(a, b);
  int r = compared % 2 ? sscanf(input, format, a[0], a[1], a[2], a[3], a[4], a[5])
                       : call_vsscanf(input, format, a[0], a[1], a[2], a[3], a[4], a[5]);
  int s = oracle_sscanf(input, format, b);
  compared++;
  if (r != s)
    fail_msg("sscanf(\"%s\", \"%s\"): sysgate %d, glibc %d", input, format, r, s);
  for (int i = 0; i < ORACLE_SCANF_ARGS; i++)
    for (int k = 0; k < SLOT; k++)
      if (ours[i][k] != theirs[i][k])
        fail_msg("sscanf(\"%s\", \"%s\") = %d: argument %d byte %d: sysgate %#x, glibc %#x", input,
                 format, r, i + 1, k, ours[i][k], theirs[i][k]);
}

static const char *const number_inputs[] = {
    "",
    " ",
    "0",
    "1",
    "-1",
    "+1",
    "-",
    "+",
    "- 1",
    "42abc",
    "  \t\n 123 456",
    "0x",
    "0X1f",
    "0xg",
    "-0x10",
    "+0x",
    "0x0x1",
    "017",
    "019",
    "08",
    "-017",
    "0",
    "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
    "127",
    "128",
    "255",
    "256",
    "-129",
    "32767",
    "32768",
    "65535",
    "-32769",
    "2147483647",
    "2147483648",
    "-2147483648",
    "-2147483649",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999",
    "ffffffffffffffffff",
    "FFffFFff",
    "deadBEEF",
    "7777777777777777777777",
    "1e5",
    "12 34 56",
    "z",
    "%",
};

static const char *const lengths[] = {"", "hh", "h", "l", "ll", "j", "z", "t", "L", "q"};
static const char *const widths[] = {"", "1", "2", "3", "5", "20", "0"};

static void test_integers(void **state) {
  (void)state;
  char format[64];
  const char conversions[] = "diuoxX";
  for (const char *c = conversions; *c; c++)
    for (size_t l = 0; l < sizeof lengths / sizeof lengths[0]; l++)
      for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
        snprintf(format, sizeof format, "%%%s%s%c%%n", widths[w], lengths[l], *c);
        for (size_t i = 0; i < sizeof number_inputs / sizeof number_inputs[0]; i++)
          check(number_inputs[i], format);
        snprintf(format, sizeof format, "%%%s%s%c%%n %%%s%c%%hhn", widths[w], lengths[l], *c,
                 lengths[l], *c);
        for (size_t i = 0; i < sizeof number_inputs / sizeof number_inputs[0]; i++)
          check(number_inputs[i], format);
      }
}

static const char *const text_formats[] = {
    "%c",
    "%3c",
    "%c%c%c",
    "%5c%n",
    "%s",
    "%3s%n%s",
    "%1s%1s",
    "%*s%s",
    "%*c%n",
    "%[a-z]",
    "%[^a-z]",
    "%[]a]",
    "%[^]a]",
    "%[-a]",
    "%[a-]",
    "%[z-a]",
    "%[a-c-e]",
    "%[0-9a-fA-F]%n",
    "%3[a-z]%s",
    "%[^\n]%n",
    "%[ ]%n",
    "%[",
    "%[a",
    "%[^",
    "%*[a-z]%n",
    "%%%n",
    " %%%n",
    "%n%%",
    "a%n",
    "abc%n%s",
    " a b %n",
    "%d%%%d",
    "%n",
    "%d%n%d%n",
    "%*d%d",
    "%s %n%c",
    "x%dy%n",
    "%5",
    "%",
    "%hhn%hn%n%ln%lln%jn",
    "%p%n",
    "%p %p",
    "%d %s %c %[^,],%n%x",
    " ",
    "",
    "%2$d %1$x",
    "%2$d",
    "%c%n",
    "%10c%n",
    "%ld %zu %td %jd %hhu %hx",
    "%i %i %i %i",
    "%*i%*x%*o%n",
    "%-5d",
    "%+d",
    "% d",
    "%#x",
    "%'d",
};

static const char *const text_inputs[] = {"",
                                          "a",
                                          "abc",
                                          "abc def",
                                          "  abc  def ghi",
                                          "\n\t abc",
                                          "]a]b",
                                          "--a-z",
                                          "0123456789abcdefABCDEFxyz",
                                          "hello, world\nnext",
                                          "a b ",
                                          "%",
                                          "%%",
                                          " %",
                                          "x12y",
                                          "12%34",
                                          "1 2 3 4 5 6",
                                          "0x1p",
                                          "(nil)",
                                          "0x7fff1234",
                                          "-1 -2 -3",
                                          "zzz",
                                          "ab",
                                          "abcdefghijklmnopqrstuvwxyz0123456789",
                                          "7,8,9",
                                          "12 hello X world,rest 1f",
                                          "   ",
                                          "d",
                                          "e-f"};

static void test_text(void **state) {
  (void)state;
  for (size_t f = 0; f < sizeof text_formats / sizeof text_formats[0]; f++)
    for (size_t i = 0; i < sizeof text_inputs / sizeof text_inputs[0]; i++)
      check(text_inputs[i], text_formats[f]);
  for (size_t f = 0; f < sizeof text_formats / sizeof text_formats[0]; f++)
    for (size_t i = 0; i < sizeof number_inputs / sizeof number_inputs[0]; i++)
      check(number_inputs[i], text_formats[f]);
}

/* Random formats from pieces, on random inputs from pieces. */

static void test_random(void **state) {
  (void)state;
  static const char *const format_pieces[] = {
      "%d",  "%i", "%x",  "%o",        "%u",    "%hhd", "%lld", "%3d", "%2x", "%*d", "%n",    "%c",
      "%2c", "%s", "%4s", "%[a-f0-9]", "%[^ ]", " ",    ",",    "x",   "%%",  "%*s", "%1[-+]"};
  static const char *const input_pieces[] = {"12", "-7",          "0x",  "0x1A", " ", "  ",
                                             ",",  "x",           "abc", "%",    "+", "-",
                                             "0",  "99999999999", "f",   "\t",   "z9"};
  char format[128], input[128];
  unsigned rounds = oracle_under_valgrind() ? 2000 : 40000;
  for (unsigned n = 0; n < rounds; n++) {
    format[0] = input[0] = '\0';
    int conversions = 0;
    for (int k = 0; k < 6; k++) {
      const char *p =
          format_pieces[next_random() % (sizeof format_pieces / sizeof format_pieces[0])];
      int takes_arg = p[0] == '%' && p[1] != '%' && p[1] != '*';
      if (takes_arg && conversions == ORACLE_SCANF_ARGS)
        continue;
      conversions += takes_arg;
      strcat(format, p);
    }
    for (int k = 0; k < 5; k++)
      strcat(input, input_pieces[next_random() % (sizeof input_pieces / sizeof input_pieces[0])]);
    check(input, format);
  }
}

static void test_floats(void **state) {
  (void)state;
  static const char *const inputs[] = {"",
                                       "1",
                                       "-1.5",
                                       "+.5",
                                       ".",
                                       "-.",
                                       "1e5",
                                       "1e",
                                       "1e+",
                                       "1e-3x",
                                       "1.5.6",
                                       "0x1p3",
                                       "0x",
                                       "0x.8p1",
                                       "0x1.p",
                                       "0xg",
                                       "inf",
                                       "-Infinity",
                                       "infx",
                                       "in",
                                       "nan",
                                       "NAN(123)",
                                       "nanx",
                                       "na",
                                       "1e999",
                                       "1e-999",
                                       "4.9e-324",
                                       "3.4028236e38",
                                       "  \n 42.0 7",
                                       "1,5",
                                       "e5",
                                       "-",
                                       "0e5",
                                       "0x1e5",
                                       "00001.0000",
                                       "123456789012345678901234567890",
                                       "1.17549435e-38",
                                       "0x1.fffffep127"};
  static const char *const formats[] = {
      "%f%n", "%lf%n", "%Lf%n",  "%e%n",   "%g%n",  "%a%n",    "%E%n",      "%F%n", "%G%n",
      "%A%n", "%3f%n", "%5lf%n", "%1Lf%n", "%*f%n", "%f %f%n", "%lf,%lf%n", "%4e%s"};
  for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++)
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
      check(inputs[i], formats[f]);
}

/* fscanf on a file against glibc's: the result, the stores, and the byte the stream
 * gives next (the one pushed back). */
static void test_fscanf(void **state) {
  (void)state;
  static const char *const formats[] = {"%d%n",         "%s %n%c", "%[a-z]%n", "%x,%x", "%3c%n",
                                        "%d%d%d%d%d%d", "abc%n",   "%i %i",    " %%%n", "%p"};
  static const char *const inputs[] = {"",        "12 34",       "  -7x",         "abc,def",
                                       "0x1f,0x", "hello world", "1 2 3 4 5 6 7", "ab",
                                       "%",       "(nil)"};
  for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++)
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
      const char *path = oracle_make_file("scan", inputs[i], strlen(inputs[i]));
      void *a[ORACLE_SCANF_ARGS], *b[ORACLE_SCANF_ARGS];
      fresh_slots(a, b);
      FILE *file = fopen(path, "r");
      assert_non_null(file);
      int r = fscanf(file, formats[f], a[0], a[1], a[2], a[3], a[4], a[5]);
      int next = getc(file);
      fclose(file);
      int their_next, s = oracle_fscanf(path, formats[f], b, &their_next);
      if (r != s || next != their_next)
        fail_msg("fscanf(\"%s\", \"%s\"): sysgate %d then %d, glibc %d then %d", inputs[i],
                 formats[f], r, next, s, their_next);
      for (int k = 0; k < ORACLE_SCANF_ARGS; k++)
        assert_memory_equal(ours[k], theirs[k], SLOT);
      compared++;
    }
}

/* The wide directives, %lc %ls %l[ %C %S and the modifiers that make c, s and [ wide: a wchar_t
 * per byte in the C locale, and a byte past ASCII fails the directive with EILSEQ (glibc's
 * mbrtowc there). The stores, the result and errno against glibc's, and through fscanf the byte
 * the stream gives next. glibc's %l[ on a byte past ASCII that the set takes is not compared:
 * glibc stores a terminator one wchar_t further on (docs/libc.md). */
static void test_wide(void **state) {
  (void)state;
  static const char *const formats[] = {"%lc%n", "%3lc%n",    "%ls%n",  "%2ls %ls%n", "%C%n",
                                        "%S%n",  "%l[a-z]%n", "%l[^ ]", "%*ls%n",     "%lls%n",
                                        "%Lc%n", "%qs%n",     "%js%n",  "%zs%n",      "%tc%n",
                                        "%hs%n", "%ls%d%n",   "%5C",    "%lc%c",      "%l[]a]%n"};
  static const char *const inputs[] = {"",         "a",      "abc def", "  xyz 12",
                                       "ab\xe9zq", "\xe9",   "a\x80",   "]a]b c",
                                       "12 34",    "z\xffz", "\t\n",    "ab\x7f cd"};
  for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++)
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
      int set_past_ascii = formats[f][2] == '[' && formats[f][3] == '^';
      int has_past_ascii = 0;
      for (const char *p = inputs[i]; *p; p++)
        has_past_ascii |= (unsigned char)*p > 0x7f;
      if (set_past_ascii && has_past_ascii)
        continue;
      void *a[ORACLE_SCANF_ARGS], *b[ORACLE_SCANF_ARGS];
      fresh_slots(a, b);
      errno = 0;
      int r = sscanf(inputs[i], formats[f], a[0], a[1], a[2], a[3], a[4], a[5]);
      int err = errno, their_err;
      int s = oracle_sscanf_err(inputs[i], formats[f], b, &their_err);
      if (r != s || err != their_err)
        fail_msg("sscanf(\"%s\", \"%s\"): sysgate %d errno %d, glibc %d errno %d", inputs[i],
                 formats[f], r, err, s, their_err);
      for (int k = 0; k < ORACLE_SCANF_ARGS; k++)
        if (memcmp(ours[k], theirs[k], SLOT) != 0)
          fail_msg("sscanf(\"%s\", \"%s\") = %d: argument %d differs", inputs[i], formats[f], r,
                   k + 1);
      compared++;
      const char *path = oracle_make_file("wscan", inputs[i], strlen(inputs[i]));
      fresh_slots(a, b);
      FILE *file = fopen(path, "r");
      assert_non_null(file);
      r = fscanf(file, formats[f], a[0], a[1], a[2], a[3], a[4], a[5]);
      int next = getc(file);
      fclose(file);
      int their_next;
      s = oracle_fscanf(path, formats[f], b, &their_next);
      if (r != s || next != their_next)
        fail_msg("fscanf(\"%s\", \"%s\"): sysgate %d then %d, glibc %d then %d", inputs[i],
                 formats[f], r, next, s, their_next);
    }
}

static void test_count(void **state) {
  (void)state;
  print_message("%lu sscanf calls compared so far\n", compared);
  assert_true(compared > 10000);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_integers), cmocka_unit_test(test_text),   cmocka_unit_test(test_random),
      cmocka_unit_test(test_floats),   cmocka_unit_test(test_fscanf), cmocka_unit_test(test_wide),
      cmocka_unit_test(test_count),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
