/* strerror(3) from the generated errno list (sysgate/errno_list.h).
 *
 * Not obvious: the switch is generated from the same X-macro list as the E*
 * values, so a new errno in the kernel headers needs only a regenerated list.
 */
#include <sysgate/errno.h>
#include <sysgate/string.h>

static char *unknown_error(int errnum) {
  static char buf[sizeof "Unknown error -2147483648"] = "Unknown error ";
  char digits[12];
  char *p = buf + sizeof "Unknown error " - 1;
  unsigned int v = errnum < 0 ? 0u - (unsigned int)errnum : (unsigned int)errnum;
  int n = 0;
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
  switch (errnum) {
  case 0:
    return "Success";
#define SG_CASE(name, message)                                                                     \
  case name:                                                                                       \
    return message;
    SYSGATE_ERRNO_LIST(SG_CASE)
#undef SG_CASE
  }
  return unknown_error(errnum);
}
