/* inet_pton(3): IPv4 ("a.b.c.d") and IPv6 (RFC 4291 2.2) text to binary.
 *
 * Not obvious: glibc is stricter than the BSD forms of inet_aton: IPv4 is four
 * decimal bytes, and a byte may not have a leading zero ("01" is refused, "0"
 * is not). In IPv6, "::" must stand for at least one group (so eight groups
 * and a "::" are refused), a group has one to four hex digits, and a dotted
 * IPv4 tail fills the last 32 bits (glibc resolv/inet_pton.c).
 */
#include <sysgate/ctype.h>
#include <sysgate/errno.h>
#include <sysgate/inet.h>
#include <sysgate/string.h>

/* [s, end) as four decimal bytes into out; 1 if it is exactly that. */
static int pton4(const char *s, const char *end, uint8_t out[4]) {
  uint8_t bytes[4] = {0, 0, 0, 0};
  int count = 0, digits = 0;
  for (; s < end; s++) {
    if (*s >= '0' && *s <= '9') {
      unsigned d = (unsigned)(*s - '0');
      if (digits == 0) {
        if (count == 4)
          return 0;
        bytes[count++] = (uint8_t)d;
      } else {
        unsigned v = bytes[count - 1] * 10u + d;
        if (bytes[count - 1] == 0 || v > 255)
          return 0; /* a leading zero, or past 255 */
        bytes[count - 1] = (uint8_t)v;
      }
      digits++;
    } else if (*s == '.' && digits > 0 && count < 4) {
      digits = 0;
    } else {
      return 0;
    }
  }
  if (count < 4 || digits == 0)
    return 0;
  memcpy(out, bytes, 4);
  return 1;
}

static int pton6(const char *s, uint8_t out[16]) {
  uint8_t bytes[16] = {0};
  const char *end = s + strlen(s), *token = s;
  int at = 0, gap = -1, digits = 0; /* at: next byte; gap: where "::" stands */
  unsigned group = 0;
  if (*s == ':' && *++s != ':')
    return 0; /* a leading colon only as part of "::" */
  while (s < end) {
    char c = *s++;
    unsigned d = sysgate_ctype_digit_value(c);
    if (d < 16) {
      if (digits == 4)
        return 0;
      group = group << 4 | d;
      digits++;
    } else if (c == ':') {
      token = s;
      if (digits == 0) {
        if (gap >= 0)
          return 0;
        gap = at;
        continue;
      }
      if (s == end || at + 2 > 16)
        return 0; /* a trailing single colon, or a ninth group */
      bytes[at++] = (uint8_t)(group >> 8);
      bytes[at++] = (uint8_t)group;
      digits = 0;
      group = 0;
    } else if (c == '.' && at + 4 <= 16 && pton4(token, end, bytes + at)) {
      at += 4;
      digits = 0;
      break;
    } else {
      return 0;
    }
  }
  if (digits > 0) {
    if (at + 2 > 16)
      return 0;
    bytes[at++] = (uint8_t)(group >> 8);
    bytes[at++] = (uint8_t)group;
  }
  if (gap >= 0) {
    if (at == 16)
      return 0; /* "::" would stand for no group at all */
    int tail = at - gap;
    memmove(bytes + 16 - tail, bytes + gap, (size_t)tail);
    memset(bytes + gap, 0, (size_t)(16 - tail - gap));
    at = 16;
  }
  if (at != 16)
    return 0;
  memcpy(out, bytes, 16);
  return 1;
}

int inet_pton(int family, const char *text, void *dst) {
  if (family == AF_INET)
    return pton4(text, text + strlen(text), dst);
  if (family == AF_INET6)
    return pton6(text, dst);
  errno = EAFNOSUPPORT;
  return -1;
}
