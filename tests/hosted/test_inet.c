/* inet_aton(3), inet_addr(3), inet_ntoa(3), inet_pton(3), inet_ntop(3), the
 * IN6_IS_ADDR_* tests and in6addr_any/in6addr_loopback against glibc, and the
 * ABI of what the drop-in <netinet/in.h>, <netinet/tcp.h>, <sys/un.h>,
 * <sys/fanotify.h> and <sys/signalfd.h> add (oracle_inet.h).
 *
 * Not obvious: besides hand-picked edge cases, every parser gets strings
 * drawn at random from the characters that matter to it (digits, hex
 * letters, '.', ':', 'x', space), short enough that most are near-misses of
 * a valid address; glibc's answer and the bytes it wrote are the expectation.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_inet.h"
#include "oracle_socket.h"
#include <sysgate.h>
#include <sysgate/inet.h>

#include "suite.h"
#define SUITE_RANDOM_SEED 0x1e7a0d5c3b2f4a69u
#include "suite_random.h"

static void test_inet_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(INET_ABI);
  ABI_ASSERT_SAME(ours, oracle_inet_abi, oracle_inet_abi_len);
}

static const char *const edge_cases[] = {"",
                                         ".",
                                         "..",
                                         "...",
                                         "....",
                                         "0",
                                         "1",
                                         "1.",
                                         ".1",
                                         "1..2",
                                         "1.2.3.4",
                                         "1.2.3.4.",
                                         "1.2.3.4.5",
                                         "255.255.255.255",
                                         "256.1.1.1",
                                         "1.256.1.1",
                                         "1.1.1.256",
                                         "0.0.0.0",
                                         "127.0.0.1",
                                         "127.1",
                                         "127.0.1",
                                         "10.65535",
                                         "10.65536",
                                         "10.1.65535",
                                         "10.1.65536",
                                         "1.16777215",
                                         "1.16777216",
                                         "4294967295",
                                         "4294967296",
                                         "99999999999999999999999",
                                         "0x7f.1",
                                         "0X7F.0.0.1",
                                         "0x",
                                         "0x.1",
                                         "0xg",
                                         "0xffffffff",
                                         "0x100000000",
                                         "017.0.0.1",
                                         "08.1.1.1",
                                         "09",
                                         "0377.0377.0377.0377",
                                         "0400.1.1.1",
                                         "00",
                                         "000000000000001.2.3.4",
                                         "01.02.03.04",
                                         "1.2.3.4 ",
                                         "1.2.3.4\t",
                                         "1.2.3.4\n",
                                         "1.2.3.4 junk",
                                         "1.2.3.4x",
                                         " 1.2.3.4",
                                         "+1.2.3.4",
                                         "-1.2.3.4",
                                         "1.+2.3.4",
                                         "1.2.3.-4",
                                         "1.2.3.4\v",
                                         "1.2.3.4\f",
                                         "1.2.3.4\r",
                                         "1.2.3.4\x80",
                                         "1 .2.3.4",
                                         "1. 2.3.4",
                                         "1.2.3.4..",
                                         "a.b.c.d",
                                         "::",
                                         "::1",
                                         "1::",
                                         "1:2",
                                         "::ffff:1.2.3.4",
                                         "::1.2.3.4",
                                         "1:2:3:4:5:6:7:8",
                                         "1:2:3:4:5:6:7:8:9",
                                         "1:2:3:4:5:6:7::",
                                         "::2:3:4:5:6:7:8",
                                         "1:2:3:4:5:6:7::8",
                                         "1::2::3",
                                         ":::",
                                         ":1::",
                                         "1:::2",
                                         ":",
                                         "1:",
                                         "12345::",
                                         "ffff::",
                                         "FFFF::",
                                         "fffff::",
                                         "0:0:0:0:0:0:0:0",
                                         "0000:0000::0000",
                                         "00000::",
                                         "1:2:3:4:5:6:1.2.3.4",
                                         "1:2:3:4:5:6:7:1.2.3.4",
                                         "1:2:3:4:5:1.2.3.4",
                                         "::1.2.3",
                                         "::1.2.3.4.5",
                                         "::01.2.3.4",
                                         "::256.2.3.4",
                                         "1.2.3.4::",
                                         "::1.2.3.4:1",
                                         "fe80::1%eth0",
                                         "::ffff:0.0.0.0",
                                         "2001:db8::1",
                                         "2001:DB8:0:0:8:800:200C:417A",
                                         "::a.b.c.d",
                                         "1::1.2.3.4",
                                         ":1",
                                         "1:2:3:4:5:6:7:8:",
                                         "1:2:3:4:5:6:7:",
                                         "::ffff:1.2.3.4x"};
#define EDGE_COUNT (sizeof edge_cases / sizeof edge_cases[0])

/* A random string of up to 15 characters from chars. */
static void random_text(char *out, const char *chars) {
  size_t n = next_random() % 16, k = strlen(chars);
  for (size_t i = 0; i < n; i++)
    out[i] = chars[next_random() % k];
  out[n] = '\0';
}

static void check_aton(const char *text) {
  uint8_t ours[4] = {0xa5, 0xa5, 0xa5, 0xa5}, theirs[4] = {0xa5, 0xa5, 0xa5, 0xa5};
  int r = inet_aton(text, (struct in_addr *)ours), g = oracle_inet_aton(text, theirs);
  if (r != g || memcmp(ours, theirs, 4) != 0)
    fail_msg("inet_aton(\"%s\"): sysgate %d, glibc %d", text, r, g);
  unsigned a = inet_addr(text), ga = oracle_inet_addr(text);
  if (a != ga)
    fail_msg("inet_addr(\"%s\"): sysgate %#x, glibc %#x", text, a, ga);
  assert_int_equal(inet_aton(text, NULL), g); /* no address wanted */
}

static void test_inet_aton(void **state) {
  (void)state;
  for (size_t i = 0; i < EDGE_COUNT; i++)
    check_aton(edge_cases[i]);
  char text[16];
  for (int i = 0; i < 20000; i++) {
    random_text(text, i % 2 ? "0123456789." : "0123456789.xXaF \t");
    check_aton(text);
  }
}

static void check_network(const char *text) {
  unsigned ours = inet_network(text), theirs = oracle_inet_network(text);
  if (ours != theirs)
    fail_msg("inet_network(\"%s\"): sysgate %#x, glibc %#x", text, ours, theirs);
}

static void test_inet_network(void **state) {
  (void)state;
  static const char *const more[] = {"x1f",        "X1.2",        "0x",   "x",
                                     "0xx1",       "1.x",         "1.0x", "4294967296",
                                     "4294967551", "0x100000001", "1 . 2"};
  for (size_t i = 0; i < EDGE_COUNT; i++)
    check_network(edge_cases[i]);
  for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
    check_network(more[i]);
  char text[16];
  for (int i = 0; i < 20000; i++) {
    random_text(text, i % 2 ? "0123456789." : "0129.xXaF \t");
    check_network(text);
  }
}

static void test_inet_classful(void **state) {
  (void)state;
  for (int i = 0; i < 5000; i++) {
    uint32_t net = (uint32_t)next_random(), host = (uint32_t)next_random();
    net >>= next_random() % 32; /* networks of every size */
    struct in_addr made = inet_makeaddr(net, host);
    assert_int_equal(made.s_addr, oracle_inet_makeaddr(net, host));
    struct in_addr a = {(uint32_t)next_random()};
    assert_int_equal(inet_lnaof(a), oracle_inet_lnaof(a.s_addr));
    assert_int_equal(inet_netof(a), oracle_inet_netof(a.s_addr));
  }
}

static void test_inet_ntoa(void **state) {
  (void)state;
  for (int i = 0; i < 2000; i++) {
    uint32_t v = (uint32_t)next_random();
    if (i < 3)
      v = i == 0 ? 0 : i == 1 ? 0xffffffffu : 0x0a00000fu;
    struct in_addr a = {v};
    char theirs[16];
    oracle_inet_ntoa(&a, theirs);
    assert_string_equal(inet_ntoa(a), theirs);
  }
}

static void check_pton(int family, const char *text) {
  uint8_t ours[16], theirs[16];
  memset(ours, 0xa5, sizeof ours);
  memset(theirs, 0xa5, sizeof theirs);
  int err;
  errno = SUITE_ERRNO_CANARY;
  int r = inet_pton(family, text, ours), g = oracle_inet_pton(family, text, theirs, &err);
  if (r != g || memcmp(ours, theirs, sizeof ours) != 0)
    fail_msg("inet_pton(%d, \"%s\"): sysgate %d, glibc %d", family, text, r, g);
  assert_int_equal(errno, r < 0 ? err : SUITE_ERRNO_CANARY);
}

static void test_inet_pton(void **state) {
  (void)state;
  for (size_t i = 0; i < EDGE_COUNT; i++) {
    check_pton(AF_INET, edge_cases[i]);
    check_pton(AF_INET6, edge_cases[i]);
  }
  check_pton(AF_UNIX, "1.2.3.4");
  check_pton(-1, "::");
  char text[16];
  for (int i = 0; i < 20000; i++) {
    random_text(text, "0123456789.");
    check_pton(AF_INET, text);
    random_text(text, i % 2 ? "0000::::1fF" : "01:.2ff:.3");
    check_pton(AF_INET6, text);
  }
}

static void check_ntop(int family, const uint8_t *addr, unsigned size) {
  char ours[64], theirs[64];
  memset(ours, '#', sizeof ours);
  memset(theirs, '#', sizeof theirs);
  int err;
  errno = SUITE_ERRNO_CANARY;
  const char *r = inet_ntop(family, addr, ours, size);
  int g = oracle_inet_ntop(family, addr, theirs, size, &err);
  if ((r == ours) != g || memcmp(ours, theirs, sizeof ours) != 0)
    fail_msg("inet_ntop(%d, size %u): sysgate \"%.*s\" (%s), glibc \"%.*s\" (%d)", family, size,
             (int)sizeof ours, ours, r ? "dst" : "NULL", (int)sizeof theirs, theirs, g);
  assert_int_equal(errno, r ? SUITE_ERRNO_CANARY : err);
}

/* Addresses with many zero groups and ffff groups, where the "::" and the
 * dotted tail are decided. */
static void random_ipv6(uint8_t a[16]) {
  for (int g = 0; g < 8; g++) {
    unsigned kind = (unsigned)(next_random() % 8), v;
    v = kind < 4    ? 0
        : kind == 4 ? 0xffff
        : kind == 5 ? (unsigned)(next_random() % 16)
                    : (unsigned)next_random() & 0xffff;
    a[2 * g] = (uint8_t)(v >> 8);
    a[2 * g + 1] = (uint8_t)v;
  }
}

static void test_inet_ntop(void **state) {
  (void)state;
  uint8_t a[16];
  for (int i = 0; i < 20000; i++) {
    random_ipv6(a);
    check_ntop(AF_INET6, a, 64);
    check_ntop(AF_INET, a, 64);
  }
  /* Every buffer size around the text's length: ENOSPC below it, dst untouched. */
  static const uint8_t longest[16] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                      0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
  static const uint8_t mapped[16] = {[10] = 0xff, [11] = 0xff, [12] = 192, [13] = 168, [15] = 1};
  static const uint8_t compat[16] = {[12] = 10, [15] = 1};
  for (unsigned size = 0; size <= 48; size++) {
    check_ntop(AF_INET6, longest, size);
    check_ntop(AF_INET6, mapped, size);
    check_ntop(AF_INET6, compat, size);
    check_ntop(AF_INET, longest, size);
    check_ntop(AF_INET, compat, size);
  }
  check_ntop(AF_UNIX, longest, 64);
  check_ntop(12345, longest, 64);
}

static void test_in6_macros(void **state) {
  (void)state;
  uint8_t a[16], b[16];
  for (int i = 0; i < 5000; i++) {
    random_ipv6(a);
    if (i % 4 == 0) /* fe80::/10, fec0::/10 and ff00::/8 with every scope */
      a[0] = (uint8_t)(0xfe + i / 4 % 2), a[1] = (uint8_t)(next_random() & 0xff);
    memcpy(b, a, sizeof b);
    if (i % 3 == 0)
      b[next_random() % 16] ^= 1;
    const struct in6_addr *pa = (const struct in6_addr *)a, *pb = (const struct in6_addr *)b;
    assert_int_equal(INET_IN6_TESTS(pa, pb), oracle_in6_tests(a, b));
  }
}

static void test_in4_classes(void **state) {
  (void)state;
  for (int i = 0; i < 5000; i++) {
    uint32_t a = (uint32_t)next_random();
    if (i < 32)
      a = 0xffffffffu << i; /* every leading-ones count */
    assert_int_equal(INET_IN4_TESTS(a), oracle_in4_tests(a));
  }
}

/* The bit-fields of struct tcphdr and tcp_info sit where glibc's do: the same
 * random bytes read the same through both. */
static void test_tcp_bitfields(void **state) {
  (void)state;
  for (int i = 0; i < 2000; i++) {
    struct tcphdr h;
    struct tcp_info t;
    uint8_t *hb = (uint8_t *)&h, *tb = (uint8_t *)&t;
    for (size_t k = 0; k < sizeof h; k++)
      hb[k] = (uint8_t)next_random();
    for (size_t k = 0; k < sizeof t; k++)
      tb[k] = (uint8_t)next_random();
    assert_int_equal(INET_TCP_BITS(&h, &t), oracle_tcp_bits(&h, &t));
  }
}

static void test_in6addr_objects(void **state) {
  (void)state;
  uint8_t theirs[16];
  oracle_in6addr(0, theirs);
  assert_memory_equal(&in6addr_any, theirs, 16);
  oracle_in6addr(1, theirs);
  assert_memory_equal(&in6addr_loopback, theirs, 16);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_inet_abi),        cmocka_unit_test(test_inet_aton),
      cmocka_unit_test(test_inet_ntoa),       cmocka_unit_test(test_inet_network),
      cmocka_unit_test(test_inet_classful),   cmocka_unit_test(test_inet_pton),
      cmocka_unit_test(test_inet_ntop),       cmocka_unit_test(test_in6_macros),
      cmocka_unit_test(test_in4_classes),     cmocka_unit_test(test_tcp_bitfields),
      cmocka_unit_test(test_in6addr_objects),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
