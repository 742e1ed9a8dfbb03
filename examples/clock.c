/* clock: read the clocks and sleep: clock_gettime(2) with CLOCK_MONOTONIC and
 * CLOCK_REALTIME, nanosleep(2).
 *
 * Prints, for example:
 *   monotonic: slept 10 ms (asked for 10)
 *   realtime: 1763721600 s since 1970-01-01 00:00 UTC
 *
 * Two clocks for two questions. CLOCK_REALTIME is the date: it jumps when NTP or
 * an administrator sets the time, even backwards. CLOCK_MONOTONIC counts from
 * some point at boot and only moves forward, at a steady rate: the one to measure
 * a duration with.
 *
 * Not obvious: on x86, clock_gettime() usually makes no system call at all. The
 * kernel maps a small shared library, the vDSO, into every process (its address
 * is in the auxiliary vector, AT_SYSINFO_EHDR), next to a page of clock data the
 * kernel keeps current; sysgate's startup finds clock_gettime in it, and a call
 * is an ordinary function call that reads the CPU's time stamp counter and does
 * the arithmetic in user space. strace shows nanosleep here, but no clock_gettime.
 * (SYSGATE_NO_VDSO=1 in the environment makes sysgate use the system call.)
 */
#include <sysgate.h>

#define SLEEP_MS 10

/* Appends the decimal digits of v to p and returns the new end (sysgate has no
 * printf). 64 bits: a time_t is 64-bit on i386 too in sysgate. */
static char *put_decimal(char *p, uint64_t v) {
  char tmp[20]; /* 2^64 has 20 digits */
  char *t = tmp + sizeof tmp;
  do
    *--t = (char)('0' + v % 10); /* least significant digit first, from the end */
  while ((v /= 10) != 0);
  size_t n = (size_t)(tmp + sizeof tmp - t);
  memcpy(p, t, n);
  return p + n;
}

static char *put_text(char *p, const char *s) {
  size_t n = strlen(s);
  memcpy(p, s, n);
  return p + n;
}

int main(void) {
  struct timespec start, end, now;

  /* A struct timespec is seconds plus nanoseconds (0..999999999). */
  if (clock_gettime(CLOCK_MONOTONIC, &start) < 0) {
    perror("clock: clock_gettime");
    return 1;
  }

  /* The process sleeps: the kernel takes it off the run queue and sets a timer.
   * It sleeps at least this long, usually a little more (timer slack, scheduling).
   * A signal handler running would end the sleep early with EINTR and write the
   * time left into the second argument; passing req itself resumes with the rest. */
  struct timespec req = {.tv_sec = 0, .tv_nsec = SLEEP_MS * 1000L * 1000L};
  while (nanosleep(&req, &req) < 0) {
    if (errno != EINTR) {
      perror("clock: nanosleep");
      return 1;
    }
  }

  if (clock_gettime(CLOCK_MONOTONIC, &end) < 0 || clock_gettime(CLOCK_REALTIME, &now) < 0) {
    perror("clock: clock_gettime");
    return 1;
  }

  /* The difference in nanoseconds: seconds and nanoseconds subtracted separately,
   * the nanosecond part may be negative, which the sum absorbs. */
  int64_t ns = (end.tv_sec - start.tv_sec) * 1000000000LL + (end.tv_nsec - start.tv_nsec);
  uint64_t ms = ((uint64_t)ns + 500000) / 1000000; /* rounded to the nearest ms */

  char line[128], *p = line;
  p = put_text(p, "monotonic: slept ");
  p = put_decimal(p, ms);
  p = put_text(p, " ms (asked for ");
  p = put_decimal(p, SLEEP_MS);
  p = put_text(p, ")\nrealtime: ");
  p = put_decimal(p, (uint64_t)now.tv_sec);
  p = put_text(p, " s since 1970-01-01 00:00 UTC\n");
  size_t len = (size_t)(p - line);
  return write(STDOUT_FILENO, line, len) == (ssize_t)len ? 0 : 1;
}
