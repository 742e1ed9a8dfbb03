/* How a threaded process ends: pthread_exit in main leaves the process to its last thread,
 * which ends it with status 0 (as glibc's); exit() in a thread ends every thread at once; a
 * thread that overflows its stack faults in its guard page (`overflow`).
 *
 * Not obvious: the check is the output and the status: after main's pthread_exit, only the
 * other thread can still print, and its exit status must be 0 (`last`) or 3 (`exit`).
 */
#include "../nostdlib/check.h"
#include <sysgate/pthread.h>
#include <sysgate/time.h>

static void *outlives_main(void *arg) {
  struct timespec ts = {0, 30 * 1000 * 1000}; /* main is gone by then */
  nanosleep(&ts, NULL);
  put("thread: still running after main's pthread_exit\n");
  if (arg)
    exit(3);
  return NULL;
}

static void *sleeper(void *arg) {
  while (!arg) /* given NULL: until exit() ends the process */
    pause();
  return arg;
}

/* Deeper and deeper, each frame touched: on a 64 KiB stack the guard page below it stops
 * this with SIGSEGV before it reaches anything else's memory. */
static volatile long never = -1; /* a bound the compiler cannot see through */
static __attribute__((noinline)) long recurse(volatile char *above, long depth) {
  volatile char frame[512];
  if (depth == never)
    return 0;
  frame[0] = (char)depth;
  frame[511] = above ? above[0] : 0;
  return recurse(frame, depth + 1) + frame[0];
}

/* Where the overflow faulted: in a PROT_NONE mapping (the guard page) or not (an unmapped
 * address below a stack without one). Read from /proc/self/maps on the alternate stack. */
static char maps[1 << 16];
static void on_segv(int sig, siginfo_t *si, void *ctx) {
  (void)sig, (void)ctx;
  unsigned long at = (unsigned long)si->si_addr;
  int fd = open("/proc/self/maps", O_RDONLY), in_guard = 0;
  ssize_t n, len = 0;
  while (fd >= 0 && len < (ssize_t)sizeof maps - 1 &&
         (n = read(fd, maps + len, sizeof maps - 1 - (size_t)len)) > 0)
    len += n;
  maps[len] = 0;
  for (char *line = maps; *line;) {
    char *p = line;
    unsigned long lo = 0, hi = 0;
    while (*p != '-')
      lo = lo * 16 + (unsigned long)(*p <= '9' ? *p - '0' : *p - 'a' + 10), p++;
    for (p++; *p != ' '; p++)
      hi = hi * 16 + (unsigned long)(*p <= '9' ? *p - '0' : *p - 'a' + 10);
    if (at >= lo && at < hi)
      in_guard = p[1] == '-' && p[2] == '-' && p[3] == '-';
    while (*line && *line++ != '\n')
      ;
  }
  put(in_guard ? "fault in the guard page\n" : "fault outside any guard page\n");
  _exit(in_guard ? 0 : 1);
}

static char alt_stack[1 << 15];
static void *overflow(void *arg) {
  (void)arg;
  stack_t ss = {alt_stack, 0, sizeof alt_stack};
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  if (sigaltstack(&ss, NULL) != 0 || sigaction(SIGSEGV, &sa, NULL) != 0)
    return NULL;
  return (void *)recurse(NULL, 0);
}

int main(int argc, char **argv) {
  pthread_t t;
  if (argc > 1 && str_eq(argv[1], "overflow")) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 65536);
    put("overflowing a 64 KiB thread stack\n");
    pthread_create(&t, &attr, overflow, NULL);
    pthread_join(t, NULL);
    return 0; /* not reached: the guard page faults */
  }
  int with_exit = argc > 1 && str_eq(argv[1], "exit");
  if (with_exit)
    pthread_create(&t, NULL, sleeper, NULL); /* exit() must end it too */
  if (pthread_create(&t, NULL, outlives_main, with_exit ? &t : NULL) != 0)
    return 1;
  put("main: pthread_exit\n");
  pthread_exit(NULL);
}
