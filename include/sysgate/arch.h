/* sysgate/arch.h: the one place that picks the architecture's headers.
 *
 * SYSGATE_ARCH_ABI_H names the header of the calls whose ABI differs per arch
 * (mmap, open's implied flags); family headers include it by that name.
 *
 * Not obvious: x32 (__x86_64__ with __ILP32__) has different numbers and is not
 * supported; the kernel of the target machines has no x32 either.
 */
#ifndef SYSGATE_ARCH_H
#define SYSGATE_ARCH_H

#if defined(__x86_64__) && !defined(__ILP32__)
#include "arch/x86_64/nr.h"
#include "arch/x86_64/syscall.h"
#define SYSGATE_ARCH_ABI_H "arch/x86_64/abi.h"
#elif defined(__i386__)
#include "arch/i386/nr.h"
#include "arch/i386/syscall.h"
#define SYSGATE_ARCH_ABI_H "arch/i386/abi.h"
#else
#error "sysgate supports x86_64 and i386 only"
#endif

#endif
