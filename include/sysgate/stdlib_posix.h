/* sysgate/stdlib_posix.h: the POSIX and GNU parts of <stdlib.h> from the C library
 * layer: setenv(3), unsetenv(3), putenv(3), clearenv(3), rand(3), srand(3), rand_r(3),
 * random(3), srandom(3), initstate(3), setstate(3), mkstemp(3), mkostemp(3),
 * mkstemps(3), mkostemps(3), mkdtemp(3), realpath(3), system(3).
 *
 * Not obvious: rand() is random(), as in glibc: the same additive feedback generator
 * (x[i] = x[i-3] + x[i-31] mod 2^32, the top 31 bits returned), seeded the same
 * way, so a seed gives glibc's sequence (src/libc/random.c).
 */
#ifndef SYSGATE_STDLIB_POSIX_H
#define SYSGATE_STDLIB_POSIX_H

#include "base.h"
#include <stddef.h>

/* Adds NAME=VALUE to environ, or replaces it when REPLACE is nonzero. -1 with
 * EINVAL when NAME is NULL, empty or holds '=', ENOMEM without memory. */
int setenv(const char *name, const char *value, int replace) SG_SYMBOL(setenv);
/* Removes every NAME= entry; the same EINVAL rule. */
int unsetenv(const char *name) SG_SYMBOL(unsetenv);
/* Puts STRING itself (not a copy) into environ; without '=' it unsets the name. */
int putenv(char *string) SG_SYMBOL(putenv);
/* Empties the environment: environ becomes NULL. */
int clearenv(void) SG_SYMBOL(clearenv);

#define RAND_MAX 2147483647
int rand(void) SG_SYMBOL(rand);
void srand(unsigned int seed) SG_SYMBOL(srand);
/* A generator whose whole state is *seed (glibc's three-step linear congruence). */
int rand_r(unsigned int *seed) SG_SYMBOL(rand_r);
long random(void) SG_SYMBOL(random);
void srandom(unsigned int seed) SG_SYMBOL(srandom);
/* State buffers of 8 to 256+ bytes select glibc's generator types 0 to 4. */
char *initstate(unsigned int seed, char *state, size_t n) SG_SYMBOL(initstate);
char *setstate(char *state) SG_SYMBOL(setstate);

/* The last six characters of TEMPLATE (before SUFFIXLEN more, for the *s forms)
 * must be "XXXXXX" (EINVAL otherwise); they are replaced until a name is new. The
 * file is created with mode 0600, the directory (mkdtemp) with 0700. */
int mkstemp(char *template) SG_SYMBOL(mkstemp);
int mkostemp(char *template, int flags) SG_SYMBOL(mkostemp);
int mkstemps(char *template, int suffixlen) SG_SYMBOL(mkstemps);
int mkostemps(char *template, int suffixlen, int flags) SG_SYMBOL(mkostemps);
char *mkdtemp(char *template) SG_SYMBOL(mkdtemp);

/* The absolute path with no ".", ".." or symbolic link in it, in RESOLVED (PATH_MAX
 * bytes) or, when RESOLVED is NULL, in memory from malloc. */
char *realpath(const char *restrict path, char *restrict resolved) SG_SYMBOL(realpath);

/* Runs "/bin/sh -c COMMAND" and returns its wait status; system(NULL) says whether a
 * shell is there. */
int system(const char *command) SG_SYMBOL(system);

#endif
