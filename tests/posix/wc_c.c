/* wc_c: count the bytes of files, or of standard input, as `wc -c` does, with
 * open(2), read(2) and close(2). A POSIX program, unchanged for glibc and sysgate.
 *
 * Not obvious: read(2) returns 0 only at the end of the file; a short count just
 * means that is what was there right now (a pipe), so the loop goes on.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "put.h"

static int count(int fd, long long *bytes) {
  char buf[4096];
  *bytes = 0;
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n == 0)
      return 0;
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return -1;
    }
    *bytes += n;
  }
}

int main(int argc, char *argv[]) {
  long long n, total = 0;
  int status = 0;

  if (argc == 1) {
    if (count(STDIN_FILENO, &n) < 0) {
      perror("wc_c: stdin");
      return 1;
    }
    put_line("", n, "\n");
    return 0;
  }
  for (int i = 1; i < argc; i++) {
    int fd = open(argv[i], O_RDONLY);
    if (fd < 0) {
      perror(argv[i]);
      status = 1;
      continue;
    }
    if (count(fd, &n) < 0) {
      perror(argv[i]);
      status = 1;
    } else {
      put_line("", n, " ");
      put(argv[i]);
      put("\n");
      total += n;
    }
    close(fd);
  }
  if (argc > 2)
    put_line("", total, " total\n");
  return status;
}
