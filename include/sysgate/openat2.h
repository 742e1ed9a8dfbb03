/* sysgate/openat2.h: openat2(2)'s struct open_how and RESOLVE_* flags, as
 * include/uapi/linux/openat2.h has them.
 *
 * Not obvious: it stands in for the kernel's header and so takes its include guard
 * (<linux/fcntl.h> includes that header): whichever comes first defines these, the
 * other nothing. The struct may grow; its size travels with it.
 */
#ifndef _LINUX_OPENAT2_H
#define _LINUX_OPENAT2_H

#include <stdint.h>

/* open(2)'s flags and mode, 64-bit, and how the path may be resolved. */
struct open_how {
  uint64_t flags;
  uint64_t mode;
  uint64_t resolve;
};

#define RESOLVE_NO_XDEV 0x01
#define RESOLVE_NO_MAGICLINKS 0x02
#define RESOLVE_NO_SYMLINKS 0x04
#define RESOLVE_BENEATH 0x08
#define RESOLVE_IN_ROOT 0x10
#define RESOLVE_CACHED 0x20

#endif
