/* sysgate/ioctl.h: ioctl(2), with the terminal requests of ioctl_tty(2)
 * (TCGETS, TCSETS*, TCSBRK*, TCXONC, TCFLSH, TIOC*, the TIOCM_* modem lines,
 * the pty master's TIOCGPTN and TIOCSPTLCK) and FIONREAD.
 *
 * Not obvious: glibc declares the request `unsigned long` and the third argument
 * as "..."; the kernel reads it as one register-sized value, pointer or integer.
 */
#ifndef SYSGATE_IOCTL_H
#define SYSGATE_IOCTL_H

#include "syscall.h"

/* x86 uses the generic tty request numbers (include/uapi/asm-generic/ioctls.h). */
#define TCGETS 0x5401
#define TCSETS 0x5402
#define TCSETSW 0x5403 /* after the output drains */
#define TCSETSF 0x5404 /* after the output drains, dropping pending input */
#define TCSBRK 0x5409  /* argument 0: send a break; else wait for the output to drain */
#define TCXONC 0x540A
#define TCFLSH 0x540B
#define TIOCEXCL 0x540C
#define TIOCNXCL 0x540D
#define TIOCSCTTY 0x540E
#define TIOCGPGRP 0x540F
#define TIOCSPGRP 0x5410
#define TIOCOUTQ 0x5411
#define TIOCSTI 0x5412
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define TIOCMGET 0x5415
#define TIOCMBIS 0x5416
#define TIOCMBIC 0x5417
#define TIOCMSET 0x5418
#define FIONREAD 0x541B
#define TIOCINQ FIONREAD
#define TIOCNOTTY 0x5422
#define TCSBRKP 0x5425 /* a break of the argument's tenths of a second */
#define TIOCGSID 0x5429
#define TIOCGPTN 0x80045430   /* _IOR('T', 0x30, unsigned int): the pty's number */
#define TIOCSPTLCK 0x40045431 /* _IOW('T', 0x31, int): 0 unlocks the pty's slave */

/* TIOCMGET's modem lines (include/uapi/asm-generic/termios.h). */
#define TIOCM_LE 0x001
#define TIOCM_DTR 0x002
#define TIOCM_RTS 0x004
#define TIOCM_ST 0x008
#define TIOCM_SR 0x010
#define TIOCM_CTS 0x020
#define TIOCM_CAR 0x040
#define TIOCM_RNG 0x080
#define TIOCM_DSR 0x100
#define TIOCM_CD TIOCM_CAR
#define TIOCM_RI TIOCM_RNG

struct winsize {
  unsigned short ws_row;
  unsigned short ws_col;
  unsigned short ws_xpixel;
  unsigned short ws_ypixel;
};

#include "calls/ioctl.h"

int ioctl(int fd, unsigned long request, ...) SG_SYMBOL(ioctl);

#endif
