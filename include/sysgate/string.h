/* sysgate/string.h: memcpy(3), memmove(3), memset(3), memcmp(3), strlen(3),
 * strerror(3).
 *
 * Not obvious: compilers emit calls to memcpy, memmove, memset and memcmp on
 * their own (struct copies, zeroing) even with -ffreestanding, so a program
 * without libc must have them. sysgate's are weak: any stronger definition wins.
 */
#ifndef SYSGATE_STRING_H
#define SYSGATE_STRING_H

#include "base.h"
#include <stddef.h>

void *memcpy(void *restrict dest, const void *restrict src, size_t n) SG_SYMBOL(memcpy);
void *memmove(void *dest, const void *src, size_t n) SG_SYMBOL(memmove);
void *memset(void *dest, int c, size_t n) SG_SYMBOL(memset);
int memcmp(const void *a, const void *b, size_t n) SG_SYMBOL(memcmp);
size_t strlen(const char *s) SG_SYMBOL(strlen);

/* The kernel's message for errnum (its uapi errno comment); for a value it
 * does not know, "Unknown error N" in a static buffer, as glibc does. */
char *strerror(int errnum) SG_SYMBOL(strerror);

#endif
