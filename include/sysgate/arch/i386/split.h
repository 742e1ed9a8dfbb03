/* i386: a 64-bit value by value (an off_t) travels as two 32-bit registers.
 *
 * Not obvious: the order is per call. Most take the low word first
 * (arch/x86/kernel/sys_ia32.c: pread64, truncate64, fallocate); _llseek takes the high word first.
 */
#ifndef SYSGATE_ARCH_I386_SPLIT_H
#define SYSGATE_ARCH_I386_SPLIT_H

#include <stdint.h>

#define SG_I386_LO(off) (long)(uint32_t)(uint64_t)(off)
#define SG_I386_HI(off) (long)(uint32_t)((uint64_t)(off) >> 32)

#endif
