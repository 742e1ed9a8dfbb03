/* glibc's sscanf for test_scanf.c (oracle_scanf.h). This file includes glibc's
 * headers and never sysgate's.
 *
 * Not obvious: no feature macro: under _GNU_SOURCE glibc's sscanf is the GNU one, in
 * which "%as" allocates; without it (C99 and later) it is __isoc99_sscanf.
 */
#include "oracle_scanf.h"

#include <errno.h>
#include <stdio.h>

int oracle_sscanf(const char *input, const char *format, void *a[ORACLE_SCANF_ARGS]) {
  return sscanf(input, format, a[0], a[1], a[2], a[3], a[4], a[5]);
}

int oracle_sscanf_err(const char *input, const char *format, void *a[ORACLE_SCANF_ARGS], int *err) {
  errno = 0;
  int r = sscanf(input, format, a[0], a[1], a[2], a[3], a[4], a[5]);
  *err = errno;
  return r;
}

int oracle_fscanf(const char *path, const char *format, void *a[ORACLE_SCANF_ARGS], int *next) {
  FILE *f = fopen(path, "r");
  if (f == NULL)
    return -2;
  int r = fscanf(f, format, a[0], a[1], a[2], a[3], a[4], a[5]);
  *next = getc(f);
  fclose(f);
  return r;
}
