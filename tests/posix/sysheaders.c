/* sysheaders: every Linux system header glibc programs include, together in
 * one program, each used once: sysinfo(2), getrandom(2), getentropy(3),
 * get_nprocs(3), flock(2), umount(2), the xattr calls, ptrace(2) on a child with <wait.h>,
 * utime(2), personality(2).
 *
 * Not obvious: ptrace and the xattrs may be refused where the test runs (a
 * container's seccomp policy, a file system without user xattrs); the
 * program prints the refusal, which the glibc and sysgate builds then share.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/vfs.h>
#include <sys/xattr.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include <wait.h>

static void result(const char *what, long r) {
  printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

static long marker = 0x5a5a1234;

static void traced_child(void) {
  pid_t pid = fork();
  if (pid == 0) {
    if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
      _exit(100 + errno);
    marker = 0x600d;
    raise(SIGSTOP);
    _exit(7);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status)) {
    printf("ptrace refused in the child: %s\n", strerror(WEXITSTATUS(status) - 100));
    return;
  }
  printf("child stopped %d by SIGSTOP %d\n", WIFSTOPPED(status), WSTOPSIG(status) == SIGSTOP);
  errno = 0;
  long word = ptrace(PTRACE_PEEKDATA, pid, &marker, NULL);
  printf("PEEKDATA: %#lx errno %d\n", word, errno);
  result("POKEDATA", ptrace(PTRACE_POKEDATA, pid, &marker, (void *)0x77L));
  errno = 0;
  word = ptrace(PTRACE_PEEKDATA, pid, &marker, NULL);
  printf("PEEKDATA again: %#lx errno %d\n", word, errno);
  errno = 0;
  word = ptrace(PTRACE_PEEKDATA, pid, (void *)8, NULL);
  printf("PEEKDATA at 8: %ld %s\n", word, strerror(errno));
  result("CONT", ptrace(PTRACE_CONT, pid, NULL, NULL));
  waitpid(pid, &status, 0);
  printf("child exited %d with %d; our marker %#lx\n", WIFEXITED(status), WEXITSTATUS(status),
         marker);
}

int main(void) {
  struct sysinfo si;
  result("sysinfo", sysinfo(&si));
  printf("  procs > 0 %d, totalram > 0 %d, mem_unit %u\n", si.procs > 0, si.totalram > 0,
         si.mem_unit);
  printf("get_nprocs == sysconf %d, get_nprocs_conf == sysconf %d, phys pages == sysconf %d\n",
         get_nprocs() == sysconf(_SC_NPROCESSORS_ONLN),
         get_nprocs_conf() == sysconf(_SC_NPROCESSORS_CONF),
         get_phys_pages() == sysconf(_SC_PHYS_PAGES));

  unsigned char rnd[300];
  result("getrandom(16)", getrandom(rnd, 16, 0));
  result("getrandom(GRND_NONBLOCK)", getrandom(rnd, 8, GRND_NONBLOCK));
  result("getentropy(256)", getentropy(rnd, 256));
  result("getentropy(257)", getentropy(rnd, 257));

  int a = open("lock.dat", O_RDWR | O_CREAT, 0644), b = open("lock.dat", O_RDWR);
  result("flock(a, LOCK_EX)", flock(a, LOCK_EX));
  result("flock(b, LOCK_SH | LOCK_NB)", flock(b, LOCK_SH | LOCK_NB));
  result("flock(a, LOCK_UN)", flock(a, LOCK_UN));
  result("flock(b, LOCK_SH | LOCK_NB)", flock(b, LOCK_SH | LOCK_NB));
  result("flock(b, 99)", flock(b, 99));

  errno = 0;
  result("setxattr(user.test)", setxattr("lock.dat", "user.test", "v1", 2, XATTR_CREATE));
  char val[16] = "";
  if (errno == 0) {
    result("getxattr(user.test)", getxattr("lock.dat", "user.test", val, sizeof val));
    printf("  value %s\n", val);
    result("setxattr(XATTR_CREATE again)",
           setxattr("lock.dat", "user.test", "v2", 2, XATTR_CREATE));
    result("removexattr", removexattr("lock.dat", "user.test"));
  }
  result("getxattr(missing file)", getxattr("no.such", "user.test", val, sizeof val));

  printf("MS_RDONLY %lu MS_BIND %lu MS_REC %lu MNT_DETACH %d\n", (unsigned long)MS_RDONLY,
         (unsigned long)MS_BIND, (unsigned long)MS_REC, MNT_DETACH);
  result("umount(no/such)", umount("no/such"));

  struct utimbuf times = {1000000000, 1234567890};
  result("utime", utime("lock.dat", &times));
  struct stat st;
  stat("lock.dat", &st);
  printf("  atime %lld mtime %lld\n", (long long)st.st_atime, (long long)st.st_mtime);
  result("utime(missing)", utime("no.such", &times));

  int persona = personality(0xffffffff);
  printf("personality domain %#x, PER_LINUX32 %#x, ADDR_NO_RANDOMIZE %#x\n", persona & PER_MASK,
         PER_LINUX32, ADDR_NO_RANDOMIZE);

  fflush(stdout);
  traced_child();
  close(a);
  close(b);
  return 0;
}
