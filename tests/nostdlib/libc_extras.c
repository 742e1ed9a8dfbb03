/* libc_extras: sysgate's strcmp, strncmp, strchr, strrchr, strcpy, strncpy,
 * strcat (string(3)), getenv(3) and abort(3), the functions the drop-in POSIX
 * headers (include/sysgate/posix/) promise beyond string_funcs' mem* and strlen.
 *
 *   libc_extras              the checks, "ok N what" per line; run with exactly the
 *                            environment A=1 AB=long B=xyz EMPTY=
 *   libc_extras abort        a SIGABRT handler that returns, then abort()
 *   libc_extras abort-blocked  SIGABRT blocked, then abort()
 * Both abort runs must end killed by SIGABRT: the test checks the shell's 134.
 *
 * As in string_funcs.c, every string function is called through a volatile
 * function pointer, so the code under test is sysgate's and not a builtin the
 * compiler expanded, and results are compared with bytes computed from their index.
 *
 * Not obvious: strncpy is not a safer strcpy. It always writes exactly n bytes,
 * padding with NULs, and leaves the destination unterminated when the source
 * has n bytes or more; the checks below pin both halves of that.
 */
#include <stddef.h>
#include <sysgate.h>

#include "check.h"

static int (*volatile strcmp_fn)(const char *, const char *) = strcmp;
static int (*volatile strncmp_fn)(const char *, const char *, size_t) = strncmp;
static char *(*volatile strchr_fn)(const char *, int) = strchr;
static char *(*volatile strrchr_fn)(const char *, int) = strrchr;
static char *(*volatile strcpy_fn)(char *restrict, const char *restrict) = strcpy;
static char *(*volatile strncpy_fn)(char *restrict, const char *restrict, size_t) = strncpy;
static char *(*volatile strcat_fn)(char *restrict, const char *restrict) = strcat;
static char *(*volatile getenv_fn)(const char *) = getenv;

#define BUF 64
#define MAX_LEN 40
#define CANARY 'Z'

/* The byte at index i of a test string: varied, never NUL, never the canary,
 * and half of them >= 0x80, where a signed char comparison goes wrong. */
static char pattern(size_t i) {
  unsigned char b = (unsigned char)(i * 37 + 1);
  return b == 0 || b == CANARY ? 'a' : (char)b;
}

static void fill(char *buf, size_t len) {
  for (size_t i = 0; i < len; i++)
    buf[i] = pattern(i);
  buf[len] = '\0';
}

static int sign(int v) {
  return (v > 0) - (v < 0);
}

/* Two strings equal but for one byte at `at`, each order; then one a prefix of
 * the other (its NUL is the first difference, and it is the smaller). */
static int strcmp_all(void) {
  char a[BUF], b[BUF];
  for (size_t n = 0; n <= MAX_LEN; n++) {
    fill(a, n);
    fill(b, n);
    if (strcmp_fn(a, b) != 0)
      return 0;
    for (size_t at = 0; at < n; at++) {
      b[at] = (char)(a[at] ^ 0x80);
      int want = (unsigned char)a[at] < (unsigned char)b[at] ? -1 : 1;
      int ok = sign(strcmp_fn(a, b)) == want && sign(strcmp_fn(b, a)) == -want;
      b[at] = '\0';
      ok = ok && sign(strcmp_fn(a, b)) == 1 && sign(strcmp_fn(b, a)) == -1;
      b[at] = a[at];
      if (!ok)
        return 0;
    }
  }
  return 1;
}

/* strncmp sees only the first n bytes: a difference at `at` counts iff at < n. */
static int strncmp_all(void) {
  char a[BUF], b[BUF];
  fill(a, MAX_LEN);
  fill(b, MAX_LEN);
  for (size_t at = 0; at < MAX_LEN; at++) {
    b[at] = (char)(a[at] ^ 0x80);
    for (size_t n = 0; n <= MAX_LEN; n++) {
      int want = at >= n ? 0 : (unsigned char)a[at] < (unsigned char)b[at] ? -1 : 1;
      if (sign(strncmp_fn(a, b, n)) != want)
        return 0;
    }
    b[at] = a[at];
  }
  return 1;
}

/* Every position of a sought byte that occurs once, in strings of every length. */
static int strchr_all(void) {
  char s[BUF];
  for (size_t n = 1; n <= MAX_LEN; n++)
    for (size_t at = 0; at < n; at++) {
      for (size_t i = 0; i < n; i++)
        s[i] = 'x';
      s[n] = '\0';
      s[at] = '\xe9'; /* >= 0x80: the int argument 0xe9 must match a char that is -23 */
      if (strchr_fn(s, 0xe9) != s + at || strrchr_fn(s, 0xe9) != s + at)
        return 0;
      if (strchr_fn(s, '\0') != s + n || strrchr_fn(s, '\0') != s + n)
        return 0;
      if (strchr_fn(s, 'y') != NULL || strrchr_fn(s, 'y') != NULL)
        return 0;
    }
  return 1;
}

/* strcpy copies the string and its NUL, and not one byte more. */
static int strcpy_all(void) {
  char src[BUF], dst[BUF];
  for (size_t n = 0; n <= MAX_LEN; n++) {
    fill(src, n);
    for (size_t i = 0; i < BUF; i++)
      dst[i] = CANARY;
    if (strcpy_fn(dst, src) != dst)
      return 0;
    for (size_t i = 0; i < BUF; i++)
      if (dst[i] != (i < n ? pattern(i) : i == n ? '\0' : CANARY))
        return 0;
  }
  return 1;
}

/* strncpy writes exactly `room` bytes: the source, then NULs; never a terminator
 * of its own when the source fills them all. */
static int strncpy_all(void) {
  char src[BUF], dst[BUF];
  for (size_t n = 0; n <= MAX_LEN; n++)
    for (size_t room = 0; room <= MAX_LEN; room++) {
      fill(src, n);
      for (size_t i = 0; i < BUF; i++)
        dst[i] = CANARY;
      if (strncpy_fn(dst, src, room) != dst)
        return 0;
      for (size_t i = 0; i < BUF; i++)
        if (dst[i] != (i >= room ? CANARY : i < n ? pattern(i) : '\0'))
          return 0;
    }
  return 1;
}

static int strcat_examples(void) {
  char buf[16] = "ab";
  char *r = strcat_fn(buf, "cd");
  r = strcat_fn(r, "");
  return r == buf && str_eq(strcat_fn(buf, "e"), "abcde");
}

/* A returned pointer is a string, equal to want; want NULL means NULL. */
static int env_is(const char *name, const char *want) {
  const char *got = getenv_fn(name);
  return want == NULL ? got == NULL : got != NULL && str_eq(got, want);
}

static int checks(void) {
  check(strcmp_fn("", "") == 0, "strcmp(\"\", \"\") == 0");
  check(strcmp_fn("abc", "abd") < 0 && strcmp_fn("abd", "abc") > 0, "strcmp \"abc\" < \"abd\"");
  check(strcmp_fn("ab", "abc") < 0, "strcmp: a prefix is smaller");
  check(strcmp_fn("\x80", "\x01") > 0, "strcmp(\"\\x80\", \"\\x01\") > 0: bytes are unsigned");
  check(strcmp_all(), "strcmp: lengths 0..40, one differing byte or a shorter string anywhere");
  check(strncmp_fn("abcX", "abcY", 3) == 0, "strncmp stops after n bytes");
  check(strncmp_fn("ab\0X", "ab\0Y", 4) == 0, "strncmp stops at a NUL in both");
  check(strncmp_fn("x", "y", 0) == 0, "strncmp of 0 bytes == 0");
  check(strncmp_all(), "strncmp: a difference at 0..39 counts only within n");

  static const char path[] = "/usr/local/bin";
  check(strchr_fn(path, '/') == path && strrchr_fn(path, '/') == path + 10,
        "strchr and strrchr: first and last '/' of \"/usr/local/bin\"");
  check(strchr_fn(path, 0x100 + 'u') == path + 1, "strchr(s, 0x175) finds 'u': c is a char");
  check(strchr_all(), "strchr, strrchr: a byte >= 0x80 anywhere, '\\0', and a missing byte");

  check(strcpy_all(), "strcpy: lengths 0..40, the NUL and not a byte more");
  check(strncpy_all(), "strncpy: lengths 0..40 into 0..40 bytes, NUL padding, no terminator");
  check(strcat_examples(), "strcat: \"ab\" + \"cd\" + \"\" + \"e\" is \"abcde\"");

  check(env_is("A", "1") && env_is("B", "xyz"), "getenv: A=1, B=xyz");
  check(env_is("AB", "long"), "getenv(\"AB\"): not A's entry, whose name is a prefix");
  check(env_is("EMPTY", ""), "getenv(\"EMPTY\") is \"\", not NULL");
  check(env_is("C", NULL) && env_is("ABC", NULL), "getenv of an unset name is NULL");
  check(env_is("A=1", NULL) && env_is("", NULL), "getenv of \"A=1\" or \"\" is NULL");
  return check_status();
}

static void returning_handler(int sig) {
  (void)sig;
  put("handler returned\n");
}

int main(int argc, char **argv) {
  if (argc < 2)
    return checks();

  if (str_eq(argv[1], "abort")) {
    struct sigaction sa = {.sa_handler = returning_handler};
    sigaction(SIGABRT, &sa, NULL);
  } else if (str_eq(argv[1], "abort-blocked")) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGABRT);
    sigprocmask(SIG_BLOCK, &set, NULL);
  } else {
    return 100;
  }
  abort();
}
