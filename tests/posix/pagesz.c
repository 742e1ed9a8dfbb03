/* pagesz: values from the auxiliary vector with getauxval(3), checked
 * against the calls that answer the same questions.
 *
 * Not obvious: a key the kernel did not pass gives 0 and errno ENOENT, which is
 * how a program tells it from a value of 0 (AT_SECURE is 0 in a normal run).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <time.h>
#include <unistd.h>

int main(void) {
  long r;
  unsigned long page = getauxval(AT_PAGESZ);
  printf("AT_PAGESZ %lu, sysconf %ld, getpagesize %d\n", page, sysconf(_SC_PAGESIZE),
         getpagesize());
  printf("AT_UID == getuid %d, AT_EUID == geteuid %d, AT_GID == getgid %d\n",
         getauxval(AT_UID) == getuid(), getauxval(AT_EUID) == geteuid(),
         getauxval(AT_GID) == getgid());
  printf("AT_CLKTCK %lu, sysconf(_SC_CLK_TCK) %ld\n", getauxval(AT_CLKTCK), sysconf(_SC_CLK_TCK));
  errno = 0;
  r = getauxval(AT_SECURE);
  printf("AT_SECURE %ld errno %d\n", r, errno);
  printf("AT_RANDOM given %d, AT_HWCAP given %d\n", getauxval(AT_RANDOM) != 0,
         getauxval(AT_HWCAP) != 0);
  const char *execfn = (const char *)getauxval(AT_EXECFN);
  printf("AT_EXECFN ends in /pagesz: %d\n",
         execfn && strlen(execfn) >= 7 && strcmp(execfn + strlen(execfn) - 7, "/pagesz") == 0);
  errno = 0;
  unsigned long none = getauxval(12345);
  printf("key 12345: %lu %s\n", none, strerror(errno));
  return page == 4096 ? 0 : 1;
}
