/* <grp.h>: the drop-in for glibc's, all of it in sysgate/grp.h.
 *
 * Not obvious: only /etc/group is consulted, never NSS (see sysgate/grp.h).
 */
#ifndef SYSGATE_POSIX_GRP_H
#define SYSGATE_POSIX_GRP_H

#include <sysgate/grp.h>

#endif
