/* The copying and comparing functions of sysgate/string.h: strcasecmp, strncasecmp,
 * strcoll, stpcpy, stpncpy, strncat, strxfrm, strlcpy, strlcat, strsignal, strdup,
 * strndup, each against glibc on the same input; output buffers byte for byte, canary
 * bytes around them included.
 *
 * Not obvious: comparisons are compared by sign only, the one thing C promises.
 * strlcpy and strlcat are in glibc only from 2.38; on an older one they are checked
 * against libbsd when installed, and always against their definition.
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

/* Behind volatile pointers too, as S holds the others (suite_string.h). */
static size_t (*volatile sg_strlcpy)(char *, const char *, size_t) = strlcpy;
static size_t (*volatile sg_strlcat)(char *, const char *, size_t) = strlcat;

static int sign(int v) {
  return (v > 0) - (v < 0);
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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_compare),         cmocka_unit_test(test_copies),
      cmocka_unit_test(test_strlcpy_strlcat), cmocka_unit_test(test_strsignal),
      cmocka_unit_test(test_strdup),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
