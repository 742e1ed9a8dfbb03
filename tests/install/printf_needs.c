/* What a printf call links (sysgate/printf_lean.h), built by check_install.sh with
 * sysgate-cc in these ways: no CALL_ (a literal with %f but no m: floats, no strerror),
 * CALL_INT (a literal with no float letter after its first '%': neither), CALL_VARIABLE
 * (a format that is not a literal: all), CALL_M (%m in the format: strerror), CALL_WIDE (%ls
 * and %n: the extra conversions), CALL_POINTER
 * (printf through a pointer: the full function), each also with -DSYSGATE_PRINTF_NO_FLOAT
 * (no float formatter; %f prints its spec back and its argument is skipped). The script
 * checks the symbols and what the program prints.
 */
#include <errno.h>
#include <stdio.h>

int main(void) {
  char buf[32];
  snprintf(buf, sizeof buf, "%-4s|%3d", "ab", 7);
#if CALL_M
  errno = ENOENT;
  printf("%s|%x|%.1f|%m|%d\n", buf, 255u, 2.25, 9);
#elif CALL_POINTER
  int (*out)(const char *, ...) = printf;
  errno = EACCES;
  out("%s|%x|%.1f|%m|%d\n", buf, 255u, 2.25, 9);
#elif CALL_INT
  printf("Each of a few: %s|%x|%d\n", buf, 255u, 9); /* e, f and a before the '%' only */
#elif CALL_WIDE
  int n = 0;
  printf("%s|%ls|%n", buf, L"wide", &n);
  printf("%d\n", n / 4);
#elif CALL_VARIABLE
  const char *volatile format = "%s|%x|%.1f|%d\n";
  printf(format, buf, 255u, 2.25, 9);
#else
  printf("%s|%x|%.1f|%d\n", buf, 255u, 2.25, 9);
#endif
  return 0;
}
