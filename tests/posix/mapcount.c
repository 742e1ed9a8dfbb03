/* mapcount: count the lines, words and bytes of a file read through mmap(2), and
 * check an anonymous mapping: fresh pages read as zeros, and munmap(2) hands them
 * back. A POSIX program, unchanged for glibc and sysgate.
 *
 * Not obvious: an empty file cannot be mapped (mmap of length 0 is EINVAL), so
 * its size is looked at first.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS in glibc's <sys/mman.h> */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "put.h"

static int anonymous_pages(void) {
  size_t len = 3 * 4096;
  unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    perror("mmap anonymous");
    return -1;
  }
  for (size_t i = 0; i < len; i++)
    if (p[i] != 0)
      return -1;
  memset(p, 0x5a, len);
  int ok = p[0] == 0x5a && p[len - 1] == 0x5a;
  if (munmap(p, len) != 0) {
    perror("munmap");
    return -1;
  }
  return ok ? 0 : -1;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    put_fd(2, "usage: mapcount FILE\n");
    return 2;
  }
  int fd = open(argv[1], O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) < 0) {
    perror(argv[1]);
    return 1;
  }
  long long lines = 0, words = 0;
  if (st.st_size > 0) {
    const char *data = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    if (data == MAP_FAILED) {
      perror("mmap");
      return 1;
    }
    int in_word = 0;
    for (off_t i = 0; i < st.st_size; i++) {
      char c = data[i];
      if (c == '\n')
        lines++;
      int space = c == ' ' || c == '\n' || c == '\t';
      if (!space && !in_word)
        words++;
      in_word = !space;
    }
    munmap((void *)data, (size_t)st.st_size);
  }
  close(fd);
  put_line("lines ", lines, "");
  put_line(" words ", words, "");
  put_line(" bytes ", (long long)st.st_size, "\n");
  if (anonymous_pages() != 0) {
    put("anonymous mapping: wrong\n");
    return 1;
  }
  put("anonymous mapping: zero-filled, written, unmapped\n");
  return 0;
}
