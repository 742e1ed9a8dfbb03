/* <ctype.h> (sysgate/ctype.h): every classification and case function, for every
 * argument from -128 to 255, against glibc's C locale; inline (as the header
 * compiles into the caller), through the addressable definition in
 * src/libc/ctype.c, and through a pointer taken in this file.
 *
 * Not obvious: glibc's is* functions return a table bit (2048, 1024 ...), not 1,
 * so the classes are compared as true or false; tolower, toupper and toascii are
 * compared by value. -128..-2 are no valid argument (not EOF, not an unsigned
 * char's value: a negative plain char passed by mistake), but glibc's table answers
 * them, with no class and, from tolower and toupper, the byte's unsigned value
 * c + 256; sysgate answers the same. Beyond -128..255 only the mappings are
 * compared: glibc's is* index their table unchecked there.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle_libc.h"
#include <sysgate.h>
#include <sysgate/ctype.h>

#define FIRST (-128)
#define LAST 255

/* The compiler sees an opaque int, so an inline call cannot be folded at compile time. */
static int opaque(int c) {
  __asm__("" : "+r"(c));
  return c;
}

enum {
#define CTYPE_INDEX(name) IDX_##name,
  ORACLE_CTYPE_FUNCTIONS(CTYPE_INDEX) CTYPE_COUNT
};

/* sysgate's function `which`, called by name, so the header's inline body runs. */
static int call_inline(int which, int c) {
  switch (which) {
#define CTYPE_CASE(name)                                                                           \
  case IDX_##name:                                                                                 \
    return name(opaque(c));
    ORACLE_CTYPE_FUNCTIONS(CTYPE_CASE)
  }
  fail_msg("no ctype function %d", which);
  return 0;
}

/* sysgate's external definitions, taken by address: what &isalpha gives a program. */
#define CTYPE_ROW(name) {#name, name},
static const struct oracle_ctype_fn ours[] = {ORACLE_CTYPE_FUNCTIONS(CTYPE_ROW){0, 0}};

/* The case and ASCII mappings return a value; the rest a truth. */
static int is_mapping(const char *name) {
  return name[0] == 't';
}

static void test_every_argument_as_glibc(void **state) {
  (void)state;
  unsigned compared = 0;
  for (int i = 0; i < CTYPE_COUNT; i++) {
    const struct oracle_ctype_fn *g = &oracle_ctype_fns[i];
    int (*volatile ext)(int) = ours[i].fn;
    assert_string_equal(ours[i].name, g->name);
    for (int c = FIRST; c <= LAST; c++) {
      int want = g->fn(c), in = call_inline(i, c), out = ext(c);
      if (is_mapping(g->name)) {
        if (in != want || out != want)
          fail_msg("%s(%d): glibc %d, sysgate inline %d, external %d", g->name, c, want, in, out);
      } else if (!in != !want || !out != !want) {
        fail_msg("%s(%d): glibc %s, sysgate inline %d, external %d", g->name, c,
                 want ? "true" : "false", in, out);
      }
      compared += 2;
    }
  }
  assert_null(oracle_ctype_fns[CTYPE_COUNT].name);
  /* Far outside the table: the mappings give c back. */
  static const int far[] = {-2147483647 - 1, -100000, -129, 256, 300, 65 + 256, 2147483647};
  for (int i = 0; i < CTYPE_COUNT; i++)
    for (unsigned k = 0; is_mapping(ours[i].name) && k < sizeof far / sizeof far[0]; k++) {
      int c = far[k], want = oracle_ctype_fns[i].fn(c);
      assert_int_equal(call_inline(i, c), want);
      assert_int_equal(ours[i].fn(c), want);
      compared += 2;
    }
  print_message("%u results compared with glibc (%d functions, arguments %d..%d and beyond)\n",
                compared, CTYPE_COUNT, FIRST, LAST);
}

/* The C locale's classes by their definitions (C11 7.4.1), independent of glibc. */
static void test_classes_by_definition(void **state) {
  (void)state;
  const char *space = " \t\n\v\f\r", *blank = " \t";
  const char *punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  for (int c = 0; c < 128; c++) {
    int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    int digit = c >= '0' && c <= '9';
    assert_int_equal(!!isspace(opaque(c)), c != 0 && strchr(space, c) != NULL);
    assert_int_equal(!!isblank(opaque(c)), c != 0 && strchr(blank, c) != NULL);
    assert_int_equal(!!ispunct(opaque(c)), c != 0 && strchr(punct, c) != NULL);
    assert_int_equal(!!isalnum(opaque(c)), letter || digit);
    assert_int_equal(!!isgraph(opaque(c)), letter || digit || (c != 0 && strchr(punct, c)));
    assert_int_equal(!!isprint(opaque(c)), !!isgraph(c) || c == ' ');
    assert_int_equal(!!iscntrl(opaque(c)), !isprint(c));
    assert_true(isascii(opaque(c)));
  }
  for (int c = 128; c < 256; c++) /* no class at all in the C locale */
    for (int i = 0; i < CTYPE_COUNT; i++)
      if (!is_mapping(ours[i].name) && ours[i].fn(c))
        fail_msg("%s(%d) is true", ours[i].name, c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_argument_as_glibc),
      cmocka_unit_test(test_classes_by_definition),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
