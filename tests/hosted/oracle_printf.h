/* The glibc side of test_printf*.c: glibc's vsnprintf, vdprintf, vasprintf and strerror,
 * built in oracle_printf.c, which includes glibc's <stdio.h> and never sysgate's.
 *
 * Not obvious: the test calls sysgate's vsnprintf by its plain name (it links as
 * sysgate_vsnprintf) and glibc's through these functions, with one va_list copied for
 * both, so the two sides always see the same arguments.
 */
#ifndef SYSGATE_TEST_ORACLE_PRINTF_H
#define SYSGATE_TEST_ORACLE_PRINTF_H

#include <stdarg.h>
#include <stddef.h>

int oracle_vsnprintf(char *buf, size_t size, const char *format, va_list ap);
int oracle_vdprintf(int fd, const char *format, va_list ap);
/* glibc's vasprintf; the string is glibc's to free: oracle_free. */
int oracle_vasprintf(char **strp, const char *format, va_list ap);
void oracle_free(void *p);
const char *oracle_strerror(int errnum);
/* glibc's memset and memcmp: the corpus fills and compares millions of buffers. */
void oracle_memset(void *p, int c, size_t n);
int oracle_memcmp(const void *a, const void *b, size_t n);

#endif
