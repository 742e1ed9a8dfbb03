/* badinput_glibc.c: the glibc side of the bad-input harness (badinput.h):
 * children, privileges, timers, and the addresses and descriptors the bad values
 * are made of. Includes glibc's headers, never sysgate's.
 *
 * Not obvious: the result travels back through a MAP_SHARED page, not a pipe, so
 * the child makes no system call of its own between the call under test and
 * its exit: nothing can overwrite errno, and a child stopped by the timer still
 * leaves its state readable.
 */
#define _GNU_SOURCE
#include "badinput.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static struct badinput_result *shared; /* one per child of a run */

/* The child: no privileges, a timer, the call, the result, and exit (not
 * exit_group, which seccomp's strict mode, one call's possible outcome, kills). */
static void child(long (*fn)(const long long *v), int *errp, const long long *v, int ms,
                  struct badinput_result *slot) {
  if (geteuid() == 0 && (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0))
    syscall(SYS_exit, 101);
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  struct itimerval t = {{0, 0}, {ms / 1000, (ms % 1000) * 1000}};
  setitimer(ITIMER_REAL, &t, NULL);
  if (errp)
    *errp = 0;
  else
    errno = 0;
  slot->ret = fn(v);
  slot->err = errp ? *errp : errno;
  slot->status = 0;
  syscall(SYS_exit, 0);
}

int badinput_run(int n, long (*const *fn)(const long long *v), int *const *errp, const long long *v,
                 int ms, struct badinput_result *out) {
  pid_t pids[BADINPUT_MAX_RUN];
  for (int i = 0; i < n; i++) {
    memset(&shared[i], 0, sizeof shared[i]);
    shared[i].status = 100; /* stays unless the call returned or the child died in it */
    pids[i] = fork();
    if (pids[i] < 0)
      return -1;
    if (pids[i] == 0)
      child(fn[i], errp[i], v, ms, &shared[i]);
  }
  for (int i = 0; i < n; i++) {
    int status;
    while (waitpid(pids[i], &status, 0) < 0)
      if (errno != EINTR)
        return -1;
    out[i] = shared[i];
    out[i].signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    if (out[i].signal)
      out[i].status = 0; /* it died in the call: that is the outcome */
    else if (WEXITSTATUS(status) != 0)
      out[i].status = WEXITSTATUS(status);
  }
  return 0;
}

static void *gap;
static int open_fd = -1;
static char *buffers;

/* Each argument's buffer is followed by an inaccessible page, so a length of
 * SIZE_MAX makes the kernel stop at EFAULT instead of writing over the next mapping. */
#define STRIDE (BADINPUT_BUF + 4096)

int badinput_setup(void) {
  shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  buffers = mmap(NULL, 6 * STRIDE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  open_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (shared == MAP_FAILED || buffers == MAP_FAILED || open_fd < 0)
    return -1;
  for (int i = 0; i < 6; i++)
    if (mprotect(buffers + i * STRIDE + BADINPUT_BUF, 4096, PROT_NONE) != 0)
      return -1;
  /* The middle page of three, so that no neighbour grows into it by chance. */
  char *p = mmap(NULL, 3 * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED || munmap(p + 4096, 4096) != 0)
    return -1;
  gap = p + 4096;
  return 0;
}

void *badinput_unmapped(void) {
  return gap;
}

int badinput_open_fd(void) {
  return open_fd;
}

int badinput_closed_fd(void) {
  int fd = 999;
  close(fd);
  return fd;
}

void *badinput_buffer(int position) {
  return buffers + position * STRIDE;
}

int badinput_sanitized(void) {
#if defined(__SANITIZE_ADDRESS__)
  return 1;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return 1;
#endif
#endif
  return 0;
}
