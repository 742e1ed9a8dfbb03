/* isatty(3): whether a descriptor is a terminal, by asking for its termios (TCGETS).
 *
 * Not obvious: Linux before 3.x answered EINVAL for TCGETS on some devices that are no
 * terminal; glibc reports ENOTTY for those, and so does this. The buffer is larger
 * than the kernel's struct termios (36 bytes on x86), which is all that is written.
 */
#include <sysgate/errno.h>
#include <sysgate/ioctl.h>
#include <sysgate/unistd_posix.h>

int isatty(int fd) {
  unsigned char termios[64];
  long r = sys_ioctl(fd, TCGETS, (unsigned long)termios);
  if (r == 0)
    return 1;
  errno = r == -EINVAL ? ENOTTY : (int)-r;
  return 0;
}
