/* sleep: pause for a number of seconds, which may have a fraction and a suffix s, m
 * or h, like sleep(1); several operands add up. Uses strtod(3) and nanosleep(2),
 * and sleep(3) for whole seconds.
 *
 * Not obvious: nanosleep wants the fraction in nanoseconds, below 10^9, and returns
 * early with EINTR and the time left when a signal arrives, so it is called again.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  if (argc < 2)
    errx(1, "missing operand");
  double total = 0;
  for (int i = 1; i < argc; i++) {
    char *end;
    double v = strtod(argv[i], &end);
    if (end == argv[i] || v < 0)
      errx(1, "invalid time interval '%s'", argv[i]);
    switch (*end) {
    case 'h':
      v *= 60; /* fall through */
    case 'm':
      v *= 60; /* fall through */
    case 's':
      end++;
      break;
    case '\0':
      break;
    default:
      errx(1, "invalid time interval '%s'", argv[i]);
    }
    if (*end != '\0')
      errx(1, "invalid time interval '%s'", argv[i]);
    total += v;
  }
  unsigned whole = (unsigned)total;
  if (whole > 0 && sleep(whole) != 0)
    errx(1, "interrupted");
  struct timespec ts = {0, (long)((total - whole) * 1e9)};
  while (nanosleep(&ts, &ts) != 0)
    if (errno != EINTR)
      err(1, "nanosleep");
  printf("slept %.3f seconds\n", total);
  return 0;
}
