/* What the vDSO time suites share (test_vdso_time*.c): switching sysgate between the
 * vDSO and the system call, putting back startup's choice, and the clock ids to try.
 * Include after "suite.h".
 *
 * Not obvious: use(SYSCALL) empties the vDSO table, so every call after it must reach
 * the kernel; restore() is each test's teardown, so the next test starts as a program.
 */
#ifndef SYSGATE_TEST_SUITE_VDSO_TIME_H
#define SYSGATE_TEST_SUITE_VDSO_TIME_H

#define NS 1000000000LL

enum mode { VDSO, SYSCALL };

/* Fills the table from the live vDSO (VDSO) or empties it (SYSCALL). */
static inline void use(enum mode m) {
  char *no_env[] = {NULL};
  sysgate_vdso_setup(m == VDSO ? (const void *)oracle_getauxval(AT_SYSINFO_EHDR) : NULL, no_env);
#ifndef SYSGATE_NO_VDSO
  if (m == VDSO)
    assert_non_null(sysgate_vdso_calls.clock_gettime);
#endif
}

/* Back to what hosted_start.c chose, for the next test. */
static inline int restore(void **state) {
  (void)state;
  sysgate_vdso_setup((const void *)oracle_getauxval(AT_SYSINFO_EHDR), oracle_environ());
  return 0;
}

static inline long long ns_of(const struct timespec *ts) {
  return ts->tv_sec * NS + ts->tv_nsec;
}

/* Every clock id the kernel knows of and some it does not. */
static const int clocks[] = {CLOCK_REALTIME,
                             CLOCK_MONOTONIC,
                             CLOCK_PROCESS_CPUTIME_ID,
                             CLOCK_THREAD_CPUTIME_ID,
                             CLOCK_MONOTONIC_RAW,
                             CLOCK_REALTIME_COARSE,
                             CLOCK_MONOTONIC_COARSE,
                             CLOCK_BOOTTIME,
                             CLOCK_REALTIME_ALARM,
                             CLOCK_BOOTTIME_ALARM,
                             CLOCK_TAI,
                             10,
                             12,
                             -1,
                             1000};
#endif
