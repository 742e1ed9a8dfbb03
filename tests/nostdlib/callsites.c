/* callsites: 29 common wrappers (open(2), read(2), pread(2), mmap(2), sigaction(2),
 * clock_gettime(2), socketpair(2), wait4(2) ...) called once each, and their results checked.
 *
 * Not obvious: it is also the specimen of tools/callsites.sh, which disassembles its
 * -O2 object to show that a change of how wrappers are written leaves every inlined
 * call site byte-identical; so each call stays plain, one wrapper per line.
 */
#include <stddef.h>
#include <sysgate.h>

#include "check.h"

static char path[64];

/* "/tmp/sysgate-callsites-<pid>": a file of this run's own. */
static void make_path(void) {
  static const char prefix[] = "/tmp/sysgate-callsites-";
  char digits[16];
  size_t n = 0, d = 0;
  for (; prefix[n]; n++)
    path[n] = prefix[n];
  for (long pid = getpid(); pid > 0; pid /= 10)
    digits[d++] = (char)('0' + pid % 10);
  while (d > 0)
    path[n++] = digits[--d];
  path[n] = '\0';
}

static void files(void) {
  static const char text[] = "0123456789";
  char buf[16];
  struct stat st;
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
  if (!check(fd >= 0, "open creates the file"))
    return;
  check(write(fd, text, 10) == 10, "write 10 bytes");
  check(lseek(fd, 2, SEEK_SET) == 2, "lseek to 2");
  check(read(fd, buf, 3) == 3 && buf[0] == '2' && buf[2] == '4', "read 3 bytes from 2");
  check(pread(fd, buf, 2, 8) == 2 && buf[0] == '8' && buf[1] == '9', "pread 2 bytes at 8");
  check(lseek(fd, 0, SEEK_CUR) == 5, "pread leaves the offset at 5");
  check(fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 10, "fstat: 10-byte file");
  check(fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 && fcntl(fd, F_GETFD) == FD_CLOEXEC,
        "fcntl sets FD_CLOEXEC");
  check(dup2(fd, 20) == 20 && read(20, buf, 1) == 1 && buf[0] == '5', "dup2 shares the offset");
  check(close(20) == 0, "close the duplicate");
  check(close(fd) == 0, "close the file");
  check(unlink(path) == 0, "unlink the file");
  check(close(fd) == -1 && errno == EBADF, "close again: EBADF");
  check(open(path, O_RDONLY) == -1 && errno == ENOENT, "open the unlinked file: ENOENT");
}

static void memory(void) {
  size_t len = 2 * 4096;
  char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (!check(p != MAP_FAILED, "mmap 2 pages"))
    return;
  check(p[0] == 0 && p[len - 1] == 0, "anonymous pages read as zeros");
  p[4096] = 'x';
  check(mprotect(p, 4096, PROT_READ) == 0, "mprotect the first page");
  check(munmap(p, len) == 0, "munmap");
  check(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED &&
            errno == EINVAL,
        "mmap of 0 bytes: EINVAL");
}

static volatile int caught;

static void on_usr1(int sig) {
  caught = sig;
}

static void signals(void) {
  struct sigaction act = {0}, old;
  sigset_t block, prev;
  act.sa_handler = on_usr1;
  check(sigaction(SIGUSR1, &act, &old) == 0, "sigaction installs a handler");
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  check(sigprocmask(SIG_BLOCK, &block, &prev) == 0, "sigprocmask blocks SIGUSR1");
  check(kill(getpid(), SIGUSR1) == 0 && caught == 0, "kill: blocked, not delivered");
  check(sigprocmask(SIG_SETMASK, &prev, NULL) == 0 && caught == SIGUSR1, "unblocking delivers it");
  check(sigaction(SIGUSR1, &old, NULL) == 0, "sigaction restores the old action");
  check(kill(getpid(), 1000) == -1 && errno == EINVAL, "kill with no such signal: EINVAL");
}

static void clocks(void) {
  struct timespec a, b, nap = {0, 2000000};
  check(clock_gettime(CLOCK_MONOTONIC, &a) == 0, "clock_gettime");
  check(nanosleep(&nap, NULL) == 0, "nanosleep 2 ms");
  clock_gettime(CLOCK_MONOTONIC, &b);
  long ns = (long)(b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec);
  check(ns >= 2000000, "the monotonic clock advanced by 2 ms or more");
  check(clock_gettime(-1000, &a) == -1 && errno == EINVAL, "clock_gettime of no clock: EINVAL");
}

static void sockets(void) {
  int sv[2];
  char c = 0;
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  check(fd >= 0 && close(fd) == 0, "socket and close");
  if (!check(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0, "socketpair"))
    return;
  check(write(sv[0], "s", 1) == 1 && read(sv[1], &c, 1) == 1 && c == 's', "a byte across it");
  close(sv[0]);
  close(sv[1]);
}

static void processes(void) {
  int fds[2], status = 0;
  char c = 0;
  if (!check(pipe(fds) == 0, "pipe"))
    return;
  pid_t child = fork();
  if (child == 0) {
    write(fds[1], "c", 1);
    _exit(7);
  }
  check(child > 0, "fork");
  check(read(fds[0], &c, 1) == 1 && c == 'c', "the child wrote to the pipe");
  check(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 7,
        "waitpid: the child exited with 7");
  check(wait4(-1, &status, WNOHANG, NULL) == -1 && errno == ECHILD, "wait4 with no child: ECHILD");
  check(getppid() > 0 && getpid() != child, "getppid, getpid");
  close(fds[0]);
  close(fds[1]);
}

int main(void) {
  make_path();
  files();
  memory();
  signals();
  clocks();
  sockets();
  processes();
  return check_status();
}
