/* fuzz.h: what the libFuzzer targets of the pure functions share (fuzz_errno.c,
 * fuzz_strerror.c, fuzz_sysnames.c).
 *
 * Not obvious: a broken property calls __builtin_trap(), which libFuzzer reports
 * as a crash with the input that caused it; assert() would depend on NDEBUG and
 * on glibc's abort, which the fuzzer's own runtime intercepts differently.
 */
#ifndef SYSGATE_FUZZ_H
#define SYSGATE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#define FUZZ_REQUIRE(cond)                                                                         \
  do {                                                                                             \
    if (!(cond))                                                                                   \
      __builtin_trap();                                                                            \
  } while (0)

/* The next n bytes of the input into out, zeros past its end. */
static inline void fuzz_take(const uint8_t **data, size_t *size, void *out, size_t n) {
  unsigned char *o = out;
  for (size_t i = 0; i < n; i++) {
    o[i] = *size ? **data : 0;
    if (*size)
      (*data)++, (*size)--;
  }
}

static inline int fuzz_streq(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

#endif
