/* affinity: the CPUs this process may run on (sched_getaffinity(2)) counted
 * with CPU_COUNT, the same through a CPU_ALLOC'd set, the set operations of
 * CPU_SET(3), and the scheduling policy calls.
 *
 * Not obvious: the program prints counts and comparisons, never CPU numbers,
 * which depend on where the test runs; sched_getcpu's answer is checked to be
 * in the set, not printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(void) {
  long r;
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) {
    perror("sched_getaffinity");
    return 1;
  }
  int count = CPU_COUNT(&set);
  printf("CPU_SETSIZE %d, sizeof(cpu_set_t) %zu\n", CPU_SETSIZE, sizeof(cpu_set_t));
  printf("allowed CPUs: %s\n", count > 0 ? "some" : "none");
  long online = sysconf(_SC_NPROCESSORS_ONLN);
  printf("allowed <= online: %d\n", count <= online);

  cpu_set_t *big = CPU_ALLOC(4096);
  size_t bigsize = CPU_ALLOC_SIZE(4096);
  printf("CPU_ALLOC_SIZE(4096) = %zu, CPU_ALLOC_SIZE(1) = %zu, CPU_ALLOC_SIZE(65) = %zu\n", bigsize,
         (size_t)CPU_ALLOC_SIZE(1), (size_t)CPU_ALLOC_SIZE(65));
  CPU_ZERO_S(bigsize, big);
  if (sched_getaffinity(0, bigsize, big) != 0)
    perror("sched_getaffinity(big)");
  printf("big set count equal: %d\n", CPU_COUNT_S(bigsize, big) == count);
  CPU_SET_S(4000, bigsize, big);
  printf("CPU 4000 set: %d, count +1: %d\n", CPU_ISSET_S(4000, bigsize, big) != 0,
         CPU_COUNT_S(bigsize, big) == count + 1);
  CPU_CLR_S(4000, bigsize, big);
  CPU_SET_S(5000, bigsize, big); /* beyond the set: ignored */
  printf("CPU 5000 ignored: %d\n", CPU_COUNT_S(bigsize, big) == count);
  CPU_FREE(big);

  cpu_set_t a, b, both;
  CPU_ZERO(&a);
  CPU_ZERO(&b);
  for (int i = 0; i < 200; i += 3)
    CPU_SET(i, &a);
  for (int i = 0; i < 200; i += 5)
    CPU_SET(i, &b);
  CPU_CLR(0, &b);
  CPU_SET(2000, &a); /* beyond CPU_SETSIZE: ignored */
  CPU_AND(&both, &a, &b);
  printf("a %d b %d and %d", CPU_COUNT(&a), CPU_COUNT(&b), CPU_COUNT(&both));
  CPU_OR(&both, &a, &b);
  printf(" or %d", CPU_COUNT(&both));
  CPU_XOR(&both, &a, &b);
  printf(" xor %d\n", CPU_COUNT(&both));
  printf("isset 15: %d, 16: %d, 1023: %d, -1: %d\n", CPU_ISSET(15, &both) != 0,
         CPU_ISSET(16, &both) != 0, CPU_ISSET(1023, &both) != 0, CPU_ISSET(-1, &both) != 0);
  printf("equal(a, a) %d, equal(a, b) %d\n", CPU_EQUAL(&a, &a) != 0, CPU_EQUAL(&a, &b) != 0);

  printf("sched_setaffinity(same): %d\n", sched_setaffinity(0, sizeof set, &set));
  int cpu = sched_getcpu();
  printf("sched_getcpu in the set: %d\n", cpu >= 0 && CPU_ISSET(cpu, &set));
  printf("policy %d (SCHED_OTHER %d)\n", sched_getscheduler(0), SCHED_OTHER);
  printf("FIFO priorities %d..%d, RR %d..%d, OTHER %d..%d\n", sched_get_priority_min(SCHED_FIFO),
         sched_get_priority_max(SCHED_FIFO), sched_get_priority_min(SCHED_RR),
         sched_get_priority_max(SCHED_RR), sched_get_priority_min(SCHED_OTHER),
         sched_get_priority_max(SCHED_OTHER));
  struct sched_param p = {-1};
  r = sched_getparam(0, &p);
  printf("getparam %ld priority %d\n", r, p.sched_priority);
  printf("setscheduler(OTHER, 0): %d\n", sched_setscheduler(0, SCHED_OTHER, &p));
  errno = 0;
  r = sched_get_priority_max(42);
  printf("bad policy: %ld %s\n", r, strerror(errno));
  errno = 0;
  r = sched_getscheduler(-5);
  printf("no such pid: %ld %s\n", r, strerror(errno));
  struct timespec slice = {-1, -1};
  r = sched_rr_get_interval(0, &slice);
  printf("sched_rr_get_interval: %ld, under a second %d\n", r,
         slice.tv_sec == 0 && slice.tv_nsec >= 0 && slice.tv_nsec < 1000000000);
  printf("sched_yield: %d\n", sched_yield());
  return 0;
}
