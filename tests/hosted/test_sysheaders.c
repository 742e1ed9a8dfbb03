/* The Linux system headers' C library layer against glibc: termios(3)
 * (tcgetattr, tcsetattr, cfmakeraw, the cf*speed calls, tcdrain, tcflush,
 * tcflow, tcsendbreak, tcgetsid) on a pseudo-terminal, statvfs(3) and
 * fstatvfs(3), utime(2), getentropy(3), the CPU_* macros of CPU_SET(3), the
 * sched_* calls, unshare, setns, capget, capset and ptrace's errors; and every constant, size
 * and offset of those headers (oracle_sysheaders.h).
 *
 * Not obvious: the speed tests start both sides from the same bytes, with and
 * without the input-speed-0 bit, and compare the whole structure afterwards,
 * so that a bit set or cleared by one side only is seen, not just the answer.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_sysheaders.h"
#include <sysgate.h>
#define _LARGEFILE64_SOURCE /* the *64 names, for the ABI list */
#include <sysgate/lfs64.h>
/* The kernel's own list before sysgate's: every __NR_ both define must be spelled
 * alike, or sysgate's redefinition is an error under -Werror (the build is the
 * test; in this order, since a system header's own warnings are not shown). */
#include <asm/unistd.h>
#include SYSGATE_ARCH_NR_UAPI_H

#include "suite.h"

#define SYSHEADERS_CHECK(list)                                                                     \
  {                                                                                                \
    static const struct abi_row ours[] = ABI_TABLE(list);                                          \
    print_message("%s: %u rows\n", #list, oracle_##list##_len);                                    \
    ABI_ASSERT_SAME(ours, oracle_##list, oracle_##list##_len);                                     \
  }

static void test_sysheaders_abi(void **state) {
  (void)state;
  SYSHEADERS_ABI_LISTS(SYSHEADERS_CHECK)
}

/* --- termios ------------------------------------------------------------------ */

static void make_pty(int *master, int *slave) {
  if (oracle_pty(master, slave, 24, 80) != 0)
    SKIP_BECAUSE("no pseudo-terminal (openpty failed)");
}

/* glibc's view of the terminal, through glibc's tcgetattr. */
static void glibc_attr(int fd, struct termios *t) {
  int ge;
  memset(t, 0, sizeof *t);
  assert_int_equal(oracle_tcgetattr(fd, t, &ge), 0);
}

static void test_tcgetattr(void **state) {
  (void)state;
  int m, s, ge;
  make_pty(&m, &s);
  int fds[] = {s, m};
  for (int i = 0; i < 2; i++) {
    struct termios ours, theirs;
    memset(&ours, 0x5a, sizeof ours); /* every byte tcgetattr should write, written */
    memset(&theirs, 0x5a, sizeof theirs);
    errno = SUITE_ERRNO_CANARY;
    assert_int_equal(tcgetattr(fds[i], &ours), 0);
    assert_int_equal(errno, SUITE_ERRNO_CANARY);
    assert_int_equal(oracle_tcgetattr(fds[i], &theirs, &ge), 0);
    assert_memory_equal(&ours, &theirs, sizeof ours);
  }
  int p[2];
  assert_int_equal(oracle_pipe(p), 0);
  struct termios t;
  int r = tcgetattr(p[0], &t), e = errno;
  int gr = oracle_tcgetattr(p[0], &t, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, ENOTTY);
  r = tcgetattr(-1, &t), e = errno;
  gr = oracle_tcgetattr(-1, &t, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, EBADF);
  oracle_close(p[0]);
  oracle_close(p[1]);
  oracle_close(m);
  oracle_close(s);
}

static void test_cfmakeraw(void **state) {
  (void)state;
  for (int fill = 0; fill < 256; fill += 51) {
    struct termios ours, theirs;
    memset(&ours, fill, sizeof ours);
    memset(&theirs, fill, sizeof theirs);
    cfmakeraw(&ours);
    oracle_cfmakeraw(&theirs);
    assert_memory_equal(&ours, &theirs, sizeof ours);
  }
}

/* tcsetattr with each action: what glibc's tcgetattr reads back afterwards, and
 * the answer, must be the same as after glibc's own tcsetattr. */
static void test_tcsetattr(void **state) {
  (void)state;
  int m, s, ge;
  make_pty(&m, &s);
  struct termios orig, want = {0};
  glibc_attr(s, &orig);
  want = orig;
  cfmakeraw(&want);
  want.c_cc[VMIN] = 3;
  want.c_cc[VTIME] = 7;
  want.c_cc[VEOL2] = 'x';
  want.c_cc[20] = 'y'; /* beyond the kernel's 19: dropped by both */
  assert_int_equal(cfsetospeed(&want, B57600), 0);
  assert_int_equal(cfsetispeed(&want, B0), 0); /* the bit that must not reach the kernel */
  for (int action = -1; action <= 3; action++) {
    struct termios after_ours, after_theirs;
    assert_int_equal(oracle_tcsetattr(s, TCSANOW, &orig, &ge), 0);
    errno = SUITE_ERRNO_CANARY;
    int r = tcsetattr(s, action, &want), e = errno;
    glibc_attr(s, &after_ours);
    assert_int_equal(oracle_tcsetattr(s, TCSANOW, &orig, &ge), 0);
    int gr = oracle_tcsetattr(s, action, &want, &ge);
    glibc_attr(s, &after_theirs);
    assert_int_equal(r, gr);
    if (r == 0)
      assert_int_equal(e, SUITE_ERRNO_CANARY);
    else
      ASSERT_BOTH_FAIL(r, e, gr, ge, EINVAL);
    assert_memory_equal(&after_ours, &after_theirs, sizeof after_ours);
  }
  int r = tcsetattr(-1, TCSANOW, &want), e = errno;
  int gr = oracle_tcsetattr(-1, TCSANOW, &want, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, EBADF);
  oracle_close(m);
  oracle_close(s);
}

static const unsigned speeds[] = {
    0,      1,       2,       7,          15,         16,         017,        020,
    0x1000, 0x1001,  0x1005,  0x100f,     0x1010,     0x1011,     0x2000,     0x3001,
    50,     75,      134,     9600,       19200,      38400,      57600,      115200,
    230400, 4000000, 4000001, 0x7fffffff, 0x80000000, 0xffffffff, 0x100f | 1, 12345,
};

/* Runs one cfset* on both sides from the same bytes; compares everything. */
static void compare_speed(int which, const struct termios *start, unsigned speed) {
  struct termios ours = *start, theirs = *start;
  int ge, r, gr;
  errno = SUITE_ERRNO_CANARY;
  if (which == 0) {
    r = cfsetispeed(&ours, speed);
    gr = oracle_cfsetispeed(&theirs, speed, &ge);
  } else if (which == 1) {
    r = cfsetospeed(&ours, speed);
    gr = oracle_cfsetospeed(&theirs, speed, &ge);
  } else {
    r = cfsetspeed(&ours, speed);
    gr = oracle_cfsetspeed(&theirs, speed, &ge);
  }
  int e = errno;
  if (r != gr || memcmp(&ours, &theirs, sizeof ours) != 0)
    print_message("cfset%sspeed(%#x): sysgate %d, glibc %d\n",
                  which == 0   ? "i"
                  : which == 1 ? "o"
                               : "",
                  speed, r, gr);
  assert_int_equal(r, gr);
  if (r == 0)
    assert_int_equal(e, SUITE_ERRNO_CANARY);
  else
    ASSERT_BOTH_FAIL(r, e, gr, ge, EINVAL);
  assert_memory_equal(&ours, &theirs, sizeof ours);
  assert_int_equal(cfgetispeed(&ours), oracle_cfgetispeed(&theirs));
  assert_int_equal(cfgetospeed(&ours), oracle_cfgetospeed(&theirs));
}

static void test_cfspeed(void **state) {
  (void)state;
  static const unsigned iflags[] = {0, 02400, 020000002400u, 0xffffffffu};
  static const unsigned cflags[] = {0, 0277, 010262, 0xffffffffu};
  for (size_t f = 0; f < sizeof iflags / sizeof iflags[0]; f++)
    for (size_t i = 0; i < sizeof speeds / sizeof speeds[0]; i++)
      for (int which = 0; which < 3; which++) {
        struct termios start;
        memset(&start, 0x33, sizeof start);
        start.c_iflag = iflags[f];
        start.c_cflag = cflags[f];
        compare_speed(which, &start, speeds[i]);
      }
}

/* The other tc* calls: same answer and errno on the slave, the master, a pipe
 * and a closed descriptor. */
static void test_tc_calls(void **state) {
  (void)state;
  int m, s, p[2];
  make_pty(&m, &s);
  assert_int_equal(oracle_pipe(p), 0);
  int fds[] = {s, m, p[0], -1};
  for (size_t i = 0; i < sizeof fds / sizeof fds[0]; i++) {
    int fd = fds[i], ge, r, gr;
    r = tcdrain(fd);
    int e = errno;
    gr = oracle_tcdrain(fd, &ge);
    assert_int_equal(r, gr);
    if (r < 0)
      assert_int_equal(e, ge);
    for (int q = -1; q <= 3; q++) {
      r = tcflush(fd, q), e = errno;
      gr = oracle_tcflush(fd, q, &ge);
      assert_int_equal(r, gr);
      if (r < 0)
        assert_int_equal(e, ge);
    }
    static const int actions[] = {TCOOFF, TCOON, TCIOFF, TCION, -1, 4};
    for (size_t a = 0; a < sizeof actions / sizeof actions[0]; a++) {
      r = tcflow(fd, actions[a]), e = errno;
      gr = oracle_tcflow(fd, actions[a], &ge);
      assert_int_equal(r, gr);
      if (r < 0)
        assert_int_equal(e, ge);
    }
    static const int durations[] = {0, -5, 1, 150};
    for (size_t d = 0; d < sizeof durations / sizeof durations[0]; d++) {
      r = tcsendbreak(fd, durations[d]), e = errno;
      gr = oracle_tcsendbreak(fd, durations[d], &ge);
      assert_int_equal(r, gr);
      if (r < 0)
        assert_int_equal(e, ge);
    }
    r = (int)tcgetsid(fd), e = errno;
    gr = oracle_tcgetsid(fd, &ge);
    assert_int_equal(r, gr);
    if (r < 0)
      assert_int_equal(e, ge);
  }
  oracle_close(p[0]);
  oracle_close(p[1]);
  oracle_close(m);
  oracle_close(s);
}

/* --- statvfs -------------------------------------------------------------------- */

/* Free counts may change between two calls on a busy file system. */
static void compare_statvfs(const char *what, const struct statvfs *a, const struct statvfs *b,
                            int counts_stable) {
  print_message("%s: bsize %lu blocks %llu flag %#lx fsid %#lx\n", what, a->f_bsize,
                (unsigned long long)a->f_blocks, a->f_flag, a->f_fsid);
  assert_int_equal(a->f_bsize, b->f_bsize);
  assert_int_equal(a->f_frsize, b->f_frsize);
  assert_int_equal(a->f_blocks, b->f_blocks);
  assert_int_equal(a->f_files, b->f_files);
  assert_int_equal(a->f_fsid, b->f_fsid);
  assert_int_equal(a->f_flag, b->f_flag);
  assert_int_equal(a->f_namemax, b->f_namemax);
  assert_int_equal(a->f_favail, a->f_ffree);
  if (counts_stable)
    assert_memory_equal(a, b, sizeof *a);
}

static void test_statvfs(void **state) {
  (void)state;
  const char *paths[] = {"/", "/proc", "/dev", "/sys", oracle_tmpdir(), "/no/such/dir", "", NULL};
  for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
    struct statvfs ours, theirs;
    memset(&ours, 0, sizeof ours);
    memset(&theirs, 0, sizeof theirs);
    int ge;
    errno = SUITE_ERRNO_CANARY;
    int r = statvfs(paths[i], &ours), e = errno;
    int gr = oracle_statvfs(paths[i], &theirs, &ge);
    assert_int_equal(r, gr);
    if (r == 0) {
      assert_int_equal(e, SUITE_ERRNO_CANARY);
      compare_statvfs(paths[i], &ours, &theirs, i == 1 || i == 3);
    } else {
      assert_int_equal(e, ge);
    }
  }
  int ge, fd = oracle_open(oracle_tmpdir(), O_RDONLY | O_DIRECTORY, 0, &ge);
  assert_true(fd >= 0);
  struct statvfs ours, theirs;
  memset(&ours, 0, sizeof ours);
  memset(&theirs, 0, sizeof theirs);
  assert_int_equal(fstatvfs(fd, &ours), 0);
  assert_int_equal(oracle_fstatvfs(fd, &theirs, &ge), 0);
  compare_statvfs("tmpdir fd", &ours, &theirs, 0);
  oracle_close(fd);
  int r = fstatvfs(-1, &ours), e = errno;
  int gr = oracle_fstatvfs(-1, &theirs, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, EBADF);
}

/* --- utime, getentropy ---------------------------------------------------------- */

static void test_utime(void **state) {
  (void)state;
  const char *path = oracle_make_file("times", "x", 1);
  long long at, mt;
  errno = SUITE_ERRNO_CANARY;
  struct utimbuf times = {1000000000, 2000000000};
  assert_int_equal(utime(path, &times), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_file_times(path, &at, &mt), 0);
  assert_int_equal(at, 1000000000);
  assert_int_equal(mt, 2000000000);
  if (!SUITE_I386 || sizeof(time_t) == 8) { /* past 2038, which sysgate's i386 time_t holds */
    struct utimbuf late = {4102444800LL, 4102444801LL};
    assert_int_equal(utime(path, &late), 0);
    assert_int_equal(oracle_file_times(path, &at, &mt), 0);
    assert_int_equal(mt, 4102444801LL);
  }
  assert_int_equal(utime(path, NULL), 0); /* now */
  long long our_now;
  assert_int_equal(oracle_file_times(path, &at, &our_now), 0);
  int ge;
  assert_int_equal(oracle_utime(path, 1, 0, 0, &ge), 0);
  assert_int_equal(oracle_file_times(path, &at, &mt), 0);
  assert_true(mt - our_now >= 0 && mt - our_now <= 2);

  const char *bad[] = {oracle_path("missing/file"), NULL, ""};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    int r = utime(bad[i], &times), e = errno;
    int gr = oracle_utime(bad[i], 0, 1, 2, &ge);
    assert_int_equal(r, -1);
    assert_int_equal(gr, -1);
    assert_int_equal(e, ge);
  }
}

static void test_getentropy(void **state) {
  (void)state;
  static const unsigned long lens[] = {0, 1, 16, 255, 256, 257, 4096};
  unsigned char buf[4096];
  for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
    memset(buf, 0, sizeof buf);
    errno = SUITE_ERRNO_CANARY;
    int r = getentropy(buf, lens[i]), e = errno, ge;
    int gr = oracle_getentropy(buf, lens[i], &ge);
    assert_int_equal(r, gr);
    if (r == 0) {
      assert_int_equal(e, SUITE_ERRNO_CANARY);
    } else {
      ASSERT_BOTH_FAIL(r, e, gr, ge, EIO);
    }
  }
  memset(buf, 0, sizeof buf);
  assert_int_equal(getentropy(buf, 256), 0);
  int zeros = 0;
  for (int i = 0; i < 256; i++)
    zeros += buf[i] == 0;
  assert_true(zeros < 32); /* 256 random bytes have about one zero */
  assert_int_equal(buf[256], 0);
  int ge, r = getentropy(NULL, 16), e = errno;
  int gr = oracle_getentropy(NULL, 16, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, EFAULT);
}

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

/* --- sched calls, unshare, setns, ptrace ----------------------------------------- */

#define SAME_ANSWER(ours_call, theirs_call)                                                        \
  do {                                                                                             \
    int ge_;                                                                                       \
    errno = SUITE_ERRNO_CANARY;                                                                    \
    long r_ = (long)(ours_call);                                                                   \
    int e_ = errno;                                                                                \
    long gr_ = (long)(theirs_call);                                                                \
    assert_int_equal(r_, gr_);                                                                     \
    assert_int_equal(e_, r_ == -1 ? ge_ : SUITE_ERRNO_CANARY);                                     \
  } while (0)

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

static void test_ptrace_errors(void **state) {
  (void)state;
  static const int requests[] = {PTRACE_PEEKDATA, PTRACE_PEEKUSER, PTRACE_CONT,
                                 PTRACE_GETREGS,  PTRACE_DETACH,   0x4242};
  for (size_t i = 0; i < sizeof requests / sizeof requests[0]; i++)
    SAME_ANSWER(ptrace(requests[i], 0x7ffffff0, NULL, NULL),
                oracle_ptrace(requests[i], 0x7ffffff0, NULL, NULL, &ge_));
}

/* --- get_nprocs and kin ------------------------------------------------------- */

static void test_sysinfo_counts(void **state) {
  (void)state;
  long theirs[4];
  oracle_sysinfo_counts(theirs);
  assert_int_equal(get_nprocs(), theirs[0]);
  assert_int_equal(get_nprocs_conf(), theirs[1]);
  assert_int_equal(get_phys_pages(), theirs[2]);
  long free_pages = get_avphys_pages(); /* changes from one moment to the next */
  assert_true(free_pages > 0 && free_pages <= theirs[2]);
  long gap = free_pages > theirs[3] ? free_pages - theirs[3] : theirs[3] - free_pages;
  assert_true(gap <= theirs[2] / 20);
  assert_true(theirs[0] >= 1 && theirs[0] <= theirs[1]);
}

/* --- capget, capset ----------------------------------------------------------- */

/* include/uapi/linux/capability.h: the header, and version 3's two data words. */
struct cap_header {
  uint32_t version;
  int pid;
};
struct cap_data {
  uint32_t effective, permitted, inheritable;
};
#define CAP_VERSION_3 0x20080522

static void test_capget_capset(void **state) {
  (void)state;
  static const struct {
    uint32_t version;
    int pid;
    int with_data;
  } cases[] = {{CAP_VERSION_3, 0, 1},  {0, 0, 0},
               {0x12345, 0, 1},        {CAP_VERSION_3, 0x7ffffff0, 1},
               {CAP_VERSION_3, -1, 1}, {CAP_VERSION_3, 0, 0}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct cap_header h = {cases[i].version, cases[i].pid}, gh = h;
    struct cap_data d[2], gd[2];
    memset(d, 0xee, sizeof d);
    memset(gd, 0xee, sizeof gd);
    errno = SUITE_ERRNO_CANARY;
    int r = capget(&h, cases[i].with_data ? d : NULL), e = errno, ge;
    int gr = oracle_capget(&gh, cases[i].with_data ? gd : NULL, &ge);
    assert_int_equal(r, gr);
    assert_int_equal(e, r == 0 ? SUITE_ERRNO_CANARY : ge);
    assert_memory_equal(&h, &gh, sizeof h); /* the kernel rewrites a wrong version */
    assert_memory_equal(d, gd, sizeof d);
  }
  struct cap_header h = {CAP_VERSION_3, 0};
  struct cap_data now[2];
  assert_int_equal(capget(&h, now), 0);
  int ge;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(capset(&h, now), 0); /* the sets it has: allowed to anyone */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_capset(&h, now, &ge), 0);
  int r = capset(&h, NULL), e = errno;
  int gr = oracle_capset(&h, NULL, &ge);
  ASSERT_BOTH_FAIL(r, e, gr, ge, EFAULT);
}

/* --- major, minor, makedev ------------------------------------------------------ */

static void test_devnum(void **state) {
  (void)state;
  uint32_t seed = 99;
  for (int i = 0; i < 2000; i++) {
    seed = seed * 1103515245u + 12345u;
    unsigned maj = i < 64 ? 1u << (i % 32) : seed;
    seed = seed * 1103515245u + 12345u;
    unsigned min = i < 64 ? ~0u >> (i % 32) : seed;
    dev_t d = makedev(maj, min);
    assert_int_equal(d, oracle_makedev(maj, min));
    assert_int_equal(major(d), maj);
    assert_int_equal(minor(d), min);
    unsigned long long any = ((unsigned long long)seed << 32) ^ (seed * 2654435761u);
    assert_int_equal(major(any), oracle_major(any));
    assert_int_equal(minor(any), oracle_minor(any));
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sysheaders_abi), cmocka_unit_test(test_tcgetattr),
      cmocka_unit_test(test_cfmakeraw),      cmocka_unit_test(test_tcsetattr),
      cmocka_unit_test(test_cfspeed),        cmocka_unit_test(test_tc_calls),
      cmocka_unit_test(test_statvfs),        cmocka_unit_test(test_utime),
      cmocka_unit_test(test_getentropy),     cmocka_unit_test(test_cpu_macros),
      cmocka_unit_test(test_sched_calls),    cmocka_unit_test(test_ptrace_errors),
      cmocka_unit_test(test_devnum),         cmocka_unit_test(test_capget_capset),
      cmocka_unit_test(test_sysinfo_counts),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
