/* glibc's strto* (strtod, strtof, strtold too), ato*, qsort and bsearch by address,
 * its errno, and its <inttypes.h> format strings, for the suites of the C library layer
 * (oracle_libc.h). This file includes glibc's headers and never sysgate's.
 *
 * Not obvious: no feature macro is defined here on purpose. From glibc 2.38,
 * _GNU_SOURCE (or C2X) turns strtol and its siblings into __isoc23_strtol, which
 * also accepts "0b101"; the C11 behaviour sysgate implements is the plain symbol.
 */
#include "oracle_libc.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>

const struct oracle_stdlib_fns oracle_stdlib = {
    .strtol = strtol,
    .strtoul = strtoul,
    .strtoll = strtoll,
    .strtoull = strtoull,
    .atoi = atoi,
    .atol = atol,
    .atoll = atoll,
    .strtod = strtod,
    .strtof = strtof,
    .strtold = strtold,
    .atof = atof,
    .qsort = qsort,
    .bsearch = bsearch,
};

long long oracle_strtoimax(const char *s, char **end, int base) {
  return strtoimax(s, end, base);
}

unsigned long long oracle_strtoumax(const char *s, char **end, int base) {
  return strtoumax(s, end, base);
}

void oracle_set_errno(int value) {
  errno = value;
}

int oracle_get_errno(void) {
  return errno;
}

#define ORACLE_FORMAT_ROW(name) {#name, name},
const struct oracle_format oracle_formats[] = {ORACLE_FORMAT_MACROS(ORACLE_FORMAT_ROW){0, 0}};
