/* sockatmark(3): whether a TCP socket's read position is at the urgent
 * (out-of-band) mark: 1, 0, or -1 with errno.
 *
 * Not obvious: it is the SIOCATMARK ioctl (0x8905, include/uapi/linux/sockios.h
 * through asm-generic/sockios.h), as glibc implements it; on a descriptor that
 * is not a socket the ioctl, and so sockatmark, fails with ENOTTY.
 */
#include <sysgate/ioctl.h>
#include <sysgate/socket.h>

#define SOCKATMARK_REQUEST 0x8905 /* SIOCATMARK */

int sockatmark(int fd) {
  int at_mark = 0;
  long r = sys_ioctl(fd, SOCKATMARK_REQUEST, (unsigned long)&at_mark);
  return r < 0 ? (int)sysgate_ret(r) : at_mark;
}
