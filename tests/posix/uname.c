/* uname: print the fields of uname(2), as `uname -a` does, with their names.
 *
 * Not obvious: domainname is the NIS domain, "(none)" on most machines; glibc
 * names the field domainname only with _GNU_SOURCE (__domainname otherwise).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

int main(void) {
  struct utsname u;
  if (uname(&u) != 0) {
    perror("uname");
    return 1;
  }
  printf("sysname:    %s\n", u.sysname);
  printf("nodename:   %s\n", u.nodename);
  printf("release:    %s\n", u.release);
  printf("version:    %s\n", u.version);
  printf("machine:    %s\n", u.machine);
  printf("domainname: %s\n", u.domainname);
  printf("%s %s %s %s %s\n", u.sysname, u.nodename, u.release, u.version, u.machine);
  printf("sizeof(struct utsname) = %zu\n", sizeof u);
  return strcmp(u.sysname, "Linux") == 0 ? 0 : 2;
}
