/* sysgate/ioctl.h: ioctl(2), with the terminal requests an example needs
 * (ioctl_tty(2): TIOCGWINSZ, TIOCSWINSZ; FIONREAD).
 *
 * Not obvious: glibc declares the request `unsigned long` and the third argument
 * as "..."; the kernel reads it as one register-sized value, pointer or integer.
 */
#ifndef SYSGATE_IOCTL_H
#define SYSGATE_IOCTL_H

#include "syscall.h"

/* x86 uses the generic tty request numbers (include/uapi/asm-generic/ioctls.h). */
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define FIONREAD 0x541B

struct winsize {
  unsigned short ws_row;
  unsigned short ws_col;
  unsigned short ws_xpixel;
  unsigned short ws_ypixel;
};

SG_SYS(3, ioctl, SYS_ioctl, int, fd, unsigned long, request, unsigned long, arg)

int ioctl(int fd, unsigned long request, ...) SG_SYMBOL(ioctl);

#endif
