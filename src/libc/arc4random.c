/* arc4random(3), arc4random_buf(3), arc4random_uniform(3), as glibc 2.36 has them.
 *
 * Not obvious: every byte comes from getrandom(2) at the call (the vDSO's state lives in
 * wipe-on-fork pages), so a child of fork() never repeats its parent's bytes; and glibc
 * 2.36 ends the program when getrandom fails for good, since these functions cannot fail.
 */
#include <sysgate/stdlib.h>
#include <sysgate/unistd.h>
#include <sysgate/vdso_getrandom.h>

void arc4random_buf(void *buf, size_t n) {
  unsigned char *p = buf;
  while (n > 0) {
    long r = sysgate_getrandom_raw(p, n, 0);
    if (r == -EINTR)
      continue;
    if (sysgate_is_error(r)) {
      static const char msg[] = "arc4random: cannot get entropy from getrandom\n";
      sys_write(STDERR_FILENO, msg, sizeof msg - 1);
      abort();
    }
    p += r;
    n -= (size_t)r;
  }
}

uint32_t arc4random(void) {
  uint32_t v;
  arc4random_buf(&v, sizeof v);
  return v;
}

uint32_t arc4random_uniform(uint32_t bound) {
  if (bound < 2)
    return 0;
  /* 2^32 mod bound: the values below it make the low results likelier, so they are redrawn. */
  uint32_t low = (0u - bound) % bound;
  for (;;) {
    uint32_t r = arc4random();
    if (r >= low)
      return r % bound;
  }
}
