/* sysgate/strings.h: strcasecmp(3), strncasecmp(3), index(3), rindex(3), bzero(3),
 * bcmp(3), ffs(3), ffsl(3), ffsll(3): the BSD names POSIX keeps in <strings.h>.
 *
 * Not obvious: the case-insensitive comparisons fold both bytes to lower case in
 * the C locale and compare the results as unsigned char, so "[" (0x5b) sorts
 * after "A" and before "a" under strcmp but before both under strcasecmp, where
 * "A" counts as 'a' (0x61); glibc's C locale does the same.
 */
#ifndef SYSGATE_STRINGS_H
#define SYSGATE_STRINGS_H

#include "base.h"
#include <stddef.h>

int strcasecmp(const char *a, const char *b) SG_SYMBOL(strcasecmp);
int strncasecmp(const char *a, const char *b, size_t n) SG_SYMBOL(strncasecmp);

/* strchr and strrchr under their old names. */
char *index(const char *s, int c) SG_SYMBOL(index);
char *rindex(const char *s, int c) SG_SYMBOL(rindex);

/* memset(s, 0, n). */
void bzero(void *s, size_t n) SG_SYMBOL(bzero);

/* 0 when the n bytes are equal, nonzero otherwise (memcmp's value here; only zero
 * or not is promised). */
int bcmp(const void *a, const void *b, size_t n) SG_SYMBOL(bcmp);

/* The position, counting from 1, of the lowest set bit; 0 for 0. */
int ffs(int i) SG_SYMBOL(ffs);
int ffsl(long i) SG_SYMBOL(ffsl);
int ffsll(long long i) SG_SYMBOL(ffsll);

#endif
