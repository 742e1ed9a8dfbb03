/* inetconv: address conversions as a command-line tool. Each argument is
 * tried as IPv4 and IPv6 with inet_pton(3) and printed back with
 * inet_ntop(3); as a BSD address with inet_aton(3) and inet_addr(3); as a
 * network number with inet_network(3) and inet_makeaddr(3); and, when it is
 * a number, as a port with htons(3).
 * usage: inetconv address...
 *
 * Not obvious: inet_aton accepts more than inet_pton ("10.1", "0x7f.1",
 * "017.0.0.1" are addresses to it), and inet_addr cannot tell
 * "255.255.255.255" from an error: both are INADDR_NONE.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static void show(const char *arg) {
  unsigned char bin[sizeof(struct in6_addr)];
  char text[INET6_ADDRSTRLEN];
  printf("%s\n", arg);
  if (inet_pton(AF_INET, arg, bin) == 1)
    printf("  inet_pton AF_INET:  %s\n", inet_ntop(AF_INET, bin, text, sizeof text));
  else
    printf("  inet_pton AF_INET:  not an address\n");
  if (inet_pton(AF_INET6, arg, bin) == 1) {
    const struct in6_addr *a6 = (const struct in6_addr *)bin;
    printf("  inet_pton AF_INET6: %s%s%s%s\n", inet_ntop(AF_INET6, bin, text, sizeof text),
           IN6_IS_ADDR_LOOPBACK(a6) ? " loopback" : "",
           IN6_IS_ADDR_V4MAPPED(a6) ? " v4-mapped" : "",
           IN6_IS_ADDR_LINKLOCAL(a6) ? " link-local" : "");
  } else {
    printf("  inet_pton AF_INET6: not an address\n");
  }
  struct in_addr a;
  if (inet_aton(arg, &a))
    printf("  inet_aton: %s (0x%08x in host order)\n", inet_ntoa(a), (unsigned)ntohl(a.s_addr));
  else
    printf("  inet_aton: not an address\n");
  in_addr_t raw = inet_addr(arg);
  printf("  inet_addr: %s\n", raw == INADDR_NONE ? "INADDR_NONE" : "ok");
  in_addr_t net = inet_network(arg);
  if (net == INADDR_NONE)
    printf("  inet_network: INADDR_NONE\n");
  else
    printf("  inet_network: 0x%x, as a class network: %s\n", (unsigned)net,
           inet_ntoa(inet_makeaddr(net, 0)));
  char *end;
  unsigned long port = strtoul(arg, &end, 10);
  if (*arg && !*end && port <= 65535) {
    uint16_t net = htons((uint16_t)port);
    const unsigned char *b = (const unsigned char *)&net;
    printf("  port %lu: network bytes %02x %02x, back %u\n", port, b[0], b[1], ntohs(net));
  }
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: inetconv address...\n");
    return 2;
  }
  for (int i = 1; i < argc; i++)
    show(argv[i]);
  /* The named constants, and what a too-small buffer does. */
  struct in_addr lo = {htonl(INADDR_LOOPBACK)};
  printf("INADDR_LOOPBACK: %s, INADDR_ANY: 0x%08x\n", inet_ntoa(lo), (unsigned)INADDR_ANY);
  char tiny[8];
  if (inet_ntop(AF_INET6, &in6addr_loopback, tiny, sizeof tiny) != NULL)
    printf("::1 fits in 8 bytes: %s\n", tiny);
  if (inet_ntop(AF_INET, &lo, tiny, sizeof tiny) == NULL)
    printf("127.0.0.1 in 8 bytes: %s\n", strerror(errno));
  if (inet_pton(AF_UNIX, "x", tiny) < 0)
    printf("inet_pton(AF_UNIX): %s\n", strerror(errno));
  uint32_t big = htonl(0x01020304);
  const unsigned char *b = (const unsigned char *)&big;
  printf("htonl(0x01020304) bytes: %d %d %d %d\n", b[0], b[1], b[2], b[3]);
  return 0;
}
