/* glibc-side helpers for the hosted suites (oracle.h). This file includes
 * glibc's headers and never sysgate's.
 *
 * Not obvious: oracle_trace uses PTRACE_GET_SYSCALL_INFO (Linux 5.3), which
 * reports a stop's system call number and all six arguments in one
 * arch-independent record, so one tracer serves i386 and x86_64 alike.
 */
#define _GNU_SOURCE
#include "oracle.h"

#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* valgrind preloads its vgpreload_*.so into the program it runs. */
int oracle_under_valgrind(void) {
  const char *p = getenv("LD_PRELOAD");
  return p != NULL && strstr(p, "vgpreload") != NULL;
}

int oracle_trace(void (*fn)(void *), void *arg, long nr, struct oracle_syscall *out) {
  if (oracle_under_valgrind())
    return -1; /* the child would run under valgrind too: its calls are valgrind's */
  pid_t pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    if (ptrace(PTRACE_TRACEME, 0, 0, 0) != 0)
      _exit(111);
    raise(SIGSTOP);
    fn(arg);
    _exit(0);
  }
  int status, found = 1, in_call = 0;
  if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status)) {
    waitpid(pid, &status, 0);
    return -1; /* the child could not be traced */
  }
  ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL);
  for (;;) {
    if (ptrace(PTRACE_SYSCALL, pid, 0, 0) != 0 || waitpid(pid, &status, 0) != pid)
      break;
    if (WIFEXITED(status) || WIFSIGNALED(status))
      return found;
    if (!WIFSTOPPED(status) || WSTOPSIG(status) != (SIGTRAP | 0x80))
      continue;
    /* Zeroed: valgrind does not know this request writes it (tests/verify valgrind runs). */
    struct __ptrace_syscall_info info = {0};
    if (ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof info, &info) <= 0)
      continue;
    if (info.op == PTRACE_SYSCALL_INFO_ENTRY && found == 1 && (long)info.entry.nr == nr) {
      out->nr = (long)info.entry.nr;
      for (int i = 0; i < 6; i++)
        out->args[i] = info.entry.args[i];
      out->ip = info.instruction_pointer;
      out->ret = 0;
      /* Found at entry: exit_group has no exit stop, the child is gone first. */
      found = 0;
      in_call = 1;
    } else if (info.op == PTRACE_SYSCALL_INFO_EXIT && in_call) {
      out->ret = info.exit.rval;
      in_call = 0;
    }
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  return found;
}

int oracle_child_status(void (*fn)(void *), void *arg) {
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    fn(arg);
    _exit(254); /* fn was expected not to return */
  }
  int status;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
    return -1;
  return WEXITSTATUS(status);
}

long oracle_getpid(void) {
  return getpid();
}
int oracle_pipe(int fds[2]) {
  return pipe(fds);
}
int oracle_close(int fd) {
  return close(fd);
}
long oracle_read(int fd, void *buf, unsigned long len) {
  return read(fd, buf, len);
}
long oracle_write(int fd, const void *buf, unsigned long len) {
  return write(fd, buf, len);
}

void *oracle_mmap(void *addr, unsigned long len, int prot, int flags, int fd, long long off,
                  int *err) {
  errno = 0;
  void *p = mmap64(addr, len, prot, flags, fd, (off64_t)off);
  *err = errno;
  return p;
}

int oracle_munmap(void *addr, unsigned long len) {
  return munmap(addr, len);
}

int oracle_open(const char *path, int flags, unsigned int mode, int *err) {
  errno = 0;
  int fd = open(path, flags, (mode_t)mode);
  *err = errno;
  return fd;
}

int oracle_ioctl(int fd, unsigned long request, void *arg, int *err) {
  errno = 0;
  int r = ioctl(fd, request, arg);
  *err = errno;
  return r;
}

int oracle_openat(int dirfd, const char *path, int flags, unsigned int mode, int *err) {
  errno = 0;
  int fd = openat(dirfd, path, flags, (mode_t)mode);
  *err = errno;
  return fd;
}

long oracle_read_err(int fd, void *buf, unsigned long len, int *err) {
  errno = 0;
  long r = read(fd, buf, len);
  *err = errno;
  return r;
}

long oracle_write_err(int fd, const void *buf, unsigned long len, int *err) {
  errno = 0;
  long r = write(fd, buf, len);
  *err = errno;
  return r;
}

int oracle_close_err(int fd, int *err) {
  errno = 0;
  int r = close(fd);
  *err = errno;
  return r;
}

int oracle_munmap_err(void *addr, unsigned long len, int *err) {
  errno = 0;
  int r = munmap(addr, len);
  *err = errno;
  return r;
}

int oracle_fstat(int fd, struct oracle_stat *out) {
  struct stat64 st; /* i386: a plain stat could fail with EOVERFLOW on a large inode */
  if (fstat64(fd, &st) != 0)
    return -1;
  out->perm = (unsigned int)(st.st_mode & 07777);
  out->is_reg = S_ISREG(st.st_mode);
  out->is_dir = S_ISDIR(st.st_mode);
  out->nlink = (unsigned long long)st.st_nlink;
  out->size = (unsigned long long)st.st_size;
  return 0;
}

long oracle_read_file(const char *path, void *buf, unsigned long len) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  unsigned long got = 0;
  while (got < len) {
    ssize_t n = read(fd, (char *)buf + got, len - got);
    if (n <= 0)
      break;
    got += (unsigned long)n;
  }
  close(fd);
  return (long)got;
}

static int saved_cwd = -1;

int oracle_push_cwd(const char *dir) {
  saved_cwd = open(".", O_RDONLY | O_DIRECTORY);
  return saved_cwd < 0 ? -1 : chdir(dir);
}

int oracle_pop_cwd(void) {
  int r = fchdir(saved_cwd);
  close(saved_cwd);
  saved_cwd = -1;
  return r;
}

int oracle_mapping(const void *addr, unsigned long *start, unsigned long *end, char perms[5]) {
  FILE *f = fopen("/proc/self/maps", "r");
  if (!f)
    return -1;
  char line[4096]; /* a whole line, path included, so no tail is parsed as a line */
  int found = 1;
  unsigned long a = (unsigned long)addr;
  while (found == 1 && fgets(line, sizeof line, f)) {
    unsigned long s, e;
    char p[5];
    if (sscanf(line, "%lx-%lx %4s", &s, &e, p) == 3 && s <= a && a < e) {
      *start = s;
      *end = e;
      memcpy(perms, p, 5);
      found = 0;
    }
  }
  fclose(f);
  return found;
}

static char tmpdir[64];
static char paths[8][128];
static unsigned int next_path;

const char *oracle_tmpdir(void) {
  if (!tmpdir[0]) {
    strcpy(tmpdir, "/tmp/sysgate-test-XXXXXX");
    if (!mkdtemp(tmpdir))
      abort();
  }
  return tmpdir;
}

const char *oracle_path(const char *name) {
  char *p = paths[next_path++ % 8];
  snprintf(p, sizeof paths[0], "%s/%s", oracle_tmpdir(), name);
  return p;
}

const char *oracle_make_file(const char *name, const void *data, unsigned long len) {
  const char *path = oracle_path(name);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0 || write(fd, data, len) != (ssize_t)len || close(fd) != 0)
    abort();
  return path;
}

void oracle_cleanup(void) {
  if (!tmpdir[0])
    return;
  char cmd[96];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
  if (system(cmd) != 0)
    fprintf(stderr, "could not remove %s\n", tmpdir);
  tmpdir[0] = '\0';
}

unsigned int oracle_file_mode(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (unsigned int)(st.st_mode & 07777) : ~0u;
}

int oracle_fd_is_open(int fd) {
  return fcntl(fd, F_GETFD) != -1;
}

unsigned int oracle_fd_flags(int fd) {
  char path[64], line[128];
  unsigned int flags = ~0u;
  snprintf(path, sizeof path, "/proc/self/fdinfo/%d", fd);
  FILE *f = fopen(path, "r");
  if (!f)
    return flags;
  while (fgets(line, sizeof line, f))
    if (sscanf(line, "flags: %o", &flags) == 1)
      break;
  fclose(f);
  return flags;
}

unsigned int oracle_set_umask(unsigned int mask) {
  return umask((mode_t)mask);
}

int oracle_pty(int *master, int *slave, unsigned short rows, unsigned short cols) {
  struct winsize ws = {.ws_row = rows, .ws_col = cols};
  return openpty(master, slave, NULL, NULL, &ws);
}
