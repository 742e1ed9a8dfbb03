/* sleep(3), usleep(3) over nanosleep(2).
 *
 * Not obvious: sleep() returns the whole seconds not slept when a signal handler
 * interrupted it (the nanoseconds left over are dropped, as glibc's), and leaves errno
 * as it found it on success; usleep of 1000000 or more is allowed (glibc's is).
 */
#include <sysgate/errno.h>
#include <sysgate/time.h>
#include <sysgate/unistd_posix.h>

unsigned int sleep(unsigned int seconds) {
  int saved = errno;
  while (seconds > 0) {
    /* a 32-bit time_t holds at most INT_MAX seconds at a time */
    unsigned int chunk = seconds > 0x7fffffffu ? 0x7fffffffu : seconds;
    struct timespec ts = {.tv_sec = chunk, .tv_nsec = 0};
    seconds -= chunk;
    if (nanosleep(&ts, &ts) != 0)
      return seconds + (unsigned int)ts.tv_sec;
  }
  errno = saved;
  return 0;
}

int usleep(unsigned int usec) {
  struct timespec ts = {.tv_sec = usec / 1000000, .tv_nsec = (long)(usec % 1000000) * 1000};
  return nanosleep(&ts, NULL);
}
