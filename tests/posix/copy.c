/* copy: copy one file to another with open(2), fstat(2), read(2), write(2),
 * giving the copy the source's permission bits. A POSIX program, unchanged for
 * glibc and sysgate.
 *
 * Not obvious: the mode passed to open(2) with O_CREAT applies only when the file
 * is created, and then less the umask; an existing destination keeps its own.
 */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "put.h"

int main(int argc, char **argv) {
  if (argc != 3) {
    put_fd(STDERR_FILENO, "usage: copy SRC DST\n");
    return EXIT_FAILURE;
  }
  int in = open(argv[1], O_RDONLY);
  if (in == -1) {
    perror(argv[1]);
    return EXIT_FAILURE;
  }
  struct stat st;
  if (fstat(in, &st) == -1) {
    perror("fstat");
    return EXIT_FAILURE;
  }
  int out = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 0777);
  if (out == -1) {
    perror(argv[2]);
    return EXIT_FAILURE;
  }
  char buf[8192];
  ssize_t n;
  while ((n = read(in, buf, sizeof buf)) > 0) {
    if (write_all(out, buf, (size_t)n) == -1) {
      perror(argv[2]);
      return EXIT_FAILURE;
    }
  }
  if (n == -1) {
    perror(argv[1]);
    return EXIT_FAILURE;
  }
  close(in);
  if (close(out) == -1) {
    perror(argv[2]);
    return EXIT_FAILURE;
  }
  return EXIT_SUCCESS;
}
