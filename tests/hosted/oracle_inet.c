/* glibc's side of test_inet.c (oracle_inet.h). glibc's headers only. */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include "oracle_inet.h"
#include "oracle_call.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/fanotify.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>

const struct abi_row oracle_inet_abi[] = ABI_TABLE(INET_ABI);
const unsigned oracle_inet_abi_len = sizeof oracle_inet_abi / sizeof oracle_inet_abi[0];

int oracle_inet_aton(const char *text, void *addr4) {
  return inet_aton(text, addr4);
}

unsigned int oracle_inet_addr(const char *text) {
  return inet_addr(text);
}

unsigned int oracle_inet_network(const char *text) {
  return inet_network(text);
}

unsigned int oracle_inet_makeaddr(unsigned int net, unsigned int host) {
  return inet_makeaddr(net, host).s_addr;
}

unsigned int oracle_inet_lnaof(unsigned int addr_net_order) {
  struct in_addr a = {addr_net_order};
  return inet_lnaof(a);
}

unsigned int oracle_inet_netof(unsigned int addr_net_order) {
  struct in_addr a = {addr_net_order};
  return inet_netof(a);
}

void oracle_inet_ntoa(const void *addr4, char *out) {
  struct in_addr a;
  memcpy(&a, addr4, sizeof a);
  strcpy(out, inet_ntoa(a));
}

int oracle_inet_pton(int family, const char *text, void *dst, int *err) {
  ORACLE_RETURN(int, err, inet_pton(family, text, dst));
}

int oracle_inet_ntop(int family, const void *src, char *dst, unsigned int size, int *err) {
  ORACLE_RETURN(int, err, inet_ntop(family, src, dst, size) == dst);
}

unsigned oracle_in6_tests(const void *addr16, const void *other16) {
  const struct in6_addr *a = addr16, *b = other16;
  return INET_IN6_TESTS(a, b);
}

unsigned oracle_in4_tests(unsigned int host_order) {
  return INET_IN4_TESTS(host_order);
}

unsigned oracle_tcp_bits(const void *tcphdr_bytes, const void *tcp_info_bytes) {
  struct tcphdr h;
  struct tcp_info t;
  memcpy(&h, tcphdr_bytes, sizeof h);
  memcpy(&t, tcp_info_bytes, sizeof t);
  return INET_TCP_BITS(&h, &t);
}
