/* inet_ntop(3): an IPv4 or IPv6 address as text.
 *
 * Not obvious: IPv6 is written as RFC 5952 asks, which is also glibc's output: lower-case hex
 * without leading zeros, the longest run of two or more zero groups (the first of equal runs) as
 * "::", and an address whose first 96 bits are zero ("::a.b.c.d", with a nonzero seventh group) or
 * ::ffff:0:0/96 with its last 32 bits in dotted form (glibc resolv/inet_ntop.c). A buffer too small
 * for the text and its NUL is ENOSPC and is left as it was.
 */
#include <sysgate/errno.h>
#include <sysgate/inet.h>
#include <sysgate/string.h>

static char *put_decimal(char *p, unsigned v) {
  if (v >= 100)
    *p++ = (char)('0' + v / 100);
  if (v >= 10)
    *p++ = (char)('0' + v / 10 % 10);
  *p++ = (char)('0' + v % 10);
  return p;
}

static char *put_ipv4(char *p, const uint8_t b[4]) {
  for (int i = 0; i < 4; i++) {
    if (i)
      *p++ = '.';
    p = put_decimal(p, b[i]);
  }
  return p;
}

static char *put_hex(char *p, unsigned v) {
  static const char digits[] = "0123456789abcdef";
  int shift = 12;
  while (shift > 0 && (v >> shift) == 0)
    shift -= 4;
  for (; shift >= 0; shift -= 4)
    *p++ = digits[(v >> shift) & 0xf];
  return p;
}

static char *put_ipv6(char *p, const uint8_t b[16]) {
  unsigned groups[8];
  int best = -1, best_len = 0, run = -1;
  for (int i = 0; i < 8; i++) {
    groups[i] = (unsigned)b[2 * i] << 8 | b[2 * i + 1];
    if (groups[i] == 0 && run < 0)
      run = i;
    if (run >= 0 && (groups[i] != 0 || i == 7)) {
      int len = (groups[i] == 0 ? i + 1 : i) - run;
      if (len > best_len) {
        best = run;
        best_len = len;
      }
      run = -1;
    }
  }
  if (best_len < 2)
    best = -1;
  for (int i = 0; i < 8; i++) {
    if (best >= 0 && i >= best && i < best + best_len) {
      if (i == best)
        *p++ = ':';
      continue;
    }
    if (i)
      *p++ = ':';
    if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && groups[5] == 0xffff)))
      return put_ipv4(p, b + 12);
    p = put_hex(p, groups[i]);
  }
  if (best >= 0 && best + best_len == 8)
    *p++ = ':';
  return p;
}

const char *inet_ntop(int family, const void *src, char *dst, socklen_t size) {
  char text[INET6_ADDRSTRLEN];
  char *end;
  if (family == AF_INET)
    end = put_ipv4(text, src);
  else if (family == AF_INET6)
    end = put_ipv6(text, src);
  else {
    errno = EAFNOSUPPORT;
    return NULL;
  }
  size_t len = (size_t)(end - text);
  if (len >= size) {
    errno = ENOSPC;
    return NULL;
  }
  memcpy(dst, text, len);
  dst[len] = '\0';
  return dst;
}
