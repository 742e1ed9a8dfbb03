/* eventfd_read(3), eventfd_write(3): glibc's helpers over an eventfd(2)
 * counter.
 *
 * Not obvious: they report only success or failure: a read or write of
 * anything but 8 bytes is -1, with errno from the call (eventfd(2), "glibc
 * additional features"; glibc's sysdeps/unix/sysv/linux/eventfd_read.c).
 */
#include <sysgate/event.h>
#include <sysgate/unistd.h>

int eventfd_read(int fd, eventfd_t *value) {
  return read(fd, value, sizeof *value) == (ssize_t)sizeof *value ? 0 : -1;
}

int eventfd_write(int fd, eventfd_t value) {
  return write(fd, &value, sizeof value) == (ssize_t)sizeof value ? 0 : -1;
}
