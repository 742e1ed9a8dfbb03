/* sysgate/stdlib.h: exit(3), environ, getenv(3), abort(3); from the C library layer
 * strtol(3), strtoul(3), strtoll(3), strtoull(3), atoi(3), atol(3), atoll(3), strtod(3),
 * strtof(3), strtold(3), atof(3), abs(3), labs(3), llabs(3), div(3), ldiv(3), lldiv(3),
 * qsort(3), qsort_r(3), bsearch(3), atexit(3), on_exit(3), arc4random(3).
 *
 * Not obvious: exit() runs the atexit handlers, then the .fini_array functions (in
 * reverse; stdio's flush is the last of them) before _exit(); _exit() runs nothing.
 * A program that did not start through sysgate's _start has nothing of sysgate's to
 * run.
 */
#ifndef SYSGATE_STDLIB_H
#define SYSGATE_STDLIB_H

#include <stddef.h>
#include <stdint.h>

#include "base.h"
#include "malloc.h" /* malloc(3), free(3) and the rest of the allocator */

_Noreturn void exit(int status) SG_SYMBOL(exit);

/* Functions exit() calls, last registered first, before the destructors and the
 * stdio flush; on_exit's get exit's status and their argument. At most 32: -1 past. */
int atexit(void (*fn)(void)) SG_SYMBOL(atexit);
int on_exit(void (*fn)(int status, void *arg), void *arg) SG_SYMBOL(on_exit);

/* The environment the kernel passed: envp as main() sees it. */
extern char **environ SG_SYMBOL(environ);

/* The value of NAME=value in environ, or NULL. A pointer into environ itself:
 * not a copy, so it changes if the program edits environ[]. */
char *getenv(const char *name) SG_SYMBOL(getenv);

/* Ends the program with SIGABRT even if SIGABRT is blocked, ignored or caught by a
 * handler that returns; runs no .fini_array. */
_Noreturn void abort(void) SG_SYMBOL(abort);

/* arc4random(3) and kin (glibc 2.36): bytes straight from getrandom(2), nothing buffered,
 * so nothing to go stale across fork(); they cannot fail (no entropy at all aborts). */
uint32_t arc4random(void) SG_SYMBOL(arc4random);
void arc4random_buf(void *buf, size_t n) SG_SYMBOL(arc4random_buf);
/* Uniform in [0, bound): draws below 2^32 mod bound are redrawn; 0 for bound 0 or 1. */
uint32_t arc4random_uniform(uint32_t bound) SG_SYMBOL(arc4random_uniform);

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* --- The C library layer's (src/libc/): numbers from strings, sorting, arithmetic --- */
#include <stddef.h>

/* strtol(3) and friends, as glibc has them: leading isspace() skipped, then a sign, then for base
 * 16 or 0 an optional "0x"/"0X" (base 0 is 16 after it, 8 after a lone leading 0, 10 otherwise),
 * then digits and letters below the base. *endptr is the first byte not used; with no digits it is
 * nptr, except that "0x" with no hex digit after it converts as "0" and ends at the x. Out of
 * range: the nearest limit and errno ERANGE. (the rest: docs/libc.md) */
long strtol(const char *restrict nptr, char **restrict endptr, int base) SG_SYMBOL(strtol);
unsigned long strtoul(const char *restrict nptr, char **restrict endptr, int base)
    SG_SYMBOL(strtoul);
long long strtoll(const char *restrict nptr, char **restrict endptr, int base) SG_SYMBOL(strtoll);
unsigned long long strtoull(const char *restrict nptr, char **restrict endptr, int base)
    SG_SYMBOL(strtoull);

/* strtod(3), strtof(3), strtold(3) (long double: the x87 80-bit format), as glibc has them: leading
 * isspace() skipped, a sign, then decimal digits with an optional point and "e" exponent, or "0x"
 * and hex digits with an optional "p" binary exponent, or "inf", "infinity", "nan", "nan(chars)" in
 * any case (chars: letters, digits, _; read by strtoull(chars, .., 0) as the nan's payload).
 * Correctly rounded, to nearest. (the rest: docs/libc.md) */
double strtod(const char *restrict nptr, char **restrict endptr) SG_SYMBOL(strtod);
float strtof(const char *restrict nptr, char **restrict endptr) SG_SYMBOL(strtof);
long double strtold(const char *restrict nptr, char **restrict endptr) SG_SYMBOL(strtold);
double atof(const char *s) SG_SYMBOL(atof);

/* strtol(s, NULL, 10), narrowed to the type (glibc's: errno as strtol leaves it). */
int atoi(const char *s) SG_SYMBOL(atoi);
long atol(const char *s) SG_SYMBOL(atol);
long long atoll(const char *s) SG_SYMBOL(atoll);

/* Absolute values; the most negative value has none (undefined, as in C). */
int abs(int i) SG_SYMBOL(abs);
long labs(long i) SG_SYMBOL(labs);
long long llabs(long long i) SG_SYMBOL(llabs);

/* Quotient truncated toward zero and its remainder, as / and % give them (C99). */
typedef struct {
  int quot, rem;
} div_t;
typedef struct {
  long quot, rem;
} ldiv_t;
typedef struct {
  long long quot, rem;
} lldiv_t;
div_t div(int num, int den) SG_SYMBOL(div);
ldiv_t ldiv(long num, long den) SG_SYMBOL(ldiv);
lldiv_t lldiv(long long num, long long den) SG_SYMBOL(lldiv);

/* Sorts nmemb elements of size bytes in place, in O(n log n) comparisons at worst
 * (introsort), with no allocation; not stable. qsort_r is glibc's: arg is passed
 * to every comparison as its third argument. */
void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *))
    SG_SYMBOL(qsort);
void qsort_r(void *base, size_t nmemb, size_t size,
             int (*compar)(const void *, const void *, void *), void *arg) SG_SYMBOL(qsort_r);

/* An element of the sorted array equal to *key (any one, if several are), or NULL. */
void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
              int (*compar)(const void *, const void *)) SG_SYMBOL(bsearch);

#endif
