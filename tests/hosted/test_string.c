/* The searching functions of sysgate/string.h: strnlen, memchr, memrchr, strstr,
 * strcasestr, memmem, strspn, strcspn, strpbrk, strtok, strtok_r, strsep: edge cases
 * (empty strings, a needle longer than its haystack, a needle inside the haystack,
 * n = 0) and a random corpus, each against glibc on the same input; returned pointers
 * are compared as offsets. Copies and comparisons are test_string_copy.c's, strings.h
 * test_strings.c's, what they share suite_string.h.
 *
 * Not obvious: every sysgate function is called through a table read by a volatile
 * pointer, so the compiler cannot treat a call as its builtin (fold strlen of a
 * constant): what runs is sysgate's code.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_libc.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_random.h"
#include "suite_string.h"

/* --- strnlen, memchr, memrchr ---------------------------------------------------- */

static void test_byte_search(void **state) {
  (void)state;
  static const char alphabet[] = {'a', 'b', 0, (char)0xff, (char)0x80, 'A'};
  static const int cs[] = {0, 'a', 'b', 0xff, -1, 0x80, -128, 0x100 + 'a', -256 + 'a', 'z'};
  char buf[72];
  for (unsigned round = 0; round < 1000; round++) {
    size_t len = below(64);
    fill(buf, len, alphabet, sizeof alphabet);
    buf[len] = '\0';
    for (size_t n = 0; n <= len + 1; n++) {
      for (unsigned k = 0; k < sizeof cs / sizeof cs[0]; k++) {
        if (n <= len) {
          SAME_OFFSET("memchr", S->memchr(buf, cs[k], n), G->memchr(buf, cs[k], n), buf);
          SAME_OFFSET("memrchr", S->memrchr(buf, cs[k], n), G->memrchr(buf, cs[k], n), buf);
        }
      }
      assert_int_equal(S->strnlen(buf, n), G->strnlen(buf, n));
      compared++;
    }
    assert_int_equal(S->strnlen(buf, SIZE_MAX), G->strnlen(buf, SIZE_MAX));
  }
  /* strnlen reads no further than maxlen: a buffer with no NUL at all. */
  char nonul[8] = {'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'};
  assert_int_equal(S->strnlen(nonul, sizeof nonul), 8);
  assert_int_equal(S->strnlen(nonul, 3), 3);
  assert_int_equal(S->strnlen("", 0), 0);
  assert_null(S->memchr(nonul, 'x', 0));
  assert_null(S->memrchr(nonul, 'x', 0));
  assert_ptr_equal(S->memrchr(nonul, 'x', 8), nonul + 7);
  print_message("%lu results compared with glibc\n", compared);
}

/* --- strstr, strcasestr, memmem ------------------------------------------------------ */

static void check_search(const char *h, const char *n) {
  SAME_OFFSET("strstr", S->strstr(h, n), G->strstr(h, n), h);
  SAME_OFFSET("strcasestr", S->strcasestr(h, n), G->strcasestr(h, n), h);
}

static void check_memmem(const char *h, size_t hl, const char *n, size_t nl) {
  void *o = S->memmem(h, hl, n, nl), *t = G->memmem(h, hl, n, nl);
  if (o != t)
    fail_msg("memmem(len %zu, len %zu): glibc %ld, sysgate %ld", hl, nl, off(t, h), off(o, h));
  compared++;
}

static void test_substring_edges(void **state) {
  (void)state;
  static const char *const cases[][2] = {
      {"", ""},          {"abc", ""},          {"", "a"},
      {"ab", "abc"},     {"abc", "abc"},       {"abcabd", "abd"},
      {"aaaab", "aab"},  {"ABCabc", "cA"},     {"xAbCx", "aBc"},
      {"aaa", "aaaa"},   {"abababc", "ababc"}, {"\xc9t\xe9", "\xe9"},
      {"a\xc9", "\xe9"}, {"zZ", "z"},          {"[`@{", "`"},
      {"abcd", "d"},     {"abcd", "abcde"},    {"aabaabaaa", "aabaaa"}};
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    check_search(cases[i][0], cases[i][1]);
    check_memmem(cases[i][0], strlen(cases[i][0]), cases[i][1], strlen(cases[i][1]));
  }
  /* A needle inside its own haystack (the two overlap in memory). */
  const char *h = "the quick brown fox";
  check_search(h, h + 4);
  check_search(h, h);
  check_search(h + 4, h + 10);
  check_memmem(h, strlen(h), h + 10, 5);
  check_memmem(h, 0, h, 0);
  check_memmem(h, 3, h, 4);
  /* memmem with NULs inside both. */
  static const char bin[] = {1, 0, 0, 1, 0, 1, 0, 0, 0, 1};
  static const char pat[] = {0, 0, 1};
  check_memmem(bin, sizeof bin, pat, sizeof pat);
  check_memmem(bin, sizeof bin, pat, 1);
  check_memmem(bin, sizeof bin, pat + 2, 1);
}

static void test_substring_random(void **state) {
  (void)state;
  static const char *const alphabets[] = {"ab", "aAbB", "abc", "a", "a\351\311A", "abcdefgh"};
  char h[400], n[64], bh[400], bn[64];
  unsigned long before = compared;
  for (unsigned round = 0; round < 30000; round++) {
    const char *alpha = alphabets[below(sizeof alphabets / sizeof alphabets[0])];
    size_t hl = below(4) == 0 ? below(390) : below(40), nl = below(4) == 0 ? below(40) : below(8);
    fill_str(h, hl, alpha);
    switch (below(3)) {
    case 0: /* a random needle */
      fill_str(n, nl, alpha);
      break;
    case 1: /* a piece of the haystack: found */
      nl = nl > hl ? hl : nl;
      memcpy(n, h + below(hl - nl + 1), nl);
      n[nl] = '\0';
      break;
    default: /* a piece with one byte changed: a near miss */
      nl = nl > hl ? hl : nl;
      memcpy(n, h + below(hl - nl + 1), nl);
      if (nl)
        n[below(nl)] = alpha[below(strlen(alpha))];
      n[nl] = '\0';
      break;
    }
    check_search(h, n);
    check_memmem(h, hl, n, nl);
    /* memmem over bytes 0 and 1, NULs included. */
    static const char bits[] = {0, 1};
    size_t bhl = below(300), bnl = below(24);
    fill(bh, bhl, bits, 2);
    if (below(2) && bnl <= bhl)
      memcpy(bn, bh + below(bhl - bnl + 1), bnl);
    else
      fill(bn, bnl, bits, 2);
    check_memmem(bh, bhl, bn, bnl);
  }
  /* Periodic needles, the Two-Way algorithm's hard case, and one that would cost a
   * naive search |h| * |n| comparisons. Smaller under valgrind, whose replacements
   * of glibc's strstr, strcasestr and memmem are that naive search. */
  static char big[1 << 18], needle[2048];
  size_t big_len = oracle_under_valgrind() ? 1 << 13 : sizeof big - 1;
  size_t needle_len = oracle_under_valgrind() ? 255 : sizeof needle - 1;
  memset(big, 'a', big_len);
  big[big_len] = '\0';
  memset(needle, 'a', needle_len);
  needle[needle_len - 1] = 'b';
  needle[needle_len] = '\0';
  check_search(big, needle);
  check_memmem(big, big_len, needle, needle_len);
  big[big_len - 1] = 'b';
  check_search(big, needle);
  check_memmem(big, big_len, needle, needle_len);
  for (unsigned p = 1; p < 12; p++)
    for (unsigned round = 0; round < 200; round++) {
      char unit[12];
      fill_str(unit, p, "ab");
      size_t nl = p + below(40), hl = nl + below(200);
      for (size_t i = 0; i < hl; i++)
        h[i] = unit[i % p];
      h[hl] = '\0';
      for (size_t i = 0; i < nl; i++)
        n[i] = unit[(i + round) % p];
      n[nl] = '\0';
      if (below(2))
        h[below(hl)] ^= 3; /* 'a' <-> 'b' */
      check_search(h, n);
      check_memmem(h, hl, n, nl);
    }
  print_message("%lu results compared with glibc\n", compared - before);
}

/* --- strspn, strcspn, strpbrk ---------------------------------------------------------- */

static void test_spans(void **state) {
  (void)state;
  static const char *const alphabets[] = {"abc", "ab \t", "\200\377a", "xyz,;"};
  char s[48], set[12];
  unsigned long before = compared;
  for (unsigned round = 0; round < 10000; round++) {
    const char *alpha = alphabets[below(sizeof alphabets / sizeof alphabets[0])];
    fill_str(s, below(40), alpha);
    fill_str(set, below(6), alphabets[below(sizeof alphabets / sizeof alphabets[0])]);
    assert_int_equal(S->strspn(s, set), G->strspn(s, set));
    assert_int_equal(S->strcspn(s, set), G->strcspn(s, set));
    SAME_OFFSET("strpbrk", S->strpbrk(s, set), G->strpbrk(s, set), s);
    compared += 2;
  }
  assert_int_equal(S->strspn("", ""), 0);
  assert_int_equal(S->strcspn("abc", ""), 3);
  assert_null(S->strpbrk("abc", ""));
  print_message("%lu results compared with glibc\n", compared - before);
}

/* --- strtok, strtok_r, strsep ---------------------------------------------------------- */

enum { TOK, TOK_R, SEP };

/* Splits copies of s with one function on each side; every token, every saved
 * position and the bytes left behind must be glibc's. */
static void check_tokens(int fn, const char *s, const char *delim) {
  char a[64], b[64];
  size_t len = strlen(s);
  memcpy(a, s, len + 1);
  memcpy(b, s, len + 1);
  char *sa = NULL, *sb = NULL, *pa = a, *pb = b;
  for (int i = 0; i < 70; i++) {
    char *ta, *tb;
    if (fn == SEP) {
      ta = S->strsep(&pa, delim);
      tb = G->strsep(&pb, delim);
      same_offset("strsep's *stringp", pa, a, pb, b);
    } else if (fn == TOK_R) {
      ta = S->strtok_r(i ? NULL : a, delim, &sa);
      tb = G->strtok_r(i ? NULL : b, delim, &sb);
      same_offset("strtok_r's *saveptr", sa, a, sb, b);
    } else {
      ta = S->strtok(i ? NULL : a, delim);
      tb = G->strtok(i ? NULL : b, delim);
    }
    same_offset(fn == SEP ? "strsep" : fn == TOK_R ? "strtok_r" : "strtok", ta, a, tb, b);
    if (ta == NULL)
      break;
  }
  assert_memory_equal(a, b, len + 1);
}

static void test_tokens(void **state) {
  (void)state;
  static const char *const edges[] = {"", ",", ",,", "a", ",a", "a,", ",,a,,b,,", "a,b,c"};
  for (int fn = TOK; fn <= SEP; fn++)
    for (unsigned i = 0; i < sizeof edges / sizeof edges[0]; i++) {
      check_tokens(fn, edges[i], ",");
      check_tokens(fn, edges[i], "");
      check_tokens(fn, edges[i], ",a");
    }
  char s[48], delim[6];
  unsigned long before = compared;
  for (unsigned round = 0; round < 8000; round++) {
    fill_str(s, below(40), "ab,; \x80");
    fill_str(delim, below(4), ",; \x80");
    check_tokens((int)(round % 3), s, delim);
  }
  /* strtok_r continues from *saveptr alone: a NULL s after the string ended. */
  char again[] = "x";
  char *save;
  assert_ptr_equal(S->strtok_r(again, ",", &save), again);
  assert_null(S->strtok_r(NULL, ",", &save));
  assert_null(S->strtok_r(NULL, ",", &save));
  char *gone = NULL;
  assert_null(S->strsep(&gone, ","));
  print_message("%lu results compared with glibc\n", compared - before);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_byte_search),      cmocka_unit_test(test_substring_edges),
      cmocka_unit_test(test_substring_random), cmocka_unit_test(test_spans),
      cmocka_unit_test(test_tokens),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
