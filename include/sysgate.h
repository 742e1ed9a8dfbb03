/* sysgate.h: everything sysgate offers, in one include.
 *
 * Not obvious: every header here includes only compiler-provided headers
 * (stddef.h, stdint.h, stdarg.h) and sysgate's own: no kernel or libc headers.
 */
#ifndef SYSGATE_H
#define SYSGATE_H

#include "sysgate/auxv.h"
#include "sysgate/errno.h"
#include "sysgate/fcntl.h"
#include "sysgate/ioctl.h"
#include "sysgate/mman.h"
#include "sysgate/stdio.h"
#include "sysgate/stdlib.h"
#include "sysgate/string.h"
#include "sysgate/syscall.h"
#include "sysgate/syscall_generic.h"
#include "sysgate/sysnames.h"
#include "sysgate/types.h"
#include "sysgate/unistd.h"

#endif
