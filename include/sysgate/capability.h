/* sysgate/capability.h: capget(2) and capset(2), the thread capability sets.
 *
 * Not obvious: glibc exports capget and capset but declares them in no header (libcap's
 * <sys/capability.h> does, with its own types; other programs use syscall(SYS_capget, ...) with
 * <linux/capability.h>'s structures). So no drop-in header includes this one: a program that
 * declares them itself links against these, and the arguments are void pointers that take either
 * declaration's structure (the kernel's cap_user_header_t, cap_user_data_t).
 */
#ifndef SYSGATE_CAPABILITY_H
#define SYSGATE_CAPABILITY_H

#include "syscall.h"

#include "calls/capability.h"

#endif
