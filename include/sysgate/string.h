/* sysgate/string.h: memcpy(3), memmove(3), memset(3), memcmp(3), strlen(3), strcmp(3), strncmp(3),
 * strchr(3), strrchr(3), strcpy(3), strncpy(3), strcat(3), strerror(3), strerror_r(3) (POSIX's),
 * the E* name of an errno; from src/libc/ the rest of string(3): strnlen, memchr, memrchr, strstr,
 * strcasestr, memmem, strspn, strcspn, strpbrk, strtok(_r), strsep, stpcpy, stpncpy, strncat,
 * strlcpy, strlcat, strcoll, strxfrm, strsignal, strdup, strndup; and <strings.h>.
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

/* glibc's message for errnum ("Bad file descriptor"); for a value it does
 * not know, "Unknown error N" in a static buffer, as glibc does. */
char *strerror(int errnum) SG_SYMBOL(strerror);

/* POSIX's (XSI) strerror_r: the same message copied into buf; 0, or ERANGE when it
 * does not fit (truncated, still NUL-terminated when buflen > 0), or EINVAL for an
 * unknown errnum, with "Unknown error N" written. errno is left alone. */
int strerror_r(int errnum, char *buf, size_t buflen) SG_SYMBOL(strerror_r);

/* "ENOENT" for ENOENT: the first name the kernel gives the value (EAGAIN, not
 * EWOULDBLOCK); NULL for 0 and unknown values (glibc's strerrorname_np gives "0" for 0). */
const char *sysgate_errno_name(int errnum);

/* --- The C library layer's (src/libc/): searching, copying, tokens, locale, signals --- */

/* strlen, but looking at no more than maxlen bytes: maxlen when no NUL is among them. */
size_t strnlen(const char *s, size_t maxlen) SG_SYMBOL(strnlen);

/* The first (memchr) or last (memrchr) of the n bytes equal to (unsigned char)c. */
void *memchr(const void *s, int c, size_t n) SG_SYMBOL(memchr);
void *memrchr(const void *s, int c, size_t n) SG_SYMBOL(memrchr);

/* The first occurrence of needle in haystack; an empty needle is found at the
 * start. Linear time (the Two-Way algorithm), whatever the inputs; strcasestr
 * ignores case as tolower does. */
char *strstr(const char *haystack, const char *needle) SG_SYMBOL(strstr);
char *strcasestr(const char *haystack, const char *needle) SG_SYMBOL(strcasestr);
void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen)
    SG_SYMBOL(memmem);

/* The length of s's prefix made only of bytes in accept (strspn) or only of bytes not
 * in reject (strcspn); strpbrk: the first byte of s that is in accept, or NULL. */
size_t strspn(const char *s, const char *accept) SG_SYMBOL(strspn);
size_t strcspn(const char *s, const char *reject) SG_SYMBOL(strcspn);
char *strpbrk(const char *s, const char *accept) SG_SYMBOL(strpbrk);

/* The next token of s, ending it with a NUL. strtok keeps its place in a static
 * variable, strtok_r in *saveptr; both skip runs of delimiters, and never return an
 * empty token. strsep does not skip: it returns empty tokens between adjacent
 * delimiters, and sets *stringp to NULL after the last one. */
char *strtok(char *restrict s, const char *restrict delim) SG_SYMBOL(strtok);
char *strtok_r(char *restrict s, const char *restrict delim, char **restrict saveptr)
    SG_SYMBOL(strtok_r);
char *strsep(char **restrict stringp, const char *restrict delim) SG_SYMBOL(strsep);

/* strcpy and strncpy that return the end: stpcpy the copied NUL; stpncpy the first
 * NUL it wrote, or dest + n when it wrote none. */
char *stpcpy(char *restrict dest, const char *restrict src) SG_SYMBOL(stpcpy);
char *stpncpy(char *restrict dest, const char *restrict src, size_t n) SG_SYMBOL(stpncpy);

/* At most n bytes of src appended to dest, and always a NUL after them. */
char *strncat(char *restrict dest, const char *restrict src, size_t n) SG_SYMBOL(strncat);

/* glibc 2.38's (the BSD ones): the result is always NUL-terminated when size > 0,
 * and the return value is the length of the string they tried to make (strlen(src),
 * plus for strlcat the length of dst, or size when dst has no NUL in its size
 * bytes, in which case nothing is written). A return >= size means truncation. */
size_t strlcpy(char *restrict dst, const char *restrict src, size_t size) SG_SYMBOL(strlcpy);
size_t strlcat(char *restrict dst, const char *restrict src, size_t size) SG_SYMBOL(strlcat);

/* The C locale's collation is the byte order: strcoll is strcmp, and strxfrm copies
 * src with its NUL when that fits in n bytes, else src's first n bytes and no NUL
 * (glibc's), and returns strlen(src) either way. */
int strcoll(const char *a, const char *b) SG_SYMBOL(strcoll);
size_t strxfrm(char *restrict dest, const char *restrict src, size_t n) SG_SYMBOL(strxfrm);
/* Compares as versions (GNU): digit runs as numbers, "a2" < "a10", and runs with leading
 * zeros as fractions, "000" < "00" < "01" < "010" < "09" < "0" < "1" < "9" < "10". */
int strverscmp(const char *a, const char *b) SG_SYMBOL(strverscmp);

/* glibc's description of a signal ("Hangup", "Interrupt" ...); "Real-time signal N"
 * for SIGRTMIN + N, "Unknown signal N" otherwise. Those two are formatted in a static
 * buffer that the next such call overwrites. sysgate's SIGRTMIN is 32 (glibc's, 34):
 * each library names SIGRTMIN + N "Real-time signal N". */
char *strsignal(int sig) SG_SYMBOL(strsignal);

/* A copy of s (strndup: of at most n bytes of it, NUL-terminated) from malloc, or
 * NULL with errno ENOMEM. */
char *strdup(const char *s) SG_SYMBOL(strdup);
char *strndup(const char *s, size_t n) SG_SYMBOL(strndup);

/* The GNU basename: what follows the last '/' ("" for "dir/"), never writing. As in
 * glibc, declared only under _GNU_SOURCE (programs written for POSIX often define a
 * basename of their own) and not once <libgen.h> has made basename the POSIX one. */
#if defined(_GNU_SOURCE) && !defined(basename)
char *basename(const char *path) SG_SYMBOL(basename);
#endif

/* strcasecmp, strncasecmp, index, rindex, bzero, bcmp, ffs, as glibc's <string.h>. */
#include "strings.h"

#endif
