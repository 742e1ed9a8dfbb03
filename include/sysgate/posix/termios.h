/* <termios.h>: struct termios, tcgetattr, tcsetattr, cfmakeraw, the cf*speed
 * calls, tcdrain, tcflush, tcflow, tcsendbreak, tcgetsid, and every flag,
 * c_cc index and B* speed at glibc's values (sysgate/termios.h).
 *
 * Not obvious: the tty ioctl requests and the TIOCM_* modem lines are
 * <sys/ioctl.h>'s (sysgate/ioctl.h), where glibc has them too.
 */
#ifndef SYSGATE_POSIX_TERMIOS_H
#define SYSGATE_POSIX_TERMIOS_H

#include <sysgate/termios.h>

#endif
