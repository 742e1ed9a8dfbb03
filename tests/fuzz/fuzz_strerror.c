/* libFuzzer target for the messages (src/strerror.c, src/errname.c): strerror,
 * the POSIX strerror_r and sysgate_errno_name on any int and any buffer size.
 *
 * Properties: strerror never returns NULL; a value of the kernel's list gets
 * exactly that list's message (the table, built here from the same X-macro
 * list), any other "Unknown error N" with N in decimal; strerror_r agrees with
 * strerror, returns 0, ERANGE or EINVAL as POSIX says, never writes past buflen
 * and NUL-terminates whenever buflen > 0; errno_name is NULL exactly for values
 * outside the list, and otherwise names an E* constant of that value.
 */
#include <sysgate/errno.h>
#include <sysgate/string.h>

#include "fuzz.h"

struct entry {
  int value;
  const char *name, *message;
};
static const struct entry table[] = {
#define ENTRY(name, message) {name, #name, message},
    SYSGATE_ERRNO_LIST(ENTRY)
#undef ENTRY
};

static const struct entry *lookup(int v) {
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (table[i].value == v)
      return &table[i];
  return 0;
}

/* "Unknown error N", written independently of src/strerror.c. */
static void unknown(int v, char *out) {
  const char *prefix = "Unknown error ";
  while (*prefix)
    *out++ = *prefix++;
  char digits[16];
  int n = 0;
  long long x = v;
  if (x < 0)
    *out++ = '-', x = -x;
  do
    digits[n++] = (char)('0' + x % 10);
  while ((x /= 10) != 0);
  while (n)
    *out++ = digits[--n];
  *out = '\0';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int v;
  unsigned char buflen;
  fuzz_take(&data, &size, &v, sizeof v);
  fuzz_take(&data, &size, &buflen, 1);
  if (size == 0 && (v & 1)) /* reach the list's own values as often as the rest */
    v = (int)((unsigned)v % 140);

  const char *s = strerror(v);
  FUZZ_REQUIRE(s != 0);
  const struct entry *e = lookup(v);
  char expect[40];
  if (v == 0)
    FUZZ_REQUIRE(fuzz_streq(s, "Success"));
  else if (e)
    FUZZ_REQUIRE(fuzz_streq(s, e->message));
  else {
    unknown(v, expect);
    FUZZ_REQUIRE(fuzz_streq(s, expect));
  }
  size_t len = strlen(s);
  FUZZ_REQUIRE(len < 64);

  /* strerror_r into a guarded buffer: bytes past buflen keep their canary */
  char buf[256 + 16];
  for (size_t i = 0; i < sizeof buf; i++)
    buf[i] = (char)0x5a;
  errno = 777;
  int r = strerror_r(v, buf, buflen);
  FUZZ_REQUIRE(errno == 777);
  for (size_t i = buflen; i < sizeof buf; i++)
    FUZZ_REQUIRE(buf[i] == (char)0x5a);
  int known = v == 0 || e;
  FUZZ_REQUIRE(r == (!known ? EINVAL : len >= buflen ? ERANGE : 0));
  if (buflen > 0) {
    size_t n = strlen(buf);
    FUZZ_REQUIRE(n < buflen);
    FUZZ_REQUIRE(n == (len < buflen ? len : (size_t)buflen - 1));
    FUZZ_REQUIRE(memcmp(buf, s, n) == 0);
  }

  const char *name = sysgate_errno_name(v);
  if (!e)
    FUZZ_REQUIRE(name == 0);
  else {
    FUZZ_REQUIRE(name != 0 && name[0] == 'E');
    const struct entry *same = lookup(v);
    FUZZ_REQUIRE(fuzz_streq(name, same->name));
  }
  return 0;
}
