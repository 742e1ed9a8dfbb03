/* <stdlib.h>: exit, getenv, abort, EXIT_*, environ, the strto* and ato* conversions, abs, labs,
 * llabs, div, ldiv, lldiv, qsort, qsort_r, bsearch, arc4random*, the malloc family
 * (sysgate/stdlib.h, sysgate/malloc.h); setenv, unsetenv, putenv, clearenv, rand, srand, rand_r,
 * random, srandom, initstate, setstate, mkstemp, mkostemp, mkstemps, mkostemps, mkdtemp, realpath,
 * system (sysgate/stdlib_posix.h); _exit is <unistd.h>'s.
 *
 * Not obvious: getenv returns a pointer into the environment block the kernel wrote
 * on the stack at execve, no copy; qsort sorts in place, without allocating.
 */
#ifndef SYSGATE_POSIX_STDLIB_H
#define SYSGATE_POSIX_STDLIB_H

#include <stddef.h>
#include <sysgate/stdlib.h>
#include <sysgate/stdlib_posix.h>
#include <sysgate/wait.h> /* WEXITSTATUS and friends, which glibc's <stdlib.h> gives too */

#include <sysgate/lfs64.h> /* the *64 names under _GNU_SOURCE */

#endif
