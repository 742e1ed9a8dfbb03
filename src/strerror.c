/* strerror(3) and the POSIX strerror_r(3) from the generated errno list
 * (sysgate/errno_list.h).
 *
 * Not obvious: the switch is generated from the same X-macro list as the E*
 * values, so a new errno in the kernel headers needs only a regenerated list.
 * strerror_r never touches strerror's static buffer: POSIX makes it the
 * thread-safe one, so "Unknown error N" is built on its own stack.
 */
#include <sysgate/errno.h>
#include <sysgate/string.h>

#include "libc/lock.h"

#define UNKNOWN_PREFIX "Unknown error "
#define UNKNOWN_SIZE sizeof UNKNOWN_PREFIX "-2147483648"

/* The message for errnum, or NULL if the kernel's list has no such value. */
static const char *message(int errnum) {
  switch (errnum) {
  case 0:
    return "Success";
#define SG_CASE(name, message)                                                                     \
  case name:                                                                                       \
    return message;
    SYSGATE_ERRNO_LIST(SG_CASE)
#undef SG_CASE
  }
  return 0;
}

/* "Unknown error N" into buf, as glibc words it. */
static char *unknown_error(int errnum, char buf[UNKNOWN_SIZE]) {
  char digits[12];
  char *p = buf + sizeof UNKNOWN_PREFIX - 1;
  unsigned int v = errnum < 0 ? 0u - (unsigned int)errnum : (unsigned int)errnum;
  int n = 0;
  memcpy(buf, UNKNOWN_PREFIX, sizeof UNKNOWN_PREFIX - 1);
  do
    digits[n++] = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  if (errnum < 0)
    *p++ = '-';
  while (n)
    *p++ = digits[--n];
  *p = '\0';
  return buf;
}

char *strerror(int errnum) {
  static SG_THREAD_LOCAL char buf[UNKNOWN_SIZE]; /* per thread, as glibc's since 2.32 */
  const char *msg = message(errnum);
  return msg ? (char *)msg : unknown_error(errnum, buf);
}

int strerror_r(int errnum, char *buf, size_t buflen) {
  char unknown[UNKNOWN_SIZE];
  const char *msg = message(errnum);
  int ret = 0;
  if (!msg) {
    msg = unknown_error(errnum, unknown);
    ret = EINVAL; /* before ERANGE, as glibc's __xpg_strerror_r */
  }
  size_t len = strlen(msg);
  if (len >= buflen) {
    if (ret == 0)
      ret = ERANGE;
    if (buflen == 0)
      return ret;
    len = buflen - 1;
  }
  memcpy(buf, msg, len);
  buf[len] = '\0';
  return ret;
}
