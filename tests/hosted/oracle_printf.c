/* glibc's vsnprintf, vdprintf, vasprintf, free and strerror for test_printf*.c
 * (oracle_printf.h). This file includes glibc's headers and never sysgate's.
 *
 * Not obvious: _GNU_SOURCE is needed for vasprintf's declaration; it changes nothing in
 * how glibc formats.
 */
#define _GNU_SOURCE
#include "oracle_printf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma GCC diagnostic ignored "-Wformat-nonliteral"

int oracle_vsnprintf(char *buf, size_t size, const char *format, va_list ap) {
  return vsnprintf(buf, size, format, ap);
}

int oracle_vdprintf(int fd, const char *format, va_list ap) {
  return vdprintf(fd, format, ap);
}

int oracle_vasprintf(char **strp, const char *format, va_list ap) {
  return vasprintf(strp, format, ap);
}

void oracle_free(void *p) {
  free(p);
}

const char *oracle_strerror(int errnum) {
  return strerror(errnum);
}

void oracle_memset(void *p, int c, size_t n) {
  memset(p, c, n);
}

int oracle_memcmp(const void *a, const void *b, size_t n) {
  return memcmp(a, b, n);
}
