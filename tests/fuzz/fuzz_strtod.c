/* libFuzzer target for strtod(3), strtof(3), strtold(3) (src/libc/strtod.c): the input,
 * cut at each NUL into strings (up to 16 per input, each also from its middle on), goes
 * to sysgate's and glibc's, and the result's bits, *endptr and errno must agree. The
 * number of cases run is printed at exit.
 *
 * Not obvious: errno is set to a canary on both sides first, so a call that should
 * leave it alone is checked too; a long double is compared on its 10 bytes only.
 */
#include <stdarg.h>
#include <sysgate/errno.h>
#include <sysgate/stdlib.h>
#include <sysgate/string.h>

#include "fuzz.h"
#include "oracle_libc.h"
#include "oracle_printf.h"

#define CANARY 12345

static unsigned long long cases;

/* A message on stderr, by glibc's dprintf (the fuzzer's runtime is glibc's). */
static void say(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  oracle_vdprintf(2, fmt, ap);
  va_end(ap);
}

/* At exit, when the session ends. */
__attribute__((destructor)) static void report(void) {
  say("fuzz_strtod: %llu cases, 0 mismatches\n", cases);
}

static void fail(const char *fn, const char *s) {
  say("MISMATCH %s(\"%.200s\")\n", fn, s);
  __builtin_trap();
}

static void one(const char *s) {
  char *e1, *e2;
  int r1, r2;
  errno = CANARY;
  oracle_set_errno(CANARY);
  double d1 = strtod(s, &e1);
  r1 = errno;
  double d2 = oracle_stdlib.strtod(s, &e2);
  r2 = oracle_get_errno();
  if (memcmp(&d1, &d2, sizeof d1) || e1 != e2 || r1 != r2)
    fail("strtod", s);
  errno = CANARY;
  oracle_set_errno(CANARY);
  float f1 = strtof(s, &e1);
  r1 = errno;
  float f2 = oracle_stdlib.strtof(s, &e2);
  r2 = oracle_get_errno();
  if (memcmp(&f1, &f2, sizeof f1) || e1 != e2 || r1 != r2)
    fail("strtof", s);
  errno = CANARY;
  oracle_set_errno(CANARY);
  long double l1 = strtold(s, &e1);
  r1 = errno;
  long double l2 = oracle_stdlib.strtold(s, &e2);
  r2 = oracle_get_errno();
  if (memcmp(&l1, &l2, 10) || e1 != e2 || r1 != r2)
    fail("strtold", s);
  cases += 3;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static char buf[4097];
  if (size > sizeof buf - 1)
    size = sizeof buf - 1;
  memcpy(buf, data, size);
  buf[size] = '\0';
  const char *s = buf;
  for (int i = 0; i < 16 && s <= buf + size; i++) {
    size_t len = strlen(s);
    one(s);
    if (len > 1)
      one(s + len / 2); /* its second half: another number, cheaply */
    s += len + 1;
  }
  return 0;
}
