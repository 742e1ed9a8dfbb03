/* rlimits: a table of every resource limit (getrlimit(2)), then lowering one
 * with setrlimit(2) and the errors of bad requests.
 *
 * Not obvious: rlim_t is 64-bit on i386 too here, so "unlimited" is
 * RLIM_INFINITY on both arches (glibc: with _FILE_OFFSET_BITS=64).
 */
#define _FILE_OFFSET_BITS 64
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static const struct {
  int resource;
  const char *name;
} limits[] = {
    {RLIMIT_CPU, "RLIMIT_CPU"},           {RLIMIT_FSIZE, "RLIMIT_FSIZE"},
    {RLIMIT_DATA, "RLIMIT_DATA"},         {RLIMIT_STACK, "RLIMIT_STACK"},
    {RLIMIT_CORE, "RLIMIT_CORE"},         {RLIMIT_RSS, "RLIMIT_RSS"},
    {RLIMIT_NPROC, "RLIMIT_NPROC"},       {RLIMIT_NOFILE, "RLIMIT_NOFILE"},
    {RLIMIT_MEMLOCK, "RLIMIT_MEMLOCK"},   {RLIMIT_AS, "RLIMIT_AS"},
    {RLIMIT_LOCKS, "RLIMIT_LOCKS"},       {RLIMIT_SIGPENDING, "RLIMIT_SIGPENDING"},
    {RLIMIT_MSGQUEUE, "RLIMIT_MSGQUEUE"}, {RLIMIT_NICE, "RLIMIT_NICE"},
    {RLIMIT_RTPRIO, "RLIMIT_RTPRIO"},     {RLIMIT_RTTIME, "RLIMIT_RTTIME"},
};

static void show(rlim_t v) {
  if (v == RLIM_INFINITY)
    printf(" %20s", "unlimited");
  else
    printf(" %20llu", (unsigned long long)v);
}

int main(void) {
  long r;
  printf("%-18s %20s %20s\n", "resource", "soft", "hard");
  for (size_t i = 0; i < sizeof limits / sizeof limits[0]; i++) {
    struct rlimit rl;
    if (getrlimit(limits[i].resource, &rl) != 0) {
      printf("%-18s error %s\n", limits[i].name, strerror(errno));
      continue;
    }
    printf("%-18s", limits[i].name);
    show(rl.rlim_cur);
    show(rl.rlim_max);
    printf("\n");
  }

  struct rlimit nofile;
  getrlimit(RLIMIT_NOFILE, &nofile);
  struct rlimit lower = {16, nofile.rlim_max};
  r = setrlimit(RLIMIT_NOFILE, &lower);
  printf("setrlimit(NOFILE, 16): %ld\n", r);
  struct rlimit now;
  getrlimit(RLIMIT_NOFILE, &now);
  printf("soft NOFILE now %llu\n", (unsigned long long)now.rlim_cur);
  int fds = 0;
  for (int fd; (fd = open("/dev/null", O_RDONLY)) >= 0;)
    fds++;
  printf("opened %d more before %s\n", fds, strerror(errno));

  struct rlimit bad = {10, 5}; /* soft above hard */
  errno = 0;
  r = setrlimit(RLIMIT_CORE, &bad);
  printf("soft > hard: %ld %s\n", r, strerror(errno));
  errno = 0;
  r = getrlimit(999, &now);
  printf("resource 999: %ld %s\n", r, strerror(errno));
  struct rusage ru;
  r = getrusage(RUSAGE_SELF, &ru);
  printf("getrusage(SELF): %ld, maxrss>0 %d\n", r, ru.ru_maxrss > 0);
  errno = 0;
  r = getrusage(7, &ru);
  printf("getrusage(7): %ld %s\n", r, strerror(errno));
  return 0;
}
