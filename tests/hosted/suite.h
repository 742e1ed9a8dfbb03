/* Checks shared by the per-family hosted suites (test_<family>.c). Include after <cmocka.h>,
 * <sysgate.h> and "oracle.h".
 *
 * Not obvious: the failure checks take our result and errno and glibc's result
 * and errno as four values, captured by the caller right after each call,
 * because any later call (an assertion's own) may change either errno.
 */
#ifndef SYSGATE_TEST_SUITE_H
#define SYSGATE_TEST_SUITE_H

/* The i386 build is the one with 4-byte pointers; x86_64 (not x32) has 8. */
#define SUITE_I386 (sizeof(void *) == 4)

/* What sysgate adds to every open(2) flag word on this arch. */
#define SUITE_OPEN_EXTRA (SUITE_I386 ? O_LARGEFILE : 0)

/* A value errno never takes, to see that a successful call left errno alone. */
#define SUITE_ERRNO_CANARY 12345

/* 1 in a build with AddressSanitizer (gcc says so by a macro, clang by __has_feature). */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

/* A register as the tracer reports it: a long's bits, zero-extended on i386. */
#define SUITE_REG(v) ((unsigned long long)(unsigned long)(long)(v))

/* Both we and glibc failed on the same input, each with errno `want`. */
#define ASSERT_BOTH_FAIL(ours, our_err, theirs, their_err, want)                                   \
  do {                                                                                             \
    assert_int_equal((ours), -1);                                                                  \
    assert_int_equal((our_err), (want));                                                           \
    assert_int_equal((theirs), -1);                                                                \
    assert_int_equal((their_err), (want));                                                         \
  } while (0)

/* Ours, then glibc's oracle_fn(args..., &err) on the same input: both -1, errno `want`. */
#define ORACLE_BOTH_FAIL(want, ours, oracle_fn, ...)                                               \
  do {                                                                                             \
    int ge_;                                                                                       \
    errno = 0;                                                                                     \
    long r_ = (long)(ours);                                                                        \
    int e_ = errno;                                                                                \
    long g_ = (long)oracle_fn(__VA_ARGS__, &ge_);                                                  \
    ASSERT_BOTH_FAIL(r_, e_, g_, ge_, want);                                                       \
  } while (0)

/* ours_call and theirs_call (an oracle call that stores glibc's errno in ge_) return
 * the same, and ours sets errno as glibc did when it fails, leaves it alone when not. */
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

/* cmocka's skip() takes no reason; print one first so the log says why. */
#define SKIP_BECAUSE(why)                                                                          \
  do {                                                                                             \
    print_message("skipped: %s\n", (why));                                                         \
    skip();                                                                                        \
  } while (0)

/* The first system call numbered nr that fn(arg) makes in a traced child.
 * Skips when ptrace is not permitted; fails when the call was never made. */
static inline struct oracle_syscall suite_trace(void (*fn)(void *), void *arg, long nr) {
  struct oracle_syscall seen = {0};
  int r = oracle_trace(fn, arg, nr, &seen);
  if (r < 0)
    SKIP_BECAUSE(oracle_under_valgrind() ? "under valgrind a tracer sees valgrind's own calls"
                                         : "ptrace is not permitted here");
  assert_int_equal(r, 0);
  assert_int_equal(seen.nr, nr);
  return seen;
}

/* Group teardown: removes the suite's temporary directory and its files. */
static inline int suite_teardown(void **state) {
  (void)state;
  oracle_cleanup();
  return 0;
}

#endif
