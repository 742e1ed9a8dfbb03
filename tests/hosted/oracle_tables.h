/* The glibc and uapi side of the table suites (test_sysnames.c, test_errno.c,
 * test_syscall_generic.c): values from glibc's <errno.h>, <string.h> and
 * <sys/syscall.h>, from the kernel's <asm/unistd_64.h> and <asm/unistd_32.h>,
 * and glibc's syscall(), built in oracle_tables.c, oracle_strerror_xsi.c and
 * oracle_nr_<arch>.c, which never include sysgate's headers.
 *
 * Not obvious: the two uapi tables come from one translation unit each, because
 * <asm/unistd_64.h> and <asm/unistd_32.h> define the same __NR_ names with
 * different values; both are readable from either build, so an x86_64 test
 * checks sysgate's i386 table too, and the other way round.
 */
#ifndef SYSGATE_TEST_ORACLE_TABLES_H
#define SYSGATE_TEST_ORACLE_TABLES_H

/* One {name, value} row; a table ends with a NULL name. */
struct oracle_name_value {
  const char *name;
  long value;
};

/* System calls both arches have and the machine's uapi headers (Linux 6.1)
 * number: the rows of the oracle's syscall tables and of the tests' own. */
#define ORACLE_SYSCALL_NAMES(X)                                                                    \
  X(read)                                                                                          \
  X(write)                                                                                         \
  X(open)                                                                                          \
  X(close)                                                                                         \
  X(getpid)                                                                                        \
  X(getppid)                                                                                       \
  X(exit)                                                                                          \
  X(exit_group)                                                                                    \
  X(openat)                                                                                        \
  X(ioctl)                                                                                         \
  X(mmap)                                                                                          \
  X(munmap)                                                                                        \
  X(mprotect)                                                                                      \
  X(brk)                                                                                           \
  X(kill)                                                                                          \
  X(execve)                                                                                        \
  X(execveat)                                                                                      \
  X(wait4)                                                                                         \
  X(dup)                                                                                           \
  X(dup2)                                                                                          \
  X(pipe)                                                                                          \
  X(pipe2)                                                                                         \
  X(fcntl)                                                                                         \
  X(rt_sigaction)                                                                                  \
  X(rt_sigprocmask)                                                                                \
  X(nanosleep)                                                                                     \
  X(getuid)                                                                                        \
  X(setuid)                                                                                        \
  X(socket)                                                                                        \
  X(futex)                                                                                         \
  X(epoll_create1)                                                                                 \
  X(eventfd2)                                                                                      \
  X(clock_gettime)                                                                                 \
  X(prlimit64)                                                                                     \
  X(getrandom)                                                                                     \
  X(memfd_create)                                                                                  \
  X(statx)                                                                                         \
  X(io_uring_setup)                                                                                \
  X(pidfd_open)                                                                                    \
  X(close_range)                                                                                   \
  X(openat2)                                                                                       \
  X(clone3)                                                                                        \
  X(rseq)                                                                                          \
  X(set_tid_address)                                                                               \
  X(process_madvise)                                                                               \
  X(futex_waitv)                                                                                   \
  X(landlock_create_ruleset)                                                                       \
  X(membarrier)                                                                                    \
  X(copy_file_range)

/* __NR_<name> of <asm/unistd_64.h> and <asm/unistd_32.h>, and glibc's SYS_<name>
 * (<sys/syscall.h>, the arch compiled for), for ORACLE_SYSCALL_NAMES. */
extern const struct oracle_name_value oracle_uapi_x86_64[];
extern const struct oracle_name_value oracle_uapi_i386[];
extern const struct oracle_name_value oracle_glibc_sys[];

/* Every E* name glibc's <errno.h> defines, with its value. */
extern const struct oracle_name_value oracle_errno_values[];

/* glibc's strerrorname_np(3) (glibc 2.32): "ENOENT", or NULL. */
const char *oracle_strerrorname(int errnum);

/* glibc's POSIX strerror_r(3) (__xpg_strerror_r), returning its error number. */
int oracle_strerror_r(int errnum, char *buf, unsigned long buflen);

/* glibc's syscall(2) with six arguments; glibc's errno through *err. */
long oracle_syscall(long number, const long args[6], int *err);

/* For oracle_trace: glibc's syscall(c->number, c->args[0], ..., c->args[5]). */
struct oracle_syscall_call {
  long number;
  long args[6];
};
void oracle_call_syscall(void *call);

#endif
