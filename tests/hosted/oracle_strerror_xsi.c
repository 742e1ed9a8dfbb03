/* glibc's POSIX strerror_r(3) for test_errno.c (oracle_tables.h).
 *
 * Not obvious: with _GNU_SOURCE, <string.h> declares the GNU strerror_r, which
 * returns a char *; the POSIX one (int, __xpg_strerror_r underneath) is what a
 * strict POSIX request gets, so this file asks for POSIX and nothing more.
 */
#define _POSIX_C_SOURCE 200809L
#include "oracle_tables.h"

#include <string.h>

int oracle_strerror_r(int errnum, char *buf, unsigned long buflen) {
  return strerror_r(errnum, buf, buflen);
}
