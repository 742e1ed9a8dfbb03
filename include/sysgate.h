/* sysgate.h: everything sysgate offers, in one include.
 *
 * Not obvious: every header here includes only compiler-provided headers
 * (stddef.h, stdint.h, stdarg.h) and sysgate's own: no kernel or libc headers.
 */
#ifndef SYSGATE_H
#define SYSGATE_H

#include "sysgate/auxv.h"
#include "sysgate/brk.h"
#include "sysgate/dirent.h"
#include "sysgate/errno.h"
#include "sysgate/event.h"
#include "sysgate/fcntl.h"
#include "sysgate/fd.h"
#include "sysgate/fdctl.h"
#include "sysgate/ftw.h"
#include "sysgate/grp.h"
#include "sysgate/file.h"
#include "sysgate/ioctl.h"
#include "sysgate/iovec.h"
#include "sysgate/misc.h"
#include "sysgate/mm.h"
#include "sysgate/mman.h"
#include "sysgate/path.h"
#include "sysgate/pidfd.h"
#include "sysgate/prctl.h"
#include "sysgate/process.h"
#include "sysgate/pwd.h"
#include "sysgate/resource.h"
#include "sysgate/sched.h"
#include "sysgate/sendfile.h"
#include "sysgate/signal.h"
#include "sysgate/socket.h"
#include "sysgate/stat.h"
#include "sysgate/statfs.h"
#include "sysgate/stdio.h"
#include "sysgate/stdlib.h"
#include "sysgate/string.h"
#include "sysgate/syscall.h"
#include "sysgate/syscall_generic.h"
#include "sysgate/sysnames.h"
#include "sysgate/time.h"
#include "sysgate/types.h"
#include "sysgate/uio.h"
#include "sysgate/unistd.h"
#include "sysgate/usercopy.h"
#include "sysgate/utsname.h"
#include "sysgate/vdso.h"
#include "sysgate/vdso_time.h"
#include "sysgate/wait.h"
#include "sysgate/xattr.h"

#endif
