/* ftok(3): a System V IPC key from a file and a project number.
 *
 * Not obvious: the key is glibc's formula (sysvipc/ftok.c): the inode's low 16
 * bits, the device's low 8 bits above them, proj_id's low 8 bits on top. Two
 * files on one device whose inodes agree in the low 16 bits get the same key,
 * as they do with glibc; POSIX promises nothing better.
 */
#include <sysgate/ipc.h>
#include <sysgate/stat.h>

key_t ftok(const char *path, int proj_id) {
  struct stat st;
  if (stat(path, &st) < 0)
    return -1;
  return (key_t)((st.st_ino & 0xffff) | ((st.st_dev & 0xff) << 16) |
                 (((unsigned)proj_id & 0xff) << 24));
}
