/* x86_64 ABI details of individual calls: open(2)'s implied flags, mmap(2).
 *
 * Not obvious: a 64-bit process never passes O_LARGEFILE; the kernel adds it
 * itself (fs/open.c, force_o_largefile()).
 */
#ifndef SYSGATE_ARCH_X86_64_ABI_H
#define SYSGATE_ARCH_X86_64_ABI_H

#include "../../syscall.h"
#include "../../types.h"

#define SYSGATE_ARCH_OPEN_FLAGS 0

/* The offset goes to the kernel in bytes, in one register. */

#endif
