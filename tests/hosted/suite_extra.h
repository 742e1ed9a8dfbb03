/* Helpers the time, event, socket and misc suites share, on top of suite.h:
 * a timespec initializer, a millisecond, the monotonic clock, repeating
 * alarms, numbered steps for a test body that runs in a child
 * (oracle_child_status), where cmocka cannot assert, and a seccomp filter
 * that refuses one call.
 *
 * Include it last: it uses cmocka, sysgate.h and oracle_time.h.
 *
 * Not obvious: TS() is designated because i386's struct timespec has a third,
 * padding member; a positional {s, ns} leaves it out and -Wextra says so.
 */
#ifndef SYSGATE_TEST_SUITE_EXTRA_H
#define SYSGATE_TEST_SUITE_EXTRA_H

#define MS 1000000L /* one millisecond, in nanoseconds */

#define TS(s, ns)                                                                                  \
  { .tv_sec = (s), .tv_nsec = (ns) }

/* CLOCK_MONOTONIC's time in nanoseconds, by glibc. */
static inline long long mono_ns(void) {
  return oracle_clock_ns(CLOCK_MONOTONIC);
}

/* Ours and glibc's, on the same input, both fail with errno `want`. `theirs`
 * is an oracle call that reports glibc's errno through &glibc_errno. */
#define BOTH_FAIL(want, ours, theirs)                                                              \
  do {                                                                                             \
    int glibc_errno = 0;                                                                           \
    errno = 0;                                                                                     \
    long ours_ = (long)(ours);                                                                     \
    int ours_errno_ = errno;                                                                       \
    long theirs_ = (long)(theirs);                                                                 \
    ASSERT_BOTH_FAIL(ours_, ours_errno_, theirs_, glibc_errno, (want));                            \
  } while (0)

/* SIGALRM every 20 ms, caught and counted (oracle_catch_sigalrm), until
 * alarms_stop(): to interrupt a call that would block for long. Repeating, so
 * that an alarm that comes before the call has started is followed by one
 * while it waits. Armed with sysgate's setitimer. */
static inline void alarms_start(void) {
  struct itimerval every = {{0, 20000}, {0, 20000}};
  oracle_catch_sigalrm();
  assert_int_equal(setitimer(ITIMER_REAL, &every, NULL), 0);
}

static inline void alarms_stop(void) {
  struct itimerval off = {{0, 0}, {0, 0}};
  assert_int_equal(setitimer(ITIMER_REAL, &off, NULL), 0);
  oracle_default_sigalrm();
}

/* In a child: CHILD_STEPS; then CHILD_STEP(ok) per check. The child exits with
 * the number of the first check that failed; _exit(0) after the last. */
#define CHILD_STEPS int child_step_ = 1
#define CHILD_STEP(ok)                                                                             \
  do {                                                                                             \
    if (!(ok))                                                                                     \
      _exit(child_step_);                                                                          \
    child_step_++;                                                                                 \
  } while (0)

/* A seccomp program, in prog, that answers system call nr with errno err and
 * allows every other call. The arch is checked first: numbers differ per arch. */
#define SUITE_DENY_ONE_LEN 7
static inline struct sock_fprog suite_deny_one(struct sock_filter prog[SUITE_DENY_ONE_LEN], long nr,
                                               int err) {
  uint32_t arch = sizeof(long) == 8 ? AUDIT_ARCH_X86_64 : AUDIT_ARCH_I386;
  const struct sock_filter code[SUITE_DENY_ONE_LEN] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, arch, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)nr, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (uint32_t)err),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  for (int i = 0; i < SUITE_DENY_ONE_LEN; i++)
    prog[i] = code[i];
  return (struct sock_fprog){SUITE_DENY_ONE_LEN, prog};
}

/* A pipe from glibc (oracle_pipe), and both its ends closed by glibc. */
static inline void make_pipe(int fds[2]) {
  assert_int_equal(oracle_pipe(fds), 0);
}

static inline void close_pipe(int fds[2]) {
  assert_int_equal(oracle_close(fds[0]), 0);
  assert_int_equal(oracle_close(fds[1]), 0);
}

/* --- sockets over loopback (test_socket*.c) --- */

static inline struct sockaddr_in loopback4(in_port_t port) {
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = port;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}

static inline int new_socket(int domain, int type) {
  int fd = socket(domain, type, 0);
  assert_true(fd >= 0);
  return fd;
}

/* A socket of `type` bound to 127.0.0.1 on a port the kernel picks; *addr
 * gets the address, as getsockname reports it. */
static inline int bound4(int type, struct sockaddr_in *addr) {
  int fd = new_socket(AF_INET, type);
  struct sockaddr_in any = loopback4(0);
  assert_int_equal(bind(fd, (struct sockaddr *)&any, sizeof any), 0);
  socklen_t len = sizeof *addr;
  assert_int_equal(getsockname(fd, (struct sockaddr *)addr, &len), 0);
  assert_int_equal(len, sizeof *addr);
  return fd;
}

static inline int tcp_listener(struct sockaddr_in *addr) {
  int fd = bound4(SOCK_STREAM, addr);
  assert_int_equal(listen(fd, 4), 0);
  return fd;
}

/* --- time (test_time*.c) --- */

#define NS_PER_S 1000000000LL

/* i386 glibc reads a timespec itself before the call (to choose the 32-bit call
 * or the time64 one), so a bad pointer faults there instead of failing with
 * EFAULT; ours hands the pointer to the kernel. EFAULT is compared with glibc
 * only where glibc does the same. */
#define GLIBC_PASSES_TIME_POINTERS (sizeof(long) == 8)

static inline long long ts_ns(const struct timespec *t) {
  return t->tv_sec * NS_PER_S + t->tv_nsec;
}

#endif
