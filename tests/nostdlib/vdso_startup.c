/* The vDSO under sysgate's own _start: the time-call table and, on i386, the
 * system-call entry are what the environment asks for, and the time calls
 * agree with each other either way. argv[1] is "on" or "off": what the test
 * expects SYSGATE_NO_VDSO to have chosen (tests/nostdlib/vdso.cmake).
 *
 * Not obvious: the output is the same in both modes, so one expected file
 * serves every run; a mode that did not take effect fails check 1.
 */
#include "check.h"

/* What the program's own early code saw: a constructor finds the table filled
 * (src/wrappers/vdso_time.c's .preinit_array entry ran before it), and even a
 * .preinit_array entry, which runs before sysgate's, finds the entry chosen. */
static __typeof__(sysgate_vdso_calls.clock_gettime) ctor_clock_gettime;
__attribute__((constructor)) static void ctor(void) {
  ctor_clock_gettime = sysgate_vdso_calls.clock_gettime;
}
#ifdef SYSGATE_HAVE_VSYSCALL
static void *preinit_entry_seen;
static void preinit(int argc, char **argv, char **envp) {
  (void)argc, (void)argv, (void)envp;
  preinit_entry_seen = sysgate_i386_entry;
}
__attribute__((section(".preinit_array"), used)) static void (*preinit_entry)(int, char **,
                                                                              char **) = preinit;
#endif

static long long ns(const struct timespec *ts) {
  return ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

int main(int argc, char **argv) {
  int on = argc > 1 && str_eq(argv[1], "on");
  int has_vdso = getauxval(AT_SYSINFO_EHDR) != 0;
  check((sysgate_vdso_calls.clock_gettime != NULL) == (on && has_vdso),
        "the vDSO table is filled only when the vDSO is on");
#ifdef SYSGATE_HAVE_VSYSCALL
  void *vsyscall = (void *)getauxval(AT_SYSINFO);
  check(sysgate_i386_entry == (on && vsyscall ? vsyscall : (void *)(uintptr_t)sysgate_i386_int80),
        "the system-call entry follows the switch");
#else
  check(1, "the system-call entry follows the switch");
#endif

  struct timespec a, b, res;
  check(clock_gettime(CLOCK_MONOTONIC, &a) == 0 && clock_gettime(CLOCK_MONOTONIC, &b) == 0 &&
            ns(&a) <= ns(&b) && a.tv_nsec < 1000000000 && b.tv_nsec < 1000000000,
        "CLOCK_MONOTONIC never goes back");
  check(clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0 && res.tv_nsec > 0,
        "clock_getres(CLOCK_MONOTONIC) is under a second");

  struct timespec coarse, real;
  struct timeval tv;
  time_t t = time(NULL);
  check(clock_gettime(CLOCK_REALTIME_COARSE, &coarse) == 0 && coarse.tv_sec - t <= 1 &&
            coarse.tv_sec >= t,
        "time() is CLOCK_REALTIME_COARSE's second");
  check(gettimeofday(&tv, NULL) == 0 && clock_gettime(CLOCK_REALTIME, &real) == 0 &&
            ns(&real) / 1000 >= tv.tv_sec * 1000000LL + tv.tv_usec &&
            ns(&real) / 1000 - (tv.tv_sec * 1000000LL + tv.tv_usec) < 1000000,
        "gettimeofday() is CLOCK_REALTIME in microseconds");
  check(t > 1700000000, "the date is after November 2023");

  unsigned cpu = 99999;
  check(getcpu(&cpu, NULL) == 0 && cpu < 4096, "getcpu() names a CPU");
  errno = 0;
  check(clock_gettime(-1, &a) == -1 && errno == EINVAL, "an unknown clock fails with EINVAL");
#ifdef SYSGATE_HAVE_VSYSCALL
  int entry_early = preinit_entry_seen == sysgate_i386_entry;
#else
  int entry_early = 1;
#endif
  check(ctor_clock_gettime == sysgate_vdso_calls.clock_gettime && entry_early,
        "set up before the program's constructors (i386 entry: before .preinit_array)");
  return check_status();
}
