/* arc4random(3), arc4random_buf(3), arc4random_uniform(3): ranges, bound edge cases,
 * statistics that cannot fail by chance in practice, and fork.
 *
 * Not obvious: each statistical check has a failure chance below 2^-100 (1 MiB where every
 * byte value is expected 4096 times; 30000 draws of 3 values held within 12 standard
 * deviations), so the test is not flaky, yet a broken generator fails it.
 */
#include "check.h"

int main(void) {
  check(arc4random_uniform(0) == 0 && arc4random_uniform(1) == 0, "bounds 0 and 1 give 0");

  int seen[2] = {0, 0}, out = 0, high = 0;
  for (int i = 0; i < 1000; i++) {
    uint32_t r = arc4random_uniform(2);
    if (r < 2)
      seen[r]++;
    else
      out++;
    uint32_t b = arc4random_uniform(0x80000001u);
    if (b >= 0x80000001u)
      out++;
    if (b >= 0x80000000u / 2)
      high++;
    if (arc4random_uniform(0xffffffffu) == 0xffffffffu)
      out++;
  }
  check(out == 0, "no result reaches its bound (2, 2^31+1, 2^32-1)");
  check(seen[0] > 0 && seen[1] > 0, "bound 2 gives both 0 and 1");
  check(high > 0, "bound 2^31+1 gives results above 2^30");

  int counts[3] = {0, 0, 0};
  for (int i = 0; i < 30000; i++)
    counts[arc4random_uniform(3) % 3]++;
  int even = 1;
  for (int i = 0; i < 3; i++)
    even &= counts[i] > 9000 && counts[i] < 11000;
  check(even, "bound 3: each value within 12 standard deviations of 10000 in 30000 draws");

  static unsigned char mib[1 << 20];
  arc4random_buf(mib, sizeof mib);
  int byte_seen[256] = {0}, missing = 0;
  for (size_t i = 0; i < sizeof mib; i++)
    byte_seen[mib[i]] = 1;
  for (int i = 0; i < 256; i++)
    missing += !byte_seen[i];
  check(missing == 0, "all 256 byte values appear in 1 MiB of arc4random_buf");
  arc4random_buf(NULL, 0);
  uint32_t a = arc4random(), b = arc4random(), c = arc4random();
  check(a != b || b != c, "three arc4random() results are not all equal");

  int fds[2];
  uint32_t mine = 0, child = 0;
  if (check(pipe(fds) == 0, "pipe for the fork check")) {
    pid_t pid = fork();
    if (pid == 0) {
      uint32_t v[2] = {arc4random(), arc4random()};
      _exit(write(fds[1], v, sizeof v) == (ssize_t)sizeof v ? 0 : 1);
    }
    uint32_t v[2] = {arc4random(), arc4random()}, w[2] = {0, 0};
    int status = -1;
    ssize_t got = read(fds[0], w, sizeof w);
    waitpid(pid, &status, 0);
    mine = v[0] ^ v[1] << 1;
    child = w[0] ^ w[1] << 1;
    check(got == (ssize_t)sizeof w && status == 0 && mine != child,
          "parent and child get different numbers after fork()");
  }
  return check_status();
}
