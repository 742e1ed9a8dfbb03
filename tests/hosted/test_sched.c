/* The CPU_* macros of CPU_SET(3), sched_getaffinity(2), sched_setaffinity(2), the
 * other sched_* calls, unshare(2) and setns(2) (sysgate/sched.h), against glibc's on the
 * same input; clone(2) is test_sched_clone.c's.
 *
 * Not obvious: the _S forms take a set of any size (CPU_ALLOC), so a CPU number past
 * the fixed cpu_set_t's 1024 is checked too; an affinity change happens in a child.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_proc.h"
#include "oracle_sysheaders.h"
#include <sysgate.h>

#include "proc_child.h"
#include "suite.h"

/* --- CPU_* macros --------------------------------------------------------------- */

static void test_cpu_macros(void **state) {
  (void)state;
  static const size_t sizes[] = {8, 16, 128, 136, 512};
  static const long cpus[] = {0, 1, 63, 64, 65, 127, 1023, 1024, 1087, 4095, 4096, -1, 100000};
  enum { WORDS = 512 / sizeof(unsigned long) }; /* the largest size below, on both arches */
  unsigned long ours[WORDS], theirs[WORDS], a[WORDS], b[WORDS];
  uint32_t seed = 12345;
  for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
    size_t size = sizes[z];
    for (size_t w = 0; w < WORDS; w++) {
      seed = seed * 1103515245u + 12345u;
      a[w] = (unsigned long)seed * 2654435761u;
      seed = seed * 1103515245u + 12345u;
      b[w] = (unsigned long)seed;
    }
    memcpy(ours, a, sizeof ours);
    memcpy(theirs, a, sizeof theirs);
    for (size_t c = 0; c < sizeof cpus / sizeof cpus[0]; c++)
      for (int clear = 0; clear < 2; clear++) {
        if (clear)
          CPU_CLR_S(cpus[c], size, (cpu_set_t *)ours);
        else
          CPU_SET_S(cpus[c], size, (cpu_set_t *)ours);
        int gset = oracle_cpu_set_s(cpus[c], size, theirs, clear);
        assert_int_equal(CPU_ISSET_S(cpus[c], size, (cpu_set_t *)ours) != 0, gset);
        assert_memory_equal(ours, theirs, sizeof ours);
        if (!clear)
          assert_int_equal(CPU_COUNT_S(size, (cpu_set_t *)ours), oracle_cpu_count_s(size, theirs));
      }
    assert_int_equal(CPU_COUNT_S(size, (cpu_set_t *)a), oracle_cpu_count_s(size, a));
    static const char ops[] = "&|^";
    for (int o = 0; o < 3; o++) {
      memset(ours, 0x77, sizeof ours);
      memset(theirs, 0x77, sizeof theirs);
      cpu_set_t *d =
          ops[o] == '&'   ? CPU_AND_S(size, (cpu_set_t *)ours, (cpu_set_t *)a, (cpu_set_t *)b)
          : ops[o] == '|' ? CPU_OR_S(size, (cpu_set_t *)ours, (cpu_set_t *)a, (cpu_set_t *)b)
                          : CPU_XOR_S(size, (cpu_set_t *)ours, (cpu_set_t *)a, (cpu_set_t *)b);
      assert_ptr_equal(d, ours);
      oracle_cpu_op_s(size, theirs, a, b, ops[o]);
      assert_memory_equal(ours, theirs, sizeof ours);
    }
    assert_int_equal(CPU_EQUAL_S(size, (cpu_set_t *)a, (cpu_set_t *)a) != 0,
                     oracle_cpu_equal_s(size, a, a) != 0);
    assert_int_equal(CPU_EQUAL_S(size, (cpu_set_t *)a, (cpu_set_t *)b) != 0,
                     oracle_cpu_equal_s(size, a, b) != 0);
  }
  cpu_set_t *set = CPU_ALLOC(2000);
  assert_non_null(set);
  CPU_ZERO_S(CPU_ALLOC_SIZE(2000), set);
  CPU_SET_S(1999, CPU_ALLOC_SIZE(2000), set);
  assert_int_equal(CPU_COUNT_S(CPU_ALLOC_SIZE(2000), set), 1);
  CPU_FREE(set);
}

/* --- sched calls, unshare, setns ------------------------------------------------- */

static void test_sched_calls(void **state) {
  (void)state;
  static const int pids[] = {0, -1, 0x7ffffff0};
  for (size_t i = 0; i < sizeof pids / sizeof pids[0]; i++) {
    SAME_ANSWER(sched_getscheduler(pids[i]), oracle_sched_getscheduler(pids[i], &ge_));
    struct sched_param p = {-7};
    int gp;
    SAME_ANSWER(sched_getparam(pids[i], &p), oracle_sched_getparam(pids[i], &gp, &ge_));
    if (pids[i] == 0)
      assert_int_equal(p.sched_priority, gp);
  }
  for (int policy = -1; policy <= 8; policy++) {
    SAME_ANSWER(sched_get_priority_max(policy), oracle_sched_get_priority_max(policy, &ge_));
    SAME_ANSWER(sched_get_priority_min(policy), oracle_sched_get_priority_min(policy, &ge_));
  }
  static const int prios[] = {0, 5, -1};
  for (size_t i = 0; i < sizeof prios / sizeof prios[0]; i++) {
    struct sched_param p = {prios[i]};
    SAME_ANSWER(sched_setscheduler(0, SCHED_OTHER, &p),
                oracle_sched_setscheduler(0, SCHED_OTHER, prios[i], &ge_));
    SAME_ANSWER(sched_setscheduler(0, 42, &p), oracle_sched_setscheduler(0, 42, prios[i], &ge_));
    SAME_ANSWER(sched_setparam(0, &p), oracle_sched_setparam(0, prios[i], &ge_));
  }
  for (size_t i = 0; i < sizeof pids / sizeof pids[0]; i++)
    for (int with = 0; with < 2; with++) {
      struct timespec ts = {-1, -1};
      long long gsec;
      long gnsec;
      SAME_ANSWER(sched_rr_get_interval(pids[i], with ? &ts : NULL),
                  oracle_sched_rr_get_interval(pids[i], with, &gsec, &gnsec, &ge_));
      if (with) { /* the same slice, read twice: no more than 100 ms apart */
        assert_int_equal(ts.tv_sec, gsec);
        assert_true(ts.tv_nsec - gnsec <= 100000000 && gnsec - ts.tv_nsec <= 100000000);
      }
    }
  SAME_ANSWER(unshare(0), oracle_unshare(0, &ge_));
  SAME_ANSWER(unshare(-1), oracle_unshare(-1, &ge_));
  SAME_ANSWER(setns(-1, 0), oracle_setns(-1, 0, &ge_));
  int cpu = sched_getcpu();
  assert_true(cpu >= 0 && cpu < CPU_SETSIZE);
  assert_true(oracle_sched_getcpu() >= 0);
}

/* --- scheduling --------------------------------------------------------------------- */

static void test_sched_getaffinity(void **state) {
  (void)state;
  cpu_set_t ours, theirs;
  int ge;
  /* Every byte the kernel does not copy is zeroed, as glibc does. */
  memset(&ours, 0xff, sizeof ours);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sched_yield(), 0);
  assert_int_equal(sched_getaffinity(0, sizeof ours, &ours), 0);
  assert_int_equal(oracle_sched_getaffinity(0, sizeof theirs, &theirs, &ge), 0);
  assert_memory_equal(&ours, &theirs, sizeof ours);
  assert_true(CPU_COUNT(&ours) >= 1);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* The raw call returns the bytes copied: whole longs, at most the set. */
  long copied = sys_sched_getaffinity(0, sizeof ours, &ours);
  assert_in_range(copied, sizeof(long), sizeof ours);
  assert_int_equal(copied % sizeof(long), 0);

  int r, e, g;
  errno = 0;
  r = sched_getaffinity(0, 1, &ours); /* fewer bits than CPUs, and not whole longs */
  e = errno;
  g = oracle_sched_getaffinity(0, 1, &theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = sched_getaffinity(NO_SUCH_PID, sizeof ours, &ours);
  e = errno;
  g = oracle_sched_getaffinity(NO_SUCH_PID, sizeof theirs, &theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ESRCH);
  CPU_ZERO(&ours);
  errno = 0;
  r = sched_setaffinity(0, sizeof ours, &ours); /* no CPU at all */
  e = errno;
  g = oracle_sched_setaffinity(0, sizeof ours, &ours, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_sched_getaffinity(0, 1, &ours), -EINVAL);
  assert_int_equal(sys_sched_setaffinity(0, sizeof ours, &ours), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void one_cpu(void *arg) {
  (void)arg;
  cpu_set_t set, theirs;
  int ge, first = -1;
  CHILD_CHECK(sched_getaffinity(0, sizeof set, &set) == 0);
  for (int cpu = CPU_SETSIZE - 1; cpu >= 0; cpu--)
    if (CPU_ISSET(cpu, &set))
      first = cpu;
  CHILD_CHECK(first >= 0);
  CPU_ZERO(&set);
  CPU_SET(first, &set);
  CHILD_CHECK(CPU_COUNT(&set) == 1);
  CHILD_CHECK(sched_setaffinity(0, sizeof set, &set) == 0);
  CHILD_CHECK(oracle_sched_getaffinity(0, sizeof theirs, &theirs, &ge) == 0);
  CHILD_CHECK(memcmp(&set, &theirs, sizeof set) == 0);
  CPU_CLR(first, &set);
  CHILD_CHECK(CPU_COUNT(&set) == 0 && !CPU_ISSET(first, &set));
  _exit(0);
}

static void test_sched_setaffinity(void **state) {
  (void)state;
  child_passes(one_cpu, NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cpu_macros),
      cmocka_unit_test(test_sched_calls),
      cmocka_unit_test(test_sched_getaffinity),
      cmocka_unit_test(test_sched_setaffinity),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
