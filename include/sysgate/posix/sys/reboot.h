/* <sys/reboot.h>: reboot and the RB_* commands (sysgate/admin.h). */
#ifndef SYSGATE_POSIX_SYS_REBOOT_H
#define SYSGATE_POSIX_SYS_REBOOT_H

#include <sysgate/admin.h>

#endif
