/* sysgate/utsname.h: uname(2) and struct utsname.
 *
 * Not obvious: SYS_uname is the kernel's newuname on both arches (i386's 109
 * and 59 are the older 9-byte-field olduname and oldolduname); its six fields
 * are 65 bytes each (__NEW_UTS_LEN + 1, include/uapi/linux/utsname.h), the
 * sixth the NIS domain name, which glibc calls domainname.
 */
#ifndef SYSGATE_UTSNAME_H
#define SYSGATE_UTSNAME_H

#include "syscall.h"
#include "types.h"

#define SYSGATE_UTS_FIELD 65

struct utsname {
  char sysname[SYSGATE_UTS_FIELD];
  char nodename[SYSGATE_UTS_FIELD];
  char release[SYSGATE_UTS_FIELD];
  char version[SYSGATE_UTS_FIELD];
  char machine[SYSGATE_UTS_FIELD];
  char domainname[SYSGATE_UTS_FIELD];
};

#include "calls/utsname.h"

#endif
