/* errs: the BSD <err.h> family as programs use it: warn(3) and warnx(3) report and
 * go on, err(3) and errx(3) report and exit with the given status; the v* forms take
 * a va_list. Each operand names a file to open, or is an action: "warnx", "errx",
 * "verr", "errno=N".
 *
 * Not obvious: warn and err append ": " and strerror(errno) of the errno at the
 * time of the call, and all of them start with the program's name (from argv[0],
 * without the directory). They do not flush stdout: with stdout a file, its lines
 * come after all of the messages.
 */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void fail(int status, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verr(status, fmt, ap);
}

static void note(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vwarnx(fmt, ap);
  va_end(ap);
}

int main(int argc, char *argv[]) {
  printf("%d operands\n", argc - 1);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    printf("operand %d: %s\n", i, a);
    if (strcmp(a, "warnx") == 0) {
      warnx("a warning without errno, number %d", i);
    } else if (strcmp(a, "vwarnx") == 0) {
      note("a note through vwarnx: %s", a);
    } else if (strcmp(a, "errx") == 0) {
      errx(7, "giving up at operand %d", i);
    } else if (strcmp(a, "verr") == 0) {
      errno = EACCES;
      fail(8, "verr with %s", "EACCES");
    } else if (strncmp(a, "errno=", 6) == 0) {
      errno = atoi(a + 6);
      warn("errno set to %d", errno);
    } else {
      int fd = open(a, O_RDONLY);
      if (fd < 0)
        err(3, "cannot open %s", a);
      printf("opened %s\n", a);
      close(fd);
    }
  }
  printf("done\n");
  return 0;
}
