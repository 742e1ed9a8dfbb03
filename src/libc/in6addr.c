/* in6addr_any and in6addr_loopback (ipv6(7)): :: and ::1 as variables, for
 * sin6_addr = in6addr_any.
 *
 * Not obvious: they are objects, not macros, in glibc too (netinet/in.h
 * declares them extern); IN6ADDR_ANY_INIT is the initializer form.
 */
#include <sysgate/inet.h>

const struct in6_addr in6addr_any = IN6ADDR_ANY_INIT;
const struct in6_addr in6addr_loopback = IN6ADDR_LOOPBACK_INIT;
