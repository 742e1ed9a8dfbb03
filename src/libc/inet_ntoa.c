/* inet_ntoa(3): an IPv4 address as "a.b.c.d" in a buffer of its own.
 *
 * Not obvious: every call reuses the one buffer (per thread, as glibc's
 * inet/inet_ntoa.c), so printf("%s %s", inet_ntoa(a), inet_ntoa(b))
 * prints the same text twice with glibc too.
 */
#include <sysgate/inet.h>

#include "lock.h"

char *inet_ntoa(struct in_addr addr) {
  static SG_THREAD_LOCAL char text[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, &addr, text, sizeof text);
  return text;
}
