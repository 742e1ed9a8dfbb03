/* inet_makeaddr(3), inet_lnaof(3), inet_netof(3): an IPv4 address split
 * into, or built from, a network and a host number by the old address
 * classes.
 *
 * Not obvious: inet_makeaddr picks the class from the size of the network
 * number (below 128: class A, below 65536: B, below 2^24: C), while
 * inet_lnaof and inet_netof read it from the address's leading bits
 * (inet(3), "Classful network addressing").
 */
#include <sysgate/inet.h>

struct in_addr inet_makeaddr(in_addr_t net, in_addr_t host) {
  uint32_t a;
  if (net < IN_CLASSA_MAX)
    a = net << IN_CLASSA_NSHIFT | (host & IN_CLASSA_HOST);
  else if (net < IN_CLASSB_MAX)
    a = net << IN_CLASSB_NSHIFT | (host & IN_CLASSB_HOST);
  else if (net < 0x1000000)
    a = net << IN_CLASSC_NSHIFT | (host & IN_CLASSC_HOST);
  else
    a = net | host;
  struct in_addr addr = {htonl(a)};
  return addr;
}

in_addr_t inet_lnaof(struct in_addr addr) {
  uint32_t a = ntohl(addr.s_addr);
  if (IN_CLASSA(a))
    return a & IN_CLASSA_HOST;
  if (IN_CLASSB(a))
    return a & IN_CLASSB_HOST;
  return a & IN_CLASSC_HOST;
}

in_addr_t inet_netof(struct in_addr addr) {
  uint32_t a = ntohl(addr.s_addr);
  if (IN_CLASSA(a))
    return (a & IN_CLASSA_NET) >> IN_CLASSA_NSHIFT;
  if (IN_CLASSB(a))
    return (a & IN_CLASSB_NET) >> IN_CLASSB_NSHIFT;
  return (a & IN_CLASSC_NET) >> IN_CLASSC_NSHIFT;
}
