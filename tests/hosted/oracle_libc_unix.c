/* glibc's getopt family, environment, random-number, sysconf, realpath, basename,
 * dirname, err/warn and __assert_fail, for the C library layer's suites
 * (oracle_libc_unix.h). Compiled against glibc's headers only.
 *
 * Not obvious: <libgen.h> turns basename into __xpg_basename, so the GNU one is taken
 * by its address before that header is read.
 */
#define _GNU_SOURCE
#undef NDEBUG /* glibc declares __assert_fail only without it */
#include <assert.h>
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "oracle_libc_unix.h"

static char *(*const glibc_gnu_basename)(const char *) = basename;

#include <libgen.h>

_Static_assert(sizeof(struct option) == 4 * sizeof(void *), "struct option: four words");
_Static_assert(offsetof(struct option, val) == 3 * sizeof(void *), "struct option layout");

const struct getopt_side oracle_getopt_side = GETOPT_SIDE_INIT;

static int get_errno(void) {
  return errno;
}
static void set_errno(int e) {
  errno = e;
}

const struct oracle_unix_fns oracle_unix = {
    .setenv = setenv,
    .unsetenv = unsetenv,
    .putenv = putenv,
    .clearenv = clearenv,
    .getenv = getenv,
    .environ = &environ,
    .rand = rand,
    .srand = srand,
    .rand_r = rand_r,
    .random = random,
    .srandom = srandom,
    .initstate = initstate,
    .setstate = setstate,
    .sysconf = sysconf,
    .getpagesize = getpagesize,
    .getauxval = getauxval,
    .realpath = realpath,
    .gnu_basename = glibc_gnu_basename,
    .xpg_basename = __xpg_basename,
    .dirname = dirname,
    .vwarn = vwarn,
    .vwarnx = vwarnx,
    .verr = verr,
    .verrx = verrx,
    .assert_fail = __assert_fail,
    .get_errno = get_errno,
    .set_errno = set_errno,
    .isatty = isatty,
    .mkstemps = mkstemps,
    .mkdtemp = mkdtemp,
    .execvp = execvp,
    .system = system,
    .sleep = sleep,
};
