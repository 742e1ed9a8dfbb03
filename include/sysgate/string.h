/* sysgate/string.h: memcpy(3), memmove(3), memset(3), memcmp(3), strlen(3),
 * strcmp(3), strncmp(3), strchr(3), strrchr(3), strcpy(3), strncpy(3), strcat(3),
 * strerror(3), strerror_r(3) (the POSIX one), and the E* name of an errno.
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
int strcmp(const char *a, const char *b) SG_SYMBOL(strcmp);
int strncmp(const char *a, const char *b, size_t n) SG_SYMBOL(strncmp);
char *strchr(const char *s, int c) SG_SYMBOL(strchr);
char *strrchr(const char *s, int c) SG_SYMBOL(strrchr);
char *strcpy(char *restrict dest, const char *restrict src) SG_SYMBOL(strcpy);
char *strncpy(char *restrict dest, const char *restrict src, size_t n) SG_SYMBOL(strncpy);
char *strcat(char *restrict dest, const char *restrict src) SG_SYMBOL(strcat);

/* The kernel's message for errnum (its uapi errno comment); for a value it
 * does not know, "Unknown error N" in a static buffer, as glibc does. */
char *strerror(int errnum) SG_SYMBOL(strerror);

/* POSIX's (XSI) strerror_r: the same message copied into buf; 0, or ERANGE when it
 * does not fit (truncated, still NUL-terminated when buflen > 0), or EINVAL for an
 * unknown errnum, with "Unknown error N" written. errno is left alone. */
int strerror_r(int errnum, char *buf, size_t buflen) SG_SYMBOL(strerror_r);

/* "ENOENT" for ENOENT: the first name the kernel gives the value (EAGAIN, not
 * EWOULDBLOCK); NULL for 0 and unknown values (glibc's strerrorname_np gives "0" for 0). */
const char *sysgate_errno_name(int errnum);

#endif
