/* check.h: output and self-check helpers for the -nostdlib test programs (write(2) only).
 *
 * Every check prints "ok N what" or "FAIL N what" on stdout, N counting the checks
 * in the order they run, and check_status() is the N of the first failure: so the
 * exit status alone names the check that failed, and ctest's exact comparison of
 * stdout shows it too.
 *
 * Not obvious: everything here is `static inline`, so a program that uses only part
 * of it gets no unused-function warning (-Werror), and no library routine is
 * involved beyond write(): a broken string function shows up as a failed check,
 * not as garbled reporting.
 */
#ifndef SYSGATE_TEST_CHECK_H
#define SYSGATE_TEST_CHECK_H

#include <stddef.h>
#include <sysgate.h>

/* Writes all of s to fd, looping over short writes (a pipe may take less). */
static inline void put_fd(int fd, const char *s) {
  size_t n = 0;
  while (s[n])
    n++; /* not strlen(): string_funcs tests it, and reporting must not depend on it */
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w <= 0)
      return; /* nobody to tell: stdout itself is gone */
    s += w;
    n -= (size_t)w;
  }
}

static inline void put(const char *s) {
  put_fd(STDOUT_FILENO, s);
}

/* Decimal, including the most negative long (its magnitude does not fit a long). */
static inline void put_long(long v) {
  char buf[24];
  char *p = buf + sizeof buf;
  unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
  *--p = '\0';
  do
    *--p = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (v < 0)
    *--p = '-';
  put(p);
}

/* String equality, as strcmp(a, b) == 0 would say; sysgate has no strcmp. */
static inline int str_eq(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

/* One counter per program; a header's static is per translation unit, and each
 * test program that checks things has exactly one that does. */
static int check_count;
static int check_first_failure;

/* Records and prints one check; returns ok so callers can skip dependent checks. */
static inline int check(int ok, const char *what) {
  check_count++;
  if (!ok && check_first_failure == 0)
    check_first_failure = check_count;
  put(ok ? "ok " : "FAIL ");
  put_long(check_count);
  put(" ");
  put(what);
  put("\n");
  return ok;
}

/* The exit status: 0, or the number of the first check that failed. */
static inline int check_status(void) {
  return check_first_failure;
}

#endif
