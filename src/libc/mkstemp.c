/* mkstemp(3), mkostemp(3), mkstemps(3), mkostemps(3), mkdtemp(3).
 *
 * Not obvious: the six X's become letters and digits from getrandom(2) (62 choices each), and a
 * name that exists already (EEXIST) is tried again with new ones, up to 62^3 times as glibc
 * (TMP_MAX); any other error ends the call at once. Without getrandom (before Linux 3.17) the bits
 * come from a counter mixed with the pid and the address of a local, enough for names, which need
 * no secrecy: O_EXCL is what makes the creation safe.
 */
#include <stdint.h>
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/misc.h>
#include <sysgate/stat.h>
#include <sysgate/stdlib_posix.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

enum { ATTEMPTS = 62 * 62 * 62 };

static uint64_t random_bits(void) {
  static uint64_t counter;
  uint64_t bits;
  if (sys_getrandom(&bits, sizeof bits, GRND_NONBLOCK) == (long)sizeof bits)
    return bits;
  bits = ++counter * 0x9e3779b97f4a7c15u ^ (uint64_t)getpid() << 32 ^ (uintptr_t)&bits;
  return bits ^ bits >> 29;
}

enum kind { FILE_KIND, DIR_KIND };

/* The descriptor (FILE_KIND) or 0 (DIR_KIND), or -1 with errno. */
static int make(char *template, int suffixlen, int flags, enum kind kind) {
  static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  size_t len = strlen(template);
  if (suffixlen < 0 || len < 6 || len - 6 < (size_t)suffixlen ||
      memcmp(template + len - 6 - suffixlen, "XXXXXX", 6) != 0) {
    errno = EINVAL;
    return -1;
  }
  char *x = template + len - 6 - suffixlen;
  for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
    uint64_t bits = random_bits();
    for (int i = 0; i < 6; i++, bits /= 62)
      x[i] = letters[bits % 62];
    long r = kind == DIR_KIND ? sys_mkdir(template, 0700)
                              : sys_open(template, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
    if (r >= 0)
      return (int)r;
    if (r != -EEXIST) {
      errno = (int)-r;
      return -1;
    }
  }
  errno = EEXIST;
  return -1;
}

int mkostemps(char *template, int suffixlen, int flags) {
  return make(template, suffixlen, flags & ~O_ACCMODE, FILE_KIND);
}

int mkstemp(char *template) {
  return mkostemps(template, 0, 0);
}

int mkostemp(char *template, int flags) {
  return mkostemps(template, 0, flags);
}

int mkstemps(char *template, int suffixlen) {
  return mkostemps(template, suffixlen, 0);
}

char *mkdtemp(char *template) {
  return make(template, 0, 0, DIR_KIND) == 0 ? template : NULL;
}
