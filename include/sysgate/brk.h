/* sysgate/brk.h: brk(2) and sbrk(2), the program break (glibc declares them
 * in <unistd.h>; sysgate/unistd.h includes this).
 *
 * Not obvious: the kernel's brk never returns an error code. It returns the break as it is
 * afterwards: the new one, or the unchanged old one when the request failed or was 0 (mm/mmap.c).
 * So sys_brk(0) asks for the current break, and the libc brk() turns "the break stayed below what
 * was asked" into -1 with ENOMEM (brk(2), "C library/kernel differences"). sbrk() keeps the current
 * break in a static of the library, updated by every brk().
 */
#ifndef SYSGATE_BRK_H
#define SYSGATE_BRK_H

#include "syscall.h"
#include "types.h"

#include "calls/brk.h"

/* Not inline: both share the library's record of the break (src/wrappers/mm.c). */
int brk(void *addr) SG_SYMBOL(brk);
void *sbrk(intptr_t increment) SG_SYMBOL(sbrk);

#endif
