/* For the calls glibc has no wrapper for: glibc's syscall(2) on the same arguments as
 * the oracle, and the comparisons a suite makes with it. Include after suite.h.
 *
 * Not obvious: a call that makes a descriptor gives the two sides different numbers, so
 * SAME_FD compares only whether each worked (and closes what they made); a machine where
 * the call is refused (ENOSYS, EPERM from a container's filter) still compares the errno.
 */
#ifndef SYSGATE_TEST_SUITE_RAW_H
#define SYSGATE_TEST_SUITE_RAW_H

#include "oracle_tables.h"

/* glibc's syscall(nr, a1..a6), its errno in *err. */
static inline long glibc_syscall(int *err, long nr, long a1, long a2, long a3, long a4, long a5,
                                 long a6) {
  const long args[6] = {a1, a2, a3, a4, a5, a6};
  return oracle_syscall(nr, args, err);
}

/* ours (a sysgate call) and theirs (an expression using &glibc_errno): the same value, or
 * both -1 with the same errno. Evaluates to ours. */
#define SAME_RESULT(ours, theirs)                                                                  \
  ({                                                                                               \
    int glibc_errno = 0;                                                                           \
    errno = 0;                                                                                     \
    long ours_r_ = (long)(ours);                                                                   \
    int ours_errno_ = errno;                                                                       \
    long theirs_r_ = (long)(theirs);                                                               \
    assert_int_equal(ours_r_, theirs_r_);                                                          \
    if (ours_r_ == -1)                                                                             \
      assert_int_equal(ours_errno_, glibc_errno);                                                  \
    ours_r_;                                                                                       \
  })

/* The same for calls that return a new descriptor: both work (both closed) or both fail
 * with the same errno. Evaluates to 1 when both worked. */
static inline int same_fd(int ours, int our_errno, long theirs, int their_errno) {
  assert_int_equal(ours >= 0, theirs >= 0);
  if (ours < 0) {
    assert_int_equal(ours, -1);
    assert_int_equal(our_errno, their_errno);
    return 0;
  }
  close(ours);
  close((int)theirs);
  return 1;
}
#define SAME_FD(ours, theirs)                                                                      \
  ({                                                                                               \
    int glibc_errno = 0;                                                                           \
    errno = 0;                                                                                     \
    int ours_fd_ = (ours);                                                                         \
    int ours_errno_ = errno;                                                                       \
    long theirs_fd_ = (long)(theirs);                                                              \
    same_fd(ours_fd_, ours_errno_, theirs_fd_, glibc_errno);                                       \
  })

#endif
