/* x86_64 ABI of the memory calls of sysgate/mm.h and sysgate/brk.h (mprotect(2),
 * mremap(2), msync(2), madvise(2), mincore(2), mlock(2), memfd_create(2), brk(2)).
 *
 * Not obvious: there is nothing here. Each of those calls takes addresses,
 * sizes and flags that are one register on both arches, and has the same name
 * and argument order in both kernel tables; the one memory call whose ABI does
 * differ, mmap, is in abi.h. The header exists so that an arch-specific memory
 * detail has a place that is not an #ifdef in generic code.
 */
#ifndef SYSGATE_ARCH_X86_64_MM_H
#define SYSGATE_ARCH_X86_64_MM_H

#endif
