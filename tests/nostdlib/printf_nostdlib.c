/* printf_nostdlib: sysgate's snprintf(3), sprintf(3), dprintf(3) and asprintf(3) in a
 * program started by sysgate's own _start, with no glibc anywhere, through the drop-in
 * <stdio.h>: a few outputs checked byte for byte, then lines written with dprintf.
 *
 * Not obvious: the expected strings here are glibc's output for the same calls, so this
 * program repeats on both arches a little of what the hosted suite test_printf compares
 * at length; dprintf's own lines are checked by ctest against the expected stdout.
 */
#include <stddef.h>
#include <stdint.h>
#include <sysgate.h>

#include "check.h"

static int (*volatile snprintf_fn)(char *, size_t, const char *, ...) = snprintf;

int main(void) {
  char b[64];
  int r = snprintf(b, sizeof b, "%d|%5s|%-4x|%#o|%+.3d|%c", -42, "ab", 255u, 8u, 7, 'z');
  check(r == 25 && str_eq(b, "-42|   ab|ff  |010|+007|z"), "snprintf: d s x o c, flags, width");
  r = snprintf(b, sizeof b, "%lld %llu %zu %p %p", -9223372036854775807LL - 1,
               18446744073709551615ULL, (size_t)3, (void *)0, (void *)0x1f);
  check(r == 54 && str_eq(b, "-9223372036854775808 18446744073709551615 3 (nil) 0x1f"),
        "snprintf: 64-bit values, %p");
  r = snprintf_fn(b, 5, "%s", "truncated");
  check(r == 9 && str_eq(b, "trun"), "snprintf: truncation, the whole count returned");
  r = snprintf_fn(NULL, 0, "%*d", 30, 1);
  check(r == 30, "snprintf(NULL, 0): the count alone");
  r = snprintf_fn(b, sizeof b, "%s|%.3s|%.2s", (char *)0, (char *)0, "xyz");
  check(r == 10 && str_eq(b, "(null)||xy"), "snprintf: NULL strings as glibc");
  errno = ENOENT;
  r = snprintf(b, sizeof b, "%m");
  check(r == 25 && str_eq(b, "No such file or directory"), "snprintf: %m");
  r = sprintf(b, "%05d%%", 42);
  check(r == 6 && str_eq(b, "00042%"), "sprintf");
  char *s = NULL;
  r = asprintf(&s, "%s-%0*d", "id", 8, 123);
  check(r == 11 && s && str_eq(s, "id-00000123"), "asprintf");
  free(s);
  r = snprintf_fn(b, sizeof b, "%d %f %d %.3Le %g %a", 1, 2.5, 3, 1e300L, 0.0001, -1.0);
  check(r == 38 && str_eq(b, "1 2.500000 3 1.000e+300 0.0001 -0x1p+0"), "floating point, in step");
  r = dprintf(STDOUT_FILENO, "dprintf: %s %d %x\n", "to stdout", 10, 10u);
  check(r == 24, "dprintf's count");
  r = dprintf(STDOUT_FILENO, "%600d|\n", 5); /* more than its 512-byte buffer */
  check(r == 602, "dprintf past its buffer");
  return check_status();
}
