/* sysgate/io_uring.h: io_uring_setup(2), io_uring_enter(2), io_uring_register(2), as the
 * bare system calls.
 *
 * Not obvious: glibc has no wrappers and liburing builds its own; the rings, their
 * struct io_uring_params and the opcodes are the kernel's <linux/io_uring.h> (which
 * sysgate-cc finds when linux-libc-dev is installed). io_uring_enter's fifth argument is
 * a signal mask of argsz bytes, or with IORING_ENTER_EXT_ARG a struct of that size.
 */
#ifndef SYSGATE_IO_URING_H
#define SYSGATE_IO_URING_H

#include "syscall.h"
#include "types.h"

struct io_uring_params;

#include "calls/io_uring.h"

#endif
