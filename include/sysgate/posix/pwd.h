/* <pwd.h>: the drop-in for glibc's, all of it in sysgate/pwd.h.
 *
 * Not obvious: only /etc/passwd is consulted, never NSS (see sysgate/pwd.h).
 */
#ifndef SYSGATE_POSIX_PWD_H
#define SYSGATE_POSIX_PWD_H

#include <sysgate/pwd.h>

#endif
