/* The glibc side of the hosted suites: helpers built in oracle.c, which includes
 * glibc's headers and never sysgate's, so the two never meet in one translation
 * unit. Types here are plain C so both sides can include this file.
 *
 * Not obvious: a test calls sysgate's wrapper and then asks glibc, through these
 * helpers, what really happened (bytes in a file, a mode, an fd's flags, the
 * registers the kernel saw).
 */
#ifndef SYSGATE_TEST_ORACLE_H
#define SYSGATE_TEST_ORACLE_H

/* What the kernel saw at one system call's entry, and what it returned. */
struct oracle_syscall {
  long nr;
  unsigned long long args[6];
  long long ret;
  unsigned long long ip; /* where the kernel was entered from (after the trap) */
};

/* Runs fn(arg) in a traced child and fills *out with the first system call
 * numbered `nr` that it makes. 0: found; 1: not made; -1: ptrace unavailable.
 * A call that never returns (exit_group) is found, with ret left 0. */
int oracle_trace(void (*fn)(void *), void *arg, long nr, struct oracle_syscall *out);

/* Nonzero when valgrind runs this program (tests/verify's memcheck runs); then
 * oracle_trace reports ptrace unavailable: a traced child would run under valgrind
 * too, and the calls the tracer saw would be valgrind's. */
int oracle_under_valgrind(void);

/* Runs fn(arg) in a child; returns its exit status, or -1 if it did not exit
 * normally (a signal, a crash). */
int oracle_child_status(void (*fn)(void *), void *arg);

/* glibc's own calls, with glibc's errno returned through *err. */
long oracle_getpid(void);
int oracle_pipe(int fds[2]);
int oracle_close(int fd);
long oracle_read(int fd, void *buf, unsigned long len);
long oracle_write(int fd, const void *buf, unsigned long len);
void *oracle_mmap(void *addr, unsigned long len, int prot, int flags, int fd, long long off,
                  int *err);
int oracle_munmap(void *addr, unsigned long len);
int oracle_open(const char *path, int flags, unsigned int mode, int *err);
int oracle_ioctl(int fd, unsigned long request, void *arg, int *err);
int oracle_openat(int dirfd, const char *path, int flags, unsigned int mode, int *err);
long oracle_read_err(int fd, void *buf, unsigned long len, int *err);
long oracle_write_err(int fd, const void *buf, unsigned long len, int *err);
int oracle_close_err(int fd, int *err);
int oracle_munmap_err(void *addr, unsigned long len, int *err);

/* What fstat(2) says about an open descriptor; 0 on success. */
struct oracle_stat {
  unsigned int perm; /* st_mode & 07777 */
  int is_reg, is_dir;
  unsigned long long nlink, size;
};
int oracle_fstat(int fd, struct oracle_stat *out);

/* Reads up to len bytes of a whole file; the count, or -1. */
long oracle_read_file(const char *path, void *buf, unsigned long len);

/* Changes directory to dir, remembering the old one for oracle_pop_cwd; 0 on success. */
int oracle_push_cwd(const char *dir);
int oracle_pop_cwd(void);

/* The /proc/self/maps line holding addr: its bounds and "rwxp" field.
 * 0: found; 1: addr is in no mapping; -1: maps unreadable. */
int oracle_mapping(const void *addr, unsigned long *start, unsigned long *end, char perms[5]);

/* A fresh directory for one test, removed (with its files) by oracle_cleanup. */
const char *oracle_tmpdir(void);
void oracle_cleanup(void);
/* Writes len bytes to dir/name, returns the full path (static storage per call slot). */
const char *oracle_make_file(const char *name, const void *data, unsigned long len);
const char *oracle_path(const char *name);

unsigned int oracle_file_mode(const char *path); /* st_mode & 07777, or ~0u */
int oracle_fd_is_open(int fd);
unsigned int oracle_fd_flags(int fd); /* the "flags:" octal of /proc/self/fdinfo/<fd> */
unsigned int oracle_set_umask(unsigned int mask);

/* A pseudo-terminal pair whose window size is rows x cols; 0 on success. */
int oracle_pty(int *master, int *slave, unsigned short rows, unsigned short cols);

#endif
