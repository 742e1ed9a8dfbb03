/* tmpfile(3), remove(3).
 *
 * Not obvious: tmpfile opens an unnamed file in /tmp with O_TMPFILE, as glibc does
 * first (sysdeps/unix/sysv/linux/gentempfd.c); where the file system refuses that
 * (EOPNOTSUPP, EISDIR on kernels before 3.11) it creates a fresh name with O_EXCL
 * and unlinks it at once. remove() is unlink, and rmdir when unlink says EISDIR.
 */
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/path.h>
#include <sysgate/process.h>
#include <sysgate/unistd.h>

#include "stdio_impl.h"

static int named_temp(void) {
  static unsigned serial;
  char name[] = "/tmp/tmpf0000000000";
  for (int tries = 0; tries < 100; tries++) {
    unsigned v = (unsigned)getpid() * 2654435761u + ++serial * 40503u;
    for (int i = 9; i < 19; i++, v /= 10)
      name[i] = (char)('0' + v % 10);
    int fd = open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
    if (fd >= 0) {
      unlink(name);
      return fd;
    }
    if (errno != EEXIST)
      return -1;
  }
  return -1;
}

FILE *tmpfile(void) {
  int fd = open(P_tmpdir, O_TMPFILE | O_RDWR | O_EXCL, 0600);
  if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR))
    fd = named_temp();
  if (fd < 0)
    return 0;
  FILE *f = sysgate_stdio_new(fd, 0);
  if (!f)
    close(fd);
  return f;
}

int remove(const char *path) {
  if (unlink(path) == 0)
    return 0;
  return errno == EISDIR && rmdir(path) == 0 ? 0 : -1;
}
