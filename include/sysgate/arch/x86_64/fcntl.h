/* x86_64 ABI of sysgate/fcntl.h: the flag open(2) adds by itself.
 *
 * Not obvious: none; a 64-bit process never passes O_LARGEFILE, the kernel adds it
 * itself (fs/open.c, force_o_largefile()).
 */
#ifndef SYSGATE_ARCH_X86_64_FCNTL_H
#define SYSGATE_ARCH_X86_64_FCNTL_H

#define SYSGATE_ARCH_OPEN_FLAGS 0

#endif
