/* i386 ABI of the memory calls of sysgate/mm.h and sysgate/brk.h (mprotect(2),
 * mremap(2), msync(2), madvise(2), mincore(2), mlock(2), memfd_create(2), brk(2)).
 *
 * Not obvious: there is nothing here, as on x86_64: every argument is an
 * address, a size or a flag word that fits one 32-bit register. An address
 * above 2 GiB (brk, mremap) is a negative long, which sysgate_is_error() already
 * tells apart from an error. The one memory call whose ABI differs, mmap
 * (mmap2), is in abi.h.
 */
#ifndef SYSGATE_ARCH_I386_MM_H
#define SYSGATE_ARCH_I386_MM_H

#endif
