/* Helpers for sysgate's assembly files (the .S files in src/arch/<arch>/).
 *
 * Not obvious: a function with a libc name must honour SYSGATE_PREFIX_NAMES
 * like SG_SYMBOL does for C (sysgate/base.h): the hosted test library is
 * assembled with the same -D, and there vfork must be sysgate_vfork.
 */
#ifndef SYSGATE_SRC_ARCH_ASM_H
#define SYSGATE_SRC_ARCH_ASM_H

#ifdef SYSGATE_PREFIX_NAMES
#define SG_ASM_LIBC(name) sysgate_##name
#else
#define SG_ASM_LIBC(name) name
#endif

/* clang-format off */
#define SG_ASM_FUNC(name) .globl name; .type name, @function; name:
#define SG_ASM_END(name) .size name, . - name
/* clang-format on */

#endif
