/* statinfo: file metadata with stat(2), lstat(2), fstat(2), chmod(2), mkdir(2),
 * umask(2), symlink(2), readlink(2), unlink(2), rmdir(2) and access(2), in the
 * current directory. A POSIX program, unchanged for glibc and sysgate.
 *
 * Usage: statinfo FILE (an existing file; statinfo creates d/ and l beside it).
 *
 * Not obvious: stat follows a symbolic link and lstat does not; readlink does not
 * NUL-terminate what it writes.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "put.h"

static const char *kind(mode_t m) {
  if (S_ISREG(m))
    return "regular file";
  if (S_ISDIR(m))
    return "directory";
  if (S_ISLNK(m))
    return "symbolic link";
  if (S_ISCHR(m))
    return "character device";
  return "other";
}

static void show(const char *name, const struct stat *st) {
  put(name);
  put(": ");
  put(kind(st->st_mode));
  put(", mode ");
  char oct[5] = {'0', (char)('0' + (st->st_mode >> 6 & 7)), (char)('0' + (st->st_mode >> 3 & 7)),
                 (char)('0' + (st->st_mode & 7)), '\0'};
  put(oct);
  if (S_ISREG(st->st_mode))
    put_line(", size ", (long long)st->st_size, "");
  put_line(", links ", (long long)st->st_nlink, "\n");
}

int main(int argc, char **argv) {
  if (argc != 2) {
    put_fd(STDERR_FILENO, "usage: statinfo FILE\n");
    return 2;
  }
  struct stat st;
  umask(022);
  if (stat(argv[1], &st) != 0) {
    perror(argv[1]);
    return 1;
  }
  show(argv[1], &st);

  chmod(argv[1], 0640);
  stat(argv[1], &st);
  show("after chmod 640", &st);

  if (mkdir("d", 0777) != 0)
    perror("mkdir d");
  stat("d", &st);
  show("d (mkdir 777, umask 022)", &st);
  if (mkdir("d", 0777) != 0 && errno == EEXIST)
    put("mkdir d again: EEXIST\n");

  symlink(argv[1], "l");
  lstat("l", &st);
  show("l (lstat)", &st);
  stat("l", &st);
  show("l (stat)", &st);
  char target[PATH_MAX];
  ssize_t n = readlink("l", target, sizeof target - 1);
  if (n >= 0) {
    target[n] = '\0';
    put("l -> ");
    put(target);
    put("\n");
  }

  int fd = open("/dev/null", O_RDONLY);
  fstat(fd, &st);
  show("/dev/null (fstat)", &st);
  close(fd);

  put(access(argv[1], R_OK) == 0 ? "readable\n" : "not readable\n");
  put(access(argv[1], X_OK) == 0 ? "executable\n" : "not executable\n");

  unlink("l");
  rmdir("d");
  if (stat("d", &st) != 0)
    perror("stat d after rmdir");
  return 0;
}
