/* Checks that run in a child process, for the process suites (test_proc.c,
 * test_proc_env.c). Include after <sysgate.h>.
 *
 * Not obvious: a cmocka assertion in a child would longjmp into the child's
 * copy of the test runner, which would go on to run the rest of the suite a
 * second time. A child reports through its exit status instead: 0, or the
 * number of the first check that failed, counted in the order they ran.
 */
#ifndef SYSGATE_TEST_PROC_CHILD_H
#define SYSGATE_TEST_PROC_CHILD_H

static int child_step;

#define CHILD_CHECK(cond)                                                                          \
  do {                                                                                             \
    child_step++;                                                                                  \
    if (!(cond))                                                                                   \
      _exit(child_step);                                                                           \
  } while (0)

/* A pid above any pid_max (PID_MAX_LIMIT is 4194304): no such process. */
#define NO_SUCH_PID 0x3fffffff

#endif
