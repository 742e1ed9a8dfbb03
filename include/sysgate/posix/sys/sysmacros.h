/* <sys/sysmacros.h>: major, minor, makedev and their gnu_dev_* functions
 * (sysgate/stat.h).
 *
 * Not obvious: glibc's dev_t encoding is 64-bit (12+20 major bits, 8+24 minor
 * bits); its low 32 bits are what the kernel's stat reports.
 */
#ifndef SYSGATE_POSIX_SYS_SYSMACROS_H
#define SYSGATE_POSIX_SYS_SYSMACROS_H

#include <sysgate/stat.h>

#endif
