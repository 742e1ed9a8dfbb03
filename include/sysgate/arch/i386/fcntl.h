/* i386 ABI of sysgate/fcntl.h: the flag open(2) adds by itself.
 *
 * Not obvious: O_LARGEFILE, because sysgate's off_t is 64-bit, so every file may
 * exceed 2 GiB; a 64-bit kernel adds it for a 64-bit caller only (fs/open.c).
 */
#ifndef SYSGATE_ARCH_I386_FCNTL_H
#define SYSGATE_ARCH_I386_FCNTL_H

#define SYSGATE_ARCH_OPEN_FLAGS 0100000

#endif
