/* The string functions of the C library layer (sysgate/string.h, sysgate/strings.h):
 * strnlen, memchr, memrchr, strstr, strcasestr, memmem, strspn, strcspn, strpbrk,
 * strtok, strtok_r, strsep, strcasecmp, strncasecmp, stpcpy, stpncpy, strncat,
 * strlcpy, strlcat, strcoll, strxfrm, strsignal, strdup, strndup, index, rindex,
 * bzero, bcmp, ffs, ffsl, ffsll: edge cases (empty strings, a needle longer than
 * its haystack, a needle inside the haystack, n = 0) and a random corpus, each
 * against glibc on the same input; returned pointers are compared as offsets,
 * output buffers byte for byte, canary bytes around them included.
 *
 * Not obvious: every sysgate function is called through a table read by a volatile
 * pointer, so the compiler cannot treat a call as its builtin (fold strlen of a
 * constant, turn stpcpy into strcpy): what runs is sysgate's code. Comparisons are
 * compared by sign only, the one thing C promises. strlcpy and strlcat are in glibc
 * only from 2.38; on an older one they are checked against libbsd when installed,
 * and always against their definition.
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
#define SUITE_RANDOM_SEED 0x2545f4914f6cdd1du
#include "suite_random.h"

/* sysgate's side, in the oracle's table type (strlcpy and strlcat apart: glibc 2.36
 * has none for the oracle's table). */
static const struct oracle_string_fns sysgate_string = {
    ORACLE_STRING_FUNCTIONS(ORACLE_STRING_INIT) // .strnlen = strnlen, ... (sysgate_strnlen)
};
static const struct oracle_string_fns *volatile S = &sysgate_string;
static const struct oracle_string_fns *const G = &oracle_string;
static size_t (*volatile sg_strlcpy)(char *, const char *, size_t) = strlcpy;
static size_t (*volatile sg_strlcat)(char *, const char *, size_t) = strlcat;

static size_t below(size_t n) {
  return n ? (size_t)(next_random() % n) : 0;
}

/* n random bytes from alphabet (which may hold a NUL: its length is given). */
static void fill(char *out, size_t n, const char *alphabet, size_t alen) {
  for (size_t i = 0; i < n; i++)
    out[i] = alphabet[below(alen)];
}
/* The same, as a string: n bytes of the alphabet's non-NUL bytes and a NUL. */
static void fill_str(char *out, size_t n, const char *alphabet) {
  fill(out, n, alphabet, strlen(alphabet));
  out[n] = '\0';
}

static long off(const void *p, const void *base) {
  return p ? (long)((const char *)p - (const char *)base) : -1;
}
static int sign(int v) {
  return (v > 0) - (v < 0);
}

static unsigned long compared;

/* ours - obase and theirs - tbase are the same offset, or both are NULL. */
static void same_offset(const char *what, const void *ours, const void *obase, const void *theirs,
                        const void *tbase) {
  long o = off(ours, obase), t = off(theirs, tbase);
  if (o != t)
    fail_msg("%s: glibc %ld, sysgate %ld", what, t, o);
  compared++;
}
#define SAME_OFFSET(what, ours, theirs, base) same_offset((what), (ours), (base), (theirs), (base))

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

/* --- strcasecmp, strncasecmp, strcoll -------------------------------------------------- */

static void test_compare(void **state) {
  (void)state;
  char a[32], b[32];
  unsigned long before = compared;
  for (unsigned round = 0; round < 15000; round++) {
    const char *alpha = round % 2 ? "aAbB[_`{" : "aAzZ\xc9\xe9\x80\xff@";
    size_t la = below(12);
    fill_str(a, la, alpha);
    if (below(2)) { /* b: a with case changes, maybe cut or extended */
      memcpy(b, a, la + 1);
      for (size_t i = 0; i < la; i++)
        if (below(2) && ((b[i] | 32) >= 'a' && (b[i] | 32) <= 'z'))
          b[i] ^= 32;
      if (below(3) == 0)
        b[below(la + 1)] = below(2) ? '\0' : alpha[below(strlen(alpha))];
      b[la] = '\0';
    } else {
      fill_str(b, below(12), alpha);
    }
    int o = S->strcasecmp(a, b), t = G->strcasecmp(a, b);
    if (sign(o) != sign(t))
      fail_msg("strcasecmp(\"%s\", \"%s\"): glibc %d, sysgate %d", a, b, t, o);
    for (size_t n = 0; n < 14; n++)
      if (sign(S->strncasecmp(a, b, n)) != sign(G->strncasecmp(a, b, n)))
        fail_msg("strncasecmp(\"%s\", \"%s\", %zu) differs", a, b, n);
    assert_int_equal(sign(S->strncasecmp(a, b, SIZE_MAX)), sign(t));
    assert_int_equal(sign(S->strcoll(a, b)), sign(G->strcoll(a, b)));
    assert_int_equal(sign(S->bcmp(a, b, la)) == 0, sign(G->bcmp(a, b, la)) == 0);
    compared += 18;
  }
  assert_int_equal(S->strcasecmp("", ""), 0);
  assert_int_equal(S->strncasecmp("abc", "xyz", 0), 0);
  assert_true(S->strcasecmp("_", "A") < 0); /* 'A' compares as 'a' (0x61) */
  print_message("%lu results compared with glibc\n", compared - before);
}

/* --- stpcpy, stpncpy, strncat, strxfrm, strlcpy, strlcat ------------------------------- */

#define BUF 48
#define CANARY ((char)0xa5)

static void canary(char *a, char *b) {
  memset(a, CANARY, BUF);
  memset(b, CANARY, BUF);
}

static void test_copies(void **state) {
  (void)state;
  char a[BUF], b[BUF], src[24], init[24];
  unsigned long before = compared;
  for (unsigned round = 0; round < 5000; round++) {
    size_t sl = below(20);
    fill_str(src, sl, "abcXYZ\x80");
    canary(a, b);
    same_offset("stpcpy", S->stpcpy(a + 2, src), a, G->stpcpy(b + 2, src), b);
    assert_memory_equal(a, b, BUF);
    for (size_t n = 0; n < sl + 4; n++) {
      canary(a, b);
      same_offset("stpncpy", S->stpncpy(a + 1, src, n), a, G->stpncpy(b + 1, src, n), b);
      assert_memory_equal(a, b, BUF);
      canary(a, b);
      size_t xo = S->strxfrm(a + 1, src, n), xt = G->strxfrm(b + 1, src, n);
      assert_int_equal(xo, xt);
      assert_memory_equal(a, b, BUF);
      /* strncat onto a string already there. */
      fill_str(init, below(12), "pq");
      canary(a, b);
      strcpy(a + 1, init);
      strcpy(b + 1, init);
      assert_ptr_equal(S->strncat(a + 1, src, n), a + 1);
      G->strncat(b + 1, src, n);
      assert_memory_equal(a, b, BUF);
      compared += 4;
    }
  }
  /* strncat takes at most n bytes of src, which need not be NUL-terminated. */
  char d[8] = "ab";
  static const char raw[3] = {'x', 'y', 'z'};
  assert_ptr_equal(S->strncat(d, raw, 3), d);
  assert_string_equal(d, "abxyz");
  print_message("%lu results compared with glibc\n", compared - before);
}

/* strlcpy and strlcat as glibc 2.38 defines them (string/strlcpy.c, strlcat.c):
 * written out here from that definition, independently of sysgate's code. */
static size_t model_strlcpy(char *dst, const char *src, size_t size) {
  size_t n = strlen(src);
  for (size_t i = 0; size && i < size - 1 && i < n; i++)
    dst[i] = src[i];
  if (size)
    dst[n < size - 1 ? n : size - 1] = '\0';
  return n;
}
static size_t model_strlcat(char *dst, const char *src, size_t size) {
  size_t d = 0;
  while (d < size && dst[d])
    d++;
  if (d == size)
    return size + strlen(src);
  return d + model_strlcpy(dst + d, src, size - d);
}

static void test_strlcpy_strlcat(void **state) {
  (void)state;
  struct oracle_strl other;
  int have_other = oracle_strl(&other) == 0;
  char a[BUF], b[BUF], c[BUF], src[24];
  unsigned long before = compared;
  for (unsigned round = 0; round < 4000; round++) {
    fill_str(src, below(20), "abc");
    size_t dl = below(16);
    for (size_t size = 0; size < 26; size++) {
      canary(a, b);
      memset(c, CANARY, BUF);
      size_t r = sg_strlcpy(a + 1, src, size);
      assert_int_equal(r, model_strlcpy(b + 1, src, size));
      assert_memory_equal(a, b, BUF);
      if (have_other) {
        assert_int_equal(r, other.strlcpy(c + 1, src, size));
        assert_memory_equal(a, c, BUF);
      }
      /* strlcat onto dl bytes, which may have no NUL within size. */
      canary(a, b);
      memset(c, CANARY, BUF);
      fill_str(a + 1, dl, "xy");
      memcpy(b + 1, a + 1, dl + 1);
      memcpy(c + 1, a + 1, dl + 1);
      r = sg_strlcat(a + 1, src, size);
      assert_int_equal(r, model_strlcat(b + 1, src, size));
      assert_memory_equal(a, b, BUF);
      if (have_other) {
        assert_int_equal(r, other.strlcat(c + 1, src, size));
        assert_memory_equal(a, c, BUF);
      }
      compared += have_other ? 4 : 2;
    }
  }
  /* size 0: nothing written, and glibc 2.38 allows dst NULL then. */
  assert_int_equal(sg_strlcpy(NULL, "abc", 0), 3);
  assert_int_equal(sg_strlcat(NULL, "abc", 0), 3);
  char small[4] = "xy";
  assert_int_equal(sg_strlcat(small, "abcdef", sizeof small), 8);
  assert_string_equal(small, "xya");
  print_message("%lu results compared (model%s%s)\n", compared - before,
                have_other ? " and " : "; no strlcpy in glibc or libbsd here",
                have_other ? other.from : "");
}

/* --- strsignal ------------------------------------------------------------------------- */

static void test_strsignal(void **state) {
  (void)state;
  /* The named signals and the unknown ones read as glibc's. */
  static const int extra[] = {0, -1, -100, 65, 66, 128, 1000, 2147483647, -2147483647 - 1};
  for (int sig = 1; sig <= 31; sig++)
    assert_string_equal(S->strsignal(sig), G->strsignal(sig));
  for (unsigned i = 0; i < sizeof extra / sizeof extra[0]; i++) {
    char theirs[64];
    strcpy(theirs, G->strsignal(extra[i]));
    assert_string_equal(S->strsignal(extra[i]), theirs);
  }
  /* Real-time signals: SIGRTMIN + k is "Real-time signal k" in both, from each one's
   * own SIGRTMIN (glibc's is 34, sysgate's 32). */
  int g_min = oracle_sigrtmin(), g_max = oracle_sigrtmax();
  assert_int_equal(g_max, SIGRTMAX);
  for (int k = 0; SIGRTMIN + k <= SIGRTMAX; k++) {
    char want[64];
    if (g_min + k <= g_max)
      strcpy(want, G->strsignal(g_min + k));
    else
      strcpy(stpcpy(want, "Real-time signal "), k == 31 ? "31" : "32");
    assert_string_equal(S->strsignal(SIGRTMIN + k), want);
  }
  assert_string_equal(S->strsignal(SIGSEGV), "Segmentation fault");
  assert_string_equal(S->strsignal(SIGRTMIN), "Real-time signal 0");
}

/* --- strdup, strndup ------------------------------------------------------------------- */

static void test_strdup(void **state) {
  (void)state;
  char src[40];
  for (unsigned round = 0; round < 500; round++) {
    size_t len = below(36);
    fill_str(src, len, "abc\xff");
    char *o = S->strdup(src);
    assert_non_null(o);
    assert_string_equal(o, src);
    assert_ptr_not_equal(o, src);
    S->free(o);
    for (size_t n = 0; n < len + 3; n++) {
      char *on = S->strndup(src, n), *tn = G->strndup(src, n);
      assert_non_null(on);
      assert_string_equal(on, tn);
      S->free(on);
      G->free(tn);
    }
  }
  /* strndup reads no more than n bytes: src need not be a string. */
  static const char raw[4] = {'a', 'b', 'c', 'd'};
  char *p = S->strndup(raw, 2);
  assert_string_equal(p, "ab");
  S->free(p);
}

/* --- index, rindex, bzero, bcmp, ffs --------------------------------------------------- */

static void test_strings_h(void **state) {
  (void)state;
  char s[40], a[40], b[40];
  for (unsigned round = 0; round < 10000; round++) {
    fill_str(s, below(32), "abc\x80");
    int c = "abcz\x80"[below(6)]; /* the last is the NUL */
    SAME_OFFSET("index", S->index(s, c), G->index(s, c), s);
    SAME_OFFSET("rindex", S->rindex(s, c), G->rindex(s, c), s);
    size_t at = below(32), n = below(40 - at);
    memset(a, 'q', sizeof a);
    memset(b, 'q', sizeof b);
    S->bzero(a + at, n);
    G->bzero(b + at, n);
    assert_memory_equal(a, b, sizeof a);
    long long v = (long long)next_random() >> below(64);
    assert_int_equal(S->ffs((int)v), G->ffs((int)v));
    assert_int_equal(S->ffsl((long)v), G->ffsl((long)v));
    assert_int_equal(S->ffsll(v), G->ffsll(v));
  }
  assert_int_equal(S->ffs(0), 0);
  assert_int_equal(S->ffs(-2147483647 - 1), 32);
  assert_int_equal(S->ffsll(1ll << 40), 41);
  assert_int_equal(S->bcmp("a", "b", 0), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_byte_search),      cmocka_unit_test(test_substring_edges),
      cmocka_unit_test(test_substring_random), cmocka_unit_test(test_spans),
      cmocka_unit_test(test_tokens),           cmocka_unit_test(test_compare),
      cmocka_unit_test(test_copies),           cmocka_unit_test(test_strlcpy_strlcat),
      cmocka_unit_test(test_strsignal),        cmocka_unit_test(test_strdup),
      cmocka_unit_test(test_strings_h),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
