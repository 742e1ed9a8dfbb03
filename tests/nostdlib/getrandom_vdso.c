/* getrandom(2) through the vDSO (sysgate/vdso_getrandom.h) against the system call; argv[1]
 * picks the part: "any" (every arch and kernel), "vdso" (needs __vdso_getrandom: exits 77 with
 * the reason where there is none), "has-vdso" (status only), "trace" (for strace: 10 calls of
 * 16 bytes and 3 of 1 MiB + 1, tests/nostdlib/getrandom.cmake counts the system calls).
 *
 * Not obvious: the signal check counts only the timer signals that arrived while main was
 * inside getrandom, so a re-entry of the same state really happened when it passes.
 */
#include "../../src/libc/getrandom_thread.h"
#include "check.h"

/* Room for a request just over the vDSO's limit. */
static unsigned char big[SYSGATE_VDSO_GETRANDOM_MAX + 1];

static int differ(const unsigned char *a, const unsigned char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i])
      return 1;
  return 0;
}

/* Bytes from getrandom, or all zero when it did not fill n of them. */
static void draw(unsigned char *buf, size_t n, unsigned flags) {
  for (size_t i = 0; i < n; i++)
    buf[i] = 0;
  if (getrandom(buf, n, flags) != (ssize_t)n)
    for (size_t i = 0; i < n; i++)
      buf[i] = 0;
}

/* Both layers agree for every flag combination and an unknown flag. */
static void flags_agree(long (*first)(void *, size_t, unsigned), const char *what) {
  static const unsigned flags[] = {0,
                                   GRND_NONBLOCK,
                                   GRND_RANDOM,
                                   GRND_INSECURE,
                                   GRND_NONBLOCK | GRND_RANDOM,
                                   GRND_NONBLOCK | GRND_INSECURE,
                                   GRND_RANDOM | GRND_INSECURE,
                                   0x8,
                                   0x80000000u};
  int same = 1;
  for (unsigned i = 0; i < sizeof flags / sizeof flags[0]; i++) {
    unsigned char a[16], b[16];
    long x = first(a, sizeof a, flags[i]);
    long y = sys_getrandom(b, sizeof b, flags[i]);
    if (x != y) {
      same = 0;
      put("  flags ");
      put_long((long)flags[i]);
      put(": ");
      put_long(x);
      put(" against the system call's ");
      put_long(y);
      put("\n");
    }
  }
  check(same, what);
  unsigned char c[16];
  check(first(c, sizeof c, 0x8) == -EINVAL && sys_getrandom(c, sizeof c, 0x8) == -EINVAL,
        "an unknown flag is EINVAL through both");
}

static long via_libc(void *buf, size_t n, unsigned flags) {
  ssize_t r = getrandom(buf, n, flags);
  return r < 0 ? -errno : r;
}

/* The vDSO entry itself, with this thread's state. */
static long via_entry(void *buf, size_t n, unsigned flags) {
  const struct sysgate_vgetrandom_params *p = sysgate_vdso_getrandom_params();
  return sysgate_vdso_getrandom_with(buf, n, flags, sysgate_vdso_getrandom_state(),
                                     p->size_of_opaque_state);
}

static void fork_differs(void) {
  unsigned char before[32], mine[32], child[32] = {0};
  draw(before, sizeof before, 0);
  int fds[2];
  if (!check(pipe(fds) == 0, "pipe for the fork check"))
    return;
  pid_t pid = fork();
  if (pid == 0) {
    unsigned char out[32];
    draw(out, sizeof out, 0);
    ssize_t w = write(fds[1], out, sizeof out);
    _exit(w == (ssize_t)sizeof out ? 0 : 1);
  }
  draw(mine, sizeof mine, 0);
  ssize_t got = read(fds[0], child, sizeof child);
  int status = -1;
  waitpid(pid, &status, 0);
  close(fds[0]);
  close(fds[1]);
  check(pid > 0 && got == (ssize_t)sizeof child && status == 0,
        "the child of fork() drew 32 bytes");
  check(differ(mine, child, 32) && differ(before, child, 32) && differ(before, mine, 32),
        "parent and child draw different bytes after fork()");
}

static volatile int in_call, hits, handler_calls, handler_same;
static unsigned char handler_last[16];

static void on_prof(int sig) {
  (void)sig;
  unsigned char b[16];
  draw(b, sizeof b, 0);
  if (!differ(b, handler_last, sizeof b))
    handler_same++;
  for (unsigned i = 0; i < sizeof b; i++)
    handler_last[i] = b[i];
  handler_calls++;
  if (in_call)
    hits++;
}

static void signal_reentry(void) {
  struct sigaction act = {.sa_handler = on_prof, .sa_flags = SA_RESTART};
  struct itimerval every = {{0, 200}, {0, 200}}, off = {{0, 0}, {0, 0}};
  check(sigaction(SIGPROF, &act, NULL) == 0 && setitimer(ITIMER_PROF, &every, NULL) == 0,
        "a 200 us profiling timer runs");
  unsigned char a[1024], b[1024];
  int repeats = 0;
  draw(b, sizeof b, 0);
  for (long i = 0; i < 20000000 && hits < 50; i++) {
    in_call = 1;
    ssize_t r = getrandom((i & 1) ? a : b, sizeof a, 0);
    in_call = 0;
    if (r != (ssize_t)sizeof a || !differ(a, b, sizeof a))
      repeats++;
  }
  setitimer(ITIMER_PROF, &off, NULL);
  put("  timer signals: ");
  put_long(handler_calls);
  put(", inside getrandom: ");
  put_long(hits);
  put("\n");
  check(hits > 0, "a signal handler called getrandom while main was inside it");
  check(repeats == 0 && handler_same == 0, "every draw differs from the one before, in both");
}

static void placement(void) {
  const uintptr_t page = 4096, size = 144;
  check(sysgate_vgetrandom_place(3 * page - 32, size, page) == 3 * page,
        "a state that would cross a page moves to the next page");
  check(sysgate_vgetrandom_place(3 * page - size, size, page) == 3 * page - size,
        "a state that ends at the page's end stays");
  check(sysgate_vgetrandom_place(page + 1, size, page) == page + 16, "states are 16-aligned");
  int crossed = 0;
  uintptr_t at = page;
  for (int i = 0; i < 1000; i++) {
    at = sysgate_vgetrandom_place(at, size, page);
    if (at / page != (at + size - 1) / page)
      crossed++;
    at += size;
  }
  check(crossed == 0, "1000 states placed one after another: none crosses a page");
}

static int any(void) {
  unsigned char a[4096], b[4096];
  static const size_t sizes[] = {0, 1, 4, 16, 256, 1024, 1025, 4096};
  int ok = 1;
  for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    size_t n = sizes[i];
    ok &= getrandom(a, n, 0) == (ssize_t)n && getrandom(b, n, 0) == (ssize_t)n &&
          (n < 4 || differ(a, b, n));
  }
  check(ok, "getrandom fills 0..4096 bytes, a new draw each time");
  errno = 0;
  check(getrandom(NULL, 16, 0) == -1 && errno == EFAULT && getrandom(NULL, 0, 0) == 0,
        "a NULL buffer is EFAULT (0 bytes: 0)");
  flags_agree(via_libc, "getrandom's flags: the same answers as the system call");
  placement();
  fork_differs();
  signal_reentry();
  unsigned char e[256];
  errno = 0;
  check(getentropy(e, sizeof e) == 0 && getentropy(e, 257) == -1 && errno == EIO,
        "getentropy: 256 bytes, EIO for 257");
  return check_status();
}

static int vdso(void) {
  const struct sysgate_vgetrandom_params *p = sysgate_vdso_getrandom_params();
  if (!p) {
    put("SKIPPED: no __vdso_getrandom here (i386, a kernel before 6.11, or SYSGATE_NO_VDSO)\n");
    return 77;
  }
  check(p->size_of_opaque_state > 0 && p->size_of_opaque_state <= 4096 &&
            p->mmap_prot == (PROT_READ | PROT_WRITE) && (p->mmap_flags & 0x08) &&
            (p->mmap_flags & MAP_ANONYMOUS),
        "the query gives a state size, read-write, MAP_DROPPABLE | MAP_ANONYMOUS");
  check(sysgate_vdso_getrandom_state() == NULL, "no state before the first call");
  unsigned char a[16];
  check(getrandom(a, sizeof a, 0) == 16, "a first call through the vDSO");
  uintptr_t s = (uintptr_t)sysgate_vdso_getrandom_state();
  check(s != 0 && s / 4096 == (s + p->size_of_opaque_state - 1) / 4096,
        "the thread's state lies within one page");
  flags_agree(sysgate_getrandom_raw, "the vDSO path's flags: the same answers as the system call");
  unsigned char b[16];
  check(via_entry(a, 16, GRND_NONBLOCK) == 16 && via_entry(b, 16, GRND_RANDOM) == 16 &&
            differ(a, b, 16) && via_entry(a, 16, GRND_INSECURE) == 16,
        "the entry itself takes GRND_NONBLOCK, GRND_RANDOM, GRND_INSECURE");
  check(via_entry(a, 16, 0x8) == -EINVAL && via_entry(a, 16, GRND_RANDOM | GRND_INSECURE) == 16,
        "the entry: EINVAL for an unknown flag, bytes for GRND_RANDOM | GRND_INSECURE (sysgate "
        "asks the kernel)");
  check(sysgate_vdso_getrandom(big, sizeof big - 1, 0) == (long)sizeof big - 1 &&
            sysgate_vdso_getrandom(big, sizeof big, 0) == -ENOSYS,
        "the vDSO path takes 1 MiB and hands 1 MiB + 1 over to the system call");

  /* What the thread core does at a thread's exit: the state goes back to the pool and the
   * next state taken is that one. */
  sg_getrandom_thread_exit();
  check(sysgate_vdso_getrandom_state() == NULL, "the thread-exit hook takes the state away");
  check(getrandom(a, sizeof a, 0) == 16 && (uintptr_t)sysgate_vdso_getrandom_state() == s,
        "a state given back is the next one taken");

  /* The kernel refuses a state that crosses a page, as the placement does. */
  long m = sys_mmap(NULL, 2 * 4096, (int)p->mmap_prot, (int)p->mmap_flags, -1, 0);
  if (check(!sysgate_is_error(m), "mmap of two pages with the query's prot and flags")) {
    unsigned char *cross = (unsigned char *)m + 4096 - 8;
    check(sysgate_vdso_getrandom_with(a, sizeof a, 0, cross, p->size_of_opaque_state) == -EFAULT,
          "the vDSO refuses a page-crossing state with EFAULT");
    check(sysgate_vdso_getrandom_with(a, sizeof a, 0, (unsigned char *)m,
                                      p->size_of_opaque_state) == 16,
          "and takes one that does not cross");
    sys_munmap((void *)m, 2 * 4096);
  }
  return check_status();
}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "any";
  if (str_eq(mode, "has-vdso"))
    return sysgate_vdso_getrandom_params() ? 0 : 77;
  if (str_eq(mode, "trace")) {
    for (int i = 0; i < 10; i++)
      getrandom(big, 16, 0);
    for (int i = 0; i < 3; i++)
      getrandom(big, sizeof big, 0);
    return 0;
  }
  return str_eq(mode, "vdso") ? vdso() : any();
}
