/* prname: the thread's name with prctl(2) PR_SET_NAME and PR_GET_NAME,
 * as /proc/self/comm shows it, and a few other prctl queries.
 *
 * Not obvious: the name holds 15 characters and a NUL (TASK_COMM_LEN);
 * a longer one is cut, not refused.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <time.h>
#include <unistd.h>

static void comm(void) {
  char buf[64] = "";
  int fd = open("/proc/self/comm", O_RDONLY);
  ssize_t n = fd >= 0 ? read(fd, buf, sizeof buf - 1) : -1;
  if (fd >= 0)
    close(fd);
  if (n > 0)
    printf("  /proc/self/comm: %s", buf);
}

int main(void) {
  long r;
  char name[16];
  const char *wanted[] = {"worker", "a-name-longer-than-fifteen", ""};
  for (int i = 0; i < 3; i++) {
    int set = prctl(PR_SET_NAME, (unsigned long)wanted[i], 0, 0, 0);
    memset(name, 'x', sizeof name);
    int get = prctl(PR_GET_NAME, (unsigned long)name, 0, 0, 0);
    printf("set \"%s\": %d, get %d: \"%s\"\n", wanted[i], set, get, name);
    comm();
  }
  printf("dumpable %d\n", prctl(PR_GET_DUMPABLE, 0, 0, 0, 0));
  int sig = -1;
  printf("PR_SET_PDEATHSIG: %d\n", prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0));
  r = prctl(PR_GET_PDEATHSIG, (unsigned long)&sig, 0, 0, 0);
  printf("PR_GET_PDEATHSIG: %ld sig %d\n", r, sig);
  printf("no_new_privs %d\n", prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
  errno = 0;
  r = prctl(9999, 0, 0, 0, 0);
  printf("option 9999: %ld %s\n", r, strerror(errno));
  errno = 0;
  r = prctl(PR_SET_NAME, 1UL, 0, 0, 0);
  printf("bad name pointer: %ld %s\n", r, strerror(errno));
  return 0;
}
