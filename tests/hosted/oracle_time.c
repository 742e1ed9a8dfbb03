/* glibc's side of test_time*.c (oracle_time.h). glibc's headers only.
 *
 * Not obvious: _TIME_BITS=64 (with the _FILE_OFFSET_BITS=64 it requires) makes
 * glibc's time_t, timespec, timeval and itimerval 64-bit on i386, as sysgate's
 * are; without it the ABI rows and every shared struct would differ on i386.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include "oracle_time.h"
#include "oracle_call.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

const struct abi_row oracle_time_abi[] = ABI_TABLE(TIME_ABI);
const unsigned oracle_time_abi_len = sizeof oracle_time_abi / sizeof oracle_time_abi[0];

long long oracle_clock_ns(int clock) {
  struct timespec ts;
  clock_gettime(clock, &ts);
  return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

void oracle_clock_now(int clock, void *ts) {
  clock_gettime(clock, ts);
}

long long oracle_time_s(void) {
  return (long long)time(NULL);
}

int oracle_nanosleep(const void *req, void *rem, int *err) {
  ORACLE_RETURN(int, err, nanosleep(req, rem));
}

int oracle_clock_nanosleep(int clock, int flags, const void *req, void *rem, int *err) {
  ORACLE_RETURN(int, err, clock_nanosleep(clock, flags, req, rem));
}

int oracle_clock_settime(int clock, const void *tp, int *err) {
  ORACLE_RETURN(int, err, clock_settime(clock, tp));
}

int oracle_timerfd_create(int clock, int flags, int *err) {
  ORACLE_RETURN(int, err, timerfd_create(clock, flags));
}

int oracle_timerfd_settime(int fd, int flags, const void *new_value, void *old_value, int *err) {
  ORACLE_RETURN(int, err, timerfd_settime(fd, flags, new_value, old_value));
}

int oracle_timerfd_gettime(int fd, void *curr, int *err) {
  ORACLE_RETURN(int, err, timerfd_gettime(fd, curr));
}

int oracle_getitimer(int which, void *curr, int *err) {
  ORACLE_RETURN(int, err, getitimer(which, curr));
}

int oracle_setitimer(int which, const void *new_value, void *old_value, int *err) {
  ORACLE_RETURN(int, err, setitimer(which, new_value, old_value));
}

static volatile sig_atomic_t sigalrm_count;

static void on_sigalrm(int sig) {
  (void)sig;
  sigalrm_count++;
}

void oracle_catch_sigalrm(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigalrm; /* no SA_RESTART */
  sigemptyset(&sa.sa_mask);
  sigalrm_count = 0;
  sigaction(SIGALRM, &sa, NULL);
}

int oracle_sigalrm_count(void) {
  return sigalrm_count;
}

void oracle_default_sigalrm(void) {
  signal(SIGALRM, SIG_DFL);
}

int oracle_drop_root(void) {
  if (getuid() == 0 && setuid(65534) != 0)
    return -1;
  return getuid() != 0 && geteuid() != 0 ? 0 : -1;
}

int oracle_fd_cloexec(int fd) {
  int flags = fcntl(fd, F_GETFD);
  return flags < 0 ? -1 : (flags & FD_CLOEXEC) != 0;
}

void oracle_default_fault_signals(void) {
  signal(SIGSEGV, SIG_DFL);
  signal(SIGBUS, SIG_DFL);
}
