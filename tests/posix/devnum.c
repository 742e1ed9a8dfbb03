/* devnum: the device numbers of /dev/null and /dev/zero with major(3) and
 * minor(3) from <sys/sysmacros.h>, and makedev round trips of large numbers.
 *
 * Not obvious: dev_t packs a 32-bit major and a 32-bit minor in glibc's
 * encoding; the kernel's own (stat's st_rdev) is its low 32 bits.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

static void show(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) {
    printf("%s: %s\n", path, strerror(errno));
    return;
  }
  printf("%s: character device %d, major %u minor %u, makedev matches %d\n", path,
         S_ISCHR(st.st_mode), major(st.st_rdev), minor(st.st_rdev),
         makedev(major(st.st_rdev), minor(st.st_rdev)) == st.st_rdev);
}

int main(void) {
  show("/dev/null");
  show("/dev/zero");
  show("/dev/full");
  static const unsigned pairs[][2] = {{0, 0},
                                      {1, 3},
                                      {8, 1},
                                      {259, 0},
                                      {0xfff, 0xff},
                                      {0x1000, 0x100},
                                      {0xfffff, 0xfffff},
                                      {0x12345678u, 0x9abcdef0u},
                                      {0xffffffffu, 0xffffffffu}};
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    dev_t d = makedev(pairs[i][0], pairs[i][1]);
    printf("makedev(%#x, %#x) = %#llx -> %#x, %#x\n", pairs[i][0], pairs[i][1],
           (unsigned long long)d, major(d), minor(d));
  }
  printf("sizeof(dev_t) %zu\n", sizeof(dev_t));
  return 0;
}
