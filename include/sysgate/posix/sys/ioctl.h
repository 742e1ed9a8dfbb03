/* <sys/ioctl.h>: ioctl, struct winsize, TIOCGWINSZ, TIOCSWINSZ, FIONREAD
 * (sysgate/ioctl.h).
 *
 * Not obvious: only the few terminal requests sysgate's examples use are named;
 * any other request number works through ioctl() all the same.
 */
#ifndef SYSGATE_POSIX_SYS_IOCTL_H
#define SYSGATE_POSIX_SYS_IOCTL_H

#include <sysgate/ioctl.h>

#endif
