/* sysgate/syscall.h: from the raw trap to the two wrapper layers.
 *
 *   syscallN(nr, ...)  the trap (arch/<arch>/syscall.h): the kernel's raw value
 *   sys_<name>(...)    typed; returns the raw value, -errno on failure; no globals
 *   <name>(...)        glibc-shaped: -1 and errno on failure, errno kept on success
 *
 * Not obvious: an error is a value in -4095..-1 (the kernel's MAX_ERRNO,
 * include/linux/err.h), never just "negative": an i386 mmap may return an
 * address above 2 GiB, which is negative as a long. sysgate_is_error() is the
 * only place that test is written.
 */
#ifndef SYSGATE_SYSCALL_H
#define SYSGATE_SYSCALL_H

#include "arch.h"
#include "base.h"
#include "errno.h"
#include "trace.h"

#define SYSGATE_MAX_ERRNO 4095

SG_INLINE int sysgate_is_error(long ret) {
  return (unsigned long)ret > -(unsigned long)(SYSGATE_MAX_ERRNO + 1);
}

/* The libc layer's whole error path: raw kernel value in, glibc convention out. */
SG_INLINE SG_ARCH_REG_ARG long sysgate_ret(long ret) {
  if (SG_UNLIKELY(sysgate_is_error(ret))) {
    errno = (int)-ret;
    return -1;
  }
  return ret;
}

/* Every wrapper built on these is written out in include/sysgate/calls/ by
 * tools/gen_calls.py from the table src/calls.tab (docs/adding-a-wrapper.md). */

#endif
