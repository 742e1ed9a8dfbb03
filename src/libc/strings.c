/* index(3), rindex(3), bzero(3), bcmp(3), ffs(3), ffsl(3), ffsll(3): <strings.h>'s
 * BSD names (strcasecmp is in strcase.c).
 *
 * Not obvious: ffs counts bits from 1, so that 0 can mean "no bit set":
 * ffs(1) is 1 and ffs(INT_MIN) is 32 (__builtin_ffs is exactly this; on x86 it is a
 * bsf and a test for zero, no library call).
 */
#include <sysgate/string.h>
#include <sysgate/strings.h>

char *index(const char *s, int c) {
  return strchr(s, c);
}

char *rindex(const char *s, int c) {
  return strrchr(s, c);
}

void bzero(void *s, size_t n) {
  memset(s, 0, n);
}

int bcmp(const void *a, const void *b, size_t n) {
  return memcmp(a, b, n);
}

int ffs(int i) {
  return __builtin_ffs(i);
}

int ffsl(long i) {
  return __builtin_ffsl(i);
}

int ffsll(long long i) {
  return __builtin_ffsll(i);
}
