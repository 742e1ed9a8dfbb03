/* sysnum: syscall(2) with the numbers of <sys/syscall.h>, against the
 * library's own calls (getpid, getppid, getuid, write), and syscall's errors.
 *
 * Not obvious: the numbers differ per arch (SYS_getpid is 39 on x86_64, 20 on
 * i386), so the program prints them: glibc's and sysgate's builds for the
 * same arch must agree.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void) {
  long r;
  printf("SYS_getpid %d, __NR_getpid %d, SYS_write %d, SYS_exit_group %d, SYS_openat %d\n",
         SYS_getpid, __NR_getpid, SYS_write, SYS_exit_group, SYS_openat);
  printf("syscall(SYS_getpid) == getpid(): %d\n", syscall(SYS_getpid) == getpid());
  printf("syscall(__NR_getppid) == getppid(): %d\n", syscall(__NR_getppid) == getppid());
  printf("syscall(SYS_gettid) == getpid(): %d\n", syscall(SYS_gettid) == getpid());
  printf("syscall(SYS_getuid) == getuid(): %d\n", syscall(SYS_getuid) == (long)getuid());
  fflush(stdout);
  static const char msg[] = "written by syscall(SYS_write)\n";
  long n = syscall(SYS_write, 1, msg, sizeof msg - 1);
  printf("returned %ld\n", n);
  errno = 0;
  r = syscall(SYS_close, -1);
  printf("bad fd: %ld %s\n", r, strerror(errno));
  errno = 0;
  r = syscall(100000);
  printf("no such call: %ld %s\n", r, strerror(errno));
  return 0;
}
