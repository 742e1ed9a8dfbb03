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

/* X(arg count, return type, name, number, (type, name) per argument) */
#define SYSGATE_IO_URING_CALLS(X)                                                                  \
  X(2, int, io_uring_setup, SYS_io_uring_setup, uint32_t, entries, struct io_uring_params *, p)    \
  X(6, int, io_uring_enter, SYS_io_uring_enter, unsigned int, fd, unsigned int, to_submit,         \
    unsigned int, min_complete, unsigned int, flags, const void *, arg, size_t, argsz)             \
  X(4, int, io_uring_register, SYS_io_uring_register, unsigned int, fd, unsigned int, opcode,      \
    void *, arg, unsigned int, nr_args)

SYSGATE_IO_URING_CALLS(SG_WRAP)

#endif
