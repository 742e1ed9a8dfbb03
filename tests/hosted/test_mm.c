/* mprotect(2), mremap(2), msync(2), madvise(2), mincore(2), mlock(2),
 * munlock(2), mlock2(2), mlockall(2), munlockall(2), memfd_create(2): each
 * against glibc on the same input, and against what the kernel then reports
 * about the mapping in /proc/self/smaps (permissions, Locked, Dirty, VmFlags
 * "lo"), in memory itself, and in /proc/self/fd.
 *
 * Not obvious: mremap is variadic and reads new_address only with
 * MREMAP_FIXED; test_mremap_registers passes one anyway without the flag and
 * checks that the kernel got NULL.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_mm.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_fd.h"
#include "suite_raw.h"

#define PAGE 4096ul

static unsigned char *pages(size_t n) {
  unsigned char *p =
      mmap(NULL, n * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_ptr_not_equal(p, MAP_FAILED);
  return p;
}

/* A page-aligned address with nothing mapped: the second of two pages, unmapped. */
static unsigned char *hole(void) {
  unsigned char *p = pages(2);
  assert_int_equal(munmap(p, 2 * PAGE), 0);
  return p + PAGE;
}

static struct oracle_vma vma_of(const void *addr) {
  struct oracle_vma v;
  assert_int_equal(oracle_vma(addr, &v), 0);
  return v;
}

static int is_mapped(const void *addr) {
  struct oracle_vma v;
  return oracle_vma(addr, &v) == 0;
}

/* --- mprotect ----------------------------------------------------------------- */

static void test_mprotect(void **state) {
  (void)state;
  unsigned char *p = pages(3);
  p[PAGE] = 0x5a;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(mprotect(p + PAGE, PAGE, PROT_READ), 0);
  assert_string_equal(vma_of(p + PAGE).perms, "r--p");
  assert_string_equal(vma_of(p).perms, "rw-p"); /* only the page asked for */
  assert_string_equal(vma_of(p + 2 * PAGE).perms, "rw-p");
  assert_int_equal(p[PAGE], 0x5a); /* still readable, same contents */
  assert_int_equal(mprotect(p + PAGE, PAGE, PROT_NONE), 0);
  assert_string_equal(vma_of(p + PAGE).perms, "---p");
  assert_int_equal(mprotect(p, 3 * PAGE, PROT_READ | PROT_WRITE), 0);
  assert_int_equal(p[PAGE], 0x5a);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  unsigned char *h = hole();
  EXPECT_BOTH_FAIL(EINVAL, mprotect, p + 1, PAGE, PROT_READ);
  EXPECT_BOTH_FAIL(EINVAL, mprotect, p, PAGE, 0x100000); /* no such PROT bit */
  EXPECT_BOTH_FAIL(ENOMEM, mprotect, h, PAGE, PROT_READ);
  assert_string_equal(vma_of(p).perms, "rw-p");
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mprotect(p + 1, PAGE, PROT_READ), -EINVAL);
  assert_int_equal(sys_mprotect(h, PAGE, PROT_READ), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(p, 3 * PAGE), 0);
}

/* --- mremap ------------------------------------------------------------------- */

static void test_mremap(void **state) {
  (void)state;
  unsigned char *p = pages(2);
  for (size_t i = 0; i < 2 * PAGE; i++)
    p[i] = (unsigned char)(i * 7);
  errno = SUITE_ERRNO_CANARY;
  unsigned char *q = mremap(p, 2 * PAGE, 4 * PAGE, MREMAP_MAYMOVE);
  assert_ptr_not_equal(q, MAP_FAILED);
  for (size_t i = 0; i < 2 * PAGE; i++)
    assert_int_equal(q[i], (unsigned char)(i * 7));
  q[4 * PAGE - 1] = 1; /* the whole new length is there */
  /* Shrinking stays in place and unmaps the tail. */
  assert_ptr_equal(mremap(q, 4 * PAGE, PAGE, 0), q);
  assert_false(is_mapped(q + PAGE));
  /* MREMAP_FIXED: exactly at new_address, replacing what was there. */
  unsigned char *target = pages(1);
  assert_ptr_equal(mremap(q, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, target), target);
  assert_int_equal(target[100], (unsigned char)(100 * 7));
  assert_false(is_mapped(q));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  /* Growing in place into an occupied page, not allowed to move. */
  unsigned char *two = pages(2), *h = hole();
  EXPECT_BOTH_FAIL(ENOMEM, mremap, two, PAGE, 2 * PAGE, 0, NULL);
  EXPECT_BOTH_FAIL(EINVAL, mremap, two + 1, PAGE, PAGE, 0, NULL);
  EXPECT_BOTH_FAIL(EINVAL, mremap, two, PAGE, 0, MREMAP_MAYMOVE, NULL);
  EXPECT_BOTH_FAIL(EINVAL, mremap, two, PAGE, PAGE, MREMAP_FIXED, target); /* needs MAYMOVE */
  EXPECT_BOTH_FAIL(EFAULT, mremap, h, PAGE, PAGE, 0, NULL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mremap(two + 1, PAGE, PAGE, 0, NULL), -EINVAL);
  assert_int_equal(sys_mremap(two, PAGE, 2 * PAGE, 0, NULL), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(two, 2 * PAGE), 0);
  assert_int_equal(munmap(target, PAGE), 0);
}

static void test_mremap_dontunmap(void **state) {
  (void)state;
  unsigned char *p = pages(1);
  p[0] = 0x77;
  errno = SUITE_ERRNO_CANARY;
  unsigned char *q = mremap(p, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_DONTUNMAP);
  int e = errno;
  if (q == MAP_FAILED && e == EINVAL)
    SKIP_BECAUSE("the kernel has no MREMAP_DONTUNMAP (before 5.7)");
  assert_ptr_not_equal(q, MAP_FAILED);
  assert_ptr_not_equal(q, p);
  assert_int_equal(e, SUITE_ERRNO_CANARY);
  assert_int_equal(q[0], 0x77);
  assert_true(is_mapped(p)); /* still there, but its pages went with the move */
  assert_int_equal(p[0], 0);
  assert_int_equal(munmap(p, PAGE), 0);
  assert_int_equal(munmap(q, PAGE), 0);
}

struct mremap_call {
  void *old;
  int flags;
  void *to;
};

static void call_mremap(void *arg) {
  const struct mremap_call *c = arg;
  mremap(c->old, PAGE, PAGE, c->flags, c->to);
}

static void test_mremap_registers(void **state) {
  (void)state;
  unsigned char *p = pages(2);
  struct mremap_call c = {p, MREMAP_MAYMOVE, (void *)0x12345000};
  struct oracle_syscall seen = suite_trace(call_mremap, &c, SYS_mremap);
  assert_int_equal(seen.args[0], SUITE_REG(p));
  assert_int_equal(seen.args[1], PAGE);
  assert_int_equal(seen.args[2], PAGE);
  assert_int_equal(seen.args[3], MREMAP_MAYMOVE);
  assert_int_equal(seen.args[4], 0); /* not read without MREMAP_FIXED */
  c = (struct mremap_call){p, MREMAP_MAYMOVE | MREMAP_FIXED, p + PAGE};
  seen = suite_trace(call_mremap, &c, SYS_mremap);
  assert_int_equal(seen.args[3], MREMAP_MAYMOVE | MREMAP_FIXED);
  assert_int_equal(seen.args[4], SUITE_REG(p + PAGE));
  assert_int_equal(seen.ret, SUITE_REG(p + PAGE));
  assert_int_equal(munmap(p, 2 * PAGE), 0);
}

/* --- msync -------------------------------------------------------------------- */

static void test_msync(void **state) {
  (void)state;
  static unsigned char zeros[2 * PAGE];
  int fd = open(oracle_make_file("msync", zeros, sizeof zeros), O_RDWR);
  assert_true(fd >= 0);
  unsigned char *p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  assert_ptr_not_equal(p, MAP_FAILED);
  unsigned char *h = hole();
  EXPECT_BOTH_FAIL(EINVAL, msync, p + 1, PAGE, MS_SYNC);
  EXPECT_BOTH_FAIL(EINVAL, msync, p, PAGE, MS_SYNC | MS_ASYNC);
  EXPECT_BOTH_FAIL(EINVAL, msync, p, PAGE, 0x100);
  EXPECT_BOTH_FAIL(ENOMEM, msync, h, PAGE, MS_SYNC);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_msync(p, PAGE, MS_SYNC | MS_ASYNC), -EINVAL);
  assert_int_equal(sys_msync(h, PAGE, MS_SYNC), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  assert_int_equal(msync(p, 2 * PAGE, MS_ASYNC), 0);
  assert_int_equal(msync(p, 2 * PAGE, MS_INVALIDATE), 0);
  memcpy(p + PAGE, "synced", 6);
  unsigned long dirty = vma_of(p).dirty_kb;
  assert_int_equal(msync(p, 2 * PAGE, MS_SYNC), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* Written back and clean, as the kernel counts it. */
  assert_int_equal(vma_of(p).dirty_kb, 0);
  assert_int_equal(munmap(p, 2 * PAGE), 0);
  assert_int_equal(close(fd), 0);
  if (dirty == 0)
    SKIP_BECAUSE("the page was written back before msync: its effect could not be seen");
}

/* --- madvise, mincore ---------------------------------------------------------- */

static void test_madvise(void **state) {
  (void)state;
  unsigned char *p = pages(4);
  memset(p, 0xab, 4 * PAGE);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(madvise(p, 4 * PAGE, MADV_SEQUENTIAL), 0);
  assert_int_equal(madvise(p, 4 * PAGE, MADV_WILLNEED), 0);
  assert_int_equal(madvise(p + PAGE, 2 * PAGE, MADV_DONTNEED), 0);
  /* Private anonymous pages given up read back as zeros; the others stay. */
  for (size_t i = 0; i < 4 * PAGE; i++)
    assert_int_equal(p[i], i >= PAGE && i < 3 * PAGE ? 0 : 0xab);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  unsigned char *h = hole();
  EXPECT_BOTH_FAIL(EINVAL, madvise, p + 1, PAGE, MADV_NORMAL);
  EXPECT_BOTH_FAIL(EINVAL, madvise, p, PAGE, 12345);
  EXPECT_BOTH_FAIL(ENOMEM, madvise, h, PAGE, MADV_NORMAL);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_madvise(p, PAGE, 12345), -EINVAL);
  assert_int_equal(sys_madvise(h, PAGE, MADV_NORMAL), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(p, 4 * PAGE), 0);
}

static void test_mincore(void **state) {
  (void)state;
  unsigned char *p = pages(4);
  p[0] = 1;
  p[2 * PAGE] = 1;
  unsigned char vec[4], theirs[4];
  int err;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(mincore(p, 4 * PAGE, vec), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(glibc_mincore(p, 4 * PAGE, theirs, &err), 0);
  for (int i = 0; i < 4; i++)
    assert_int_equal(vec[i] & 1, theirs[i] & 1);
  assert_int_equal(vec[0] & 1, 1); /* touched pages are resident */
  assert_int_equal(vec[2] & 1, 1);
  assert_int_equal(vec[1] & 1, 0); /* untouched anonymous ones are not */
  /* After MADV_POPULATE_WRITE (5.14) all are. */
  if (madvise(p, 4 * PAGE, MADV_POPULATE_WRITE) == 0) {
    assert_int_equal(mincore(p, 4 * PAGE, vec), 0);
    for (int i = 0; i < 4; i++)
      assert_int_equal(vec[i] & 1, 1);
  }

  unsigned char *h = hole();
  EXPECT_BOTH_FAIL(EINVAL, mincore, p + 1, PAGE, vec);
  EXPECT_BOTH_FAIL(ENOMEM, mincore, h, PAGE, vec);
  EXPECT_BOTH_FAIL(EFAULT, mincore, p, PAGE, (unsigned char *)h);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mincore(p + 1, PAGE, vec), -EINVAL);
  assert_int_equal(sys_mincore(h, PAGE, vec), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(p, 4 * PAGE), 0);
}

/* --- mlock, munlock, mlock2, mlockall, munlockall --------------------------------- */

static void test_mlock(void **state) {
  (void)state;
  unsigned char *p = pages(4);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(mlock(p, 2 * PAGE), 0);
  struct oracle_vma v = vma_of(p);
  assert_true(oracle_vma_has_flag(&v, "lo"));
  assert_int_equal(v.locked_kb, 2 * PAGE / 1024); /* faulted in and locked at once */
  assert_int_equal(v.end - v.start, 2 * PAGE);    /* the rest is a mapping of its own */
  v = vma_of(p + 2 * PAGE);
  assert_false(oracle_vma_has_flag(&v, "lo"));
  assert_int_equal(munlock(p, 2 * PAGE), 0);
  v = vma_of(p);
  assert_false(oracle_vma_has_flag(&v, "lo"));
  assert_int_equal(v.locked_kb, 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  unsigned char *h = hole();
  EXPECT_BOTH_FAIL(ENOMEM, mlock, h, PAGE);
  EXPECT_BOTH_FAIL(ENOMEM, munlock, h, PAGE);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mlock(h, PAGE), -ENOMEM);
  assert_int_equal(sys_munlock(h, PAGE), -ENOMEM);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(p, 4 * PAGE), 0);
}

static void test_mlock2(void **state) {
  (void)state;
  unsigned char *p = pages(4);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(mlock2(p, 4 * PAGE, MLOCK_ONFAULT), 0);
  struct oracle_vma v = vma_of(p);
  assert_true(oracle_vma_has_flag(&v, "lo"));
  assert_int_equal(v.locked_kb, 0); /* nothing faulted in yet */
  p[PAGE] = 1;
  assert_int_equal(vma_of(p).locked_kb, PAGE / 1024); /* locked as it came in */
  assert_int_equal(munlock(p, 4 * PAGE), 0);
  assert_int_equal(mlock2(p, PAGE, 0), 0); /* no flags: mlock */
  assert_int_equal(vma_of(p).locked_kb, PAGE / 1024);
  assert_int_equal(munlock(p, PAGE), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  unsigned char *h = hole();
  EXPECT_BOTH_FAIL(EINVAL, mlock2, p, PAGE, 2);
  EXPECT_BOTH_FAIL(ENOMEM, mlock2, h, PAGE, 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mlock2(p, PAGE, 2), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(p, 4 * PAGE), 0);
}

static void test_mlockall(void **state) {
  (void)state;
  unsigned char *before = pages(1);
  errno = SUITE_ERRNO_CANARY;
  /* MCL_ONFAULT: the address space is marked, not faulted in. */
  int r = mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT);
  int e = errno, ge;
  if (r != 0 && glibc_mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT, &ge) != 0 && ge == e)
    SKIP_BECAUSE("mlockall is refused here, to glibc as well (RLIMIT_MEMLOCK?)");
  assert_int_equal(r, 0);
  unsigned char *after = pages(1);
  struct oracle_vma v = vma_of(before);
  int locked_before = oracle_vma_has_flag(&v, "lo");
  v = vma_of(after);
  int locked_after = oracle_vma_has_flag(&v, "lo");
  assert_int_equal(munlockall(), 0);
  assert_int_equal(e, SUITE_ERRNO_CANARY);
  assert_true(locked_before); /* MCL_CURRENT */
  assert_true(locked_after);  /* MCL_FUTURE */
  v = vma_of(after);
  assert_false(oracle_vma_has_flag(&v, "lo"));
  unsigned char *later = pages(1);
  v = vma_of(later);
  assert_false(oracle_vma_has_flag(&v, "lo"));
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  EXPECT_BOTH_FAIL(EINVAL, mlockall, 0);
  EXPECT_BOTH_FAIL(EINVAL, mlockall, MCL_ONFAULT); /* on what? */
  EXPECT_BOTH_FAIL(EINVAL, mlockall, MCL_CURRENT | 0x100);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mlockall(0), -EINVAL);
  assert_int_equal(sys_munlockall(), 0); /* cannot fail */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(munmap(before, PAGE), 0);
  assert_int_equal(munmap(after, PAGE), 0);
  assert_int_equal(munmap(later, PAGE), 0);
}

/* --- memfd_create -------------------------------------------------------------- */

static void test_memfd_create(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  int fd = memfd_create("sysgate-memfd", MFD_CLOEXEC);
  assert_true(fd >= 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  char link[128];
  assert_true(oracle_fd_link(fd, link, sizeof link) > 0);
  assert_string_equal(link, "/memfd:sysgate-memfd (deleted)");
  assert_int_equal(oracle_cloexec(fd), 1);
  assert_int_equal(oracle_fd_flags(fd) & O_ACCMODE, O_RDWR);
  /* Memory behind a descriptor: written through it, seen through a mapping. */
  assert_int_equal(write(fd, "in memory", 9), 9);
  unsigned char *m = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0);
  assert_ptr_not_equal(m, MAP_FAILED);
  assert_memory_equal(m, "in memory", 9);
  assert_int_equal(munmap(m, PAGE), 0);
  assert_int_equal(close(fd), 0);
  fd = memfd_create("plain", 0);
  assert_true(fd >= 0);
  assert_int_equal(oracle_cloexec(fd), 0);
  assert_int_equal(close(fd), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  static char long_name[300];
  memset(long_name, 'n', sizeof long_name - 1); /* over the 249-byte limit */
  EXPECT_BOTH_FAIL(EINVAL, memfd_create, long_name, 0);
  EXPECT_BOTH_FAIL(EINVAL, memfd_create, "x", 0x1000);
  EXPECT_BOTH_FAIL(EFAULT, memfd_create, NULL, 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_memfd_create(NULL, 0), -EFAULT);
  assert_int_equal(sys_memfd_create("x", 0x1000), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* The first pkey_alloc of a fresh process, by sysgate (arg NULL) or by glibc's syscall:
 * exits with 0 when it made a key, else with its errno. A fresh process each time: on a
 * CPU without PKU the kernel answers a process's first call EINVAL and the next ENOSPC. */
static void first_pkey_alloc(void *glibc) {
  int err = 0;
  long key = glibc ? glibc_syscall(&err, SYS_pkey_alloc, 0, PKEY_DISABLE_WRITE, 0, 0, 0, 0)
                   : pkey_alloc(0, PKEY_DISABLE_WRITE);
  _exit(key >= 0 ? 0 : glibc ? err : errno);
}

/* Memory protection keys: without PKU hardware both sides fail alike; with it a key
 * protects a page. pkey -1 is mprotect's meaning for pkey_mprotect. */
static void test_pkey(void **state) {
  (void)state;
  long page = sysconf(_SC_PAGESIZE);
  void *mem = mmap(NULL, (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_true(mem != MAP_FAILED);
  int ours = oracle_child_status(first_pkey_alloc, NULL);
  assert_int_equal(ours, oracle_child_status(first_pkey_alloc, (void *)1));
  if (ours)
    print_message("no protection keys here (errno %d)\n", ours);
  int key = pkey_alloc(0, PKEY_DISABLE_WRITE);
  if (key >= 0) {
    assert_int_equal(pkey_mprotect(mem, (size_t)page, PROT_READ | PROT_WRITE, key), 0);
    assert_int_equal(pkey_free(key), 0);
  }
  SAME_RESULT(pkey_alloc(1, 0), glibc_syscall(&glibc_errno, SYS_pkey_alloc, 1, 0, 0, 0, 0, 0));
  SAME_RESULT(pkey_free(-5), glibc_syscall(&glibc_errno, SYS_pkey_free, -5, 0, 0, 0, 0, 0));
  SAME_RESULT(pkey_mprotect(mem, (size_t)page, PROT_READ, -1),
              glibc_syscall(&glibc_errno, SYS_pkey_mprotect, (long)mem, page, PROT_READ, -1, 0, 0));
  SAME_RESULT(pkey_mprotect(mem, (size_t)page, PROT_READ, 99),
              glibc_syscall(&glibc_errno, SYS_pkey_mprotect, (long)mem, page, PROT_READ, 99, 0, 0));
  SAME_RESULT(
      pkey_mprotect((char *)mem + 1, (size_t)page, PROT_READ, -1),
      glibc_syscall(&glibc_errno, SYS_pkey_mprotect, (long)mem + 1, page, PROT_READ, -1, 0, 0));
  munmap(mem, (size_t)page);
}

/* memfd_secret (off unless the kernel boots with secretmem.enable: ENOSYS then) and
 * membarrier (its query answers a bit mask, the same for both). */
static void test_memfd_secret_membarrier(void **state) {
  (void)state;
  SAME_FD(memfd_secret(0), glibc_syscall(&glibc_errno, SYS_memfd_secret, 0, 0, 0, 0, 0, 0));
  SAME_RESULT(memfd_secret(0x1000),
              glibc_syscall(&glibc_errno, SYS_memfd_secret, 0x1000, 0, 0, 0, 0, 0));
  errno = SUITE_ERRNO_CANARY;
  long cmds =
      SAME_RESULT(membarrier(MEMBARRIER_CMD_QUERY, 0, 0),
                  glibc_syscall(&glibc_errno, SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0, 0, 0, 0));
  print_message("membarrier commands: %#lx\n", cmds);
  SAME_RESULT(membarrier(12345, 0, 0),
              glibc_syscall(&glibc_errno, SYS_membarrier, 12345, 0, 0, 0, 0, 0));
  SAME_RESULT(membarrier(MEMBARRIER_CMD_QUERY, 7, 0),
              glibc_syscall(&glibc_errno, SYS_membarrier, MEMBARRIER_CMD_QUERY, 7, 0, 0, 0, 0));
  assert_int_equal(sys_membarrier(12345, 0, 0), -EINVAL);
}

/* userfaultfd: a descriptor, or the same refusal for both (vm.unprivileged_userfaultfd);
 * remap_file_pages on a shared file mapping: page 1 shows page 0's data afterwards. */
static void test_userfaultfd_remap(void **state) {
  (void)state;
  SAME_FD(userfaultfd(O_CLOEXEC),
          glibc_syscall(&glibc_errno, SYS_userfaultfd, O_CLOEXEC, 0, 0, 0, 0, 0));
  SAME_RESULT(userfaultfd(0x12345),
              glibc_syscall(&glibc_errno, SYS_userfaultfd, 0x12345, 0, 0, 0, 0, 0));
  long page = sysconf(_SC_PAGESIZE);
  int fd = suite_empty_file("remap", NULL);
  assert_int_equal(ftruncate(fd, 2 * page), 0);
  assert_int_equal(pwrite(fd, "page zero", 9, 0), 9);
  char *m = mmap(NULL, (size_t)(2 * page), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  assert_true(m != MAP_FAILED);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(remap_file_pages(m + page, (size_t)page, 0, 0, 0), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_memory_equal(m + page, "page zero", 9);
  SAME_RESULT(remap_file_pages(m + 1, (size_t)page, 0, 0, 0),
              glibc_syscall(&glibc_errno, SYS_remap_file_pages, (long)(m + 1), page, 0, 0, 0, 0));
  SAME_RESULT(remap_file_pages(m, (size_t)page, PROT_READ, 0, 0),
              glibc_syscall(&glibc_errno, SYS_remap_file_pages, (long)m, page, PROT_READ, 0, 0, 0));
  munmap(m, (size_t)(2 * page));
  close(fd);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mprotect),
      cmocka_unit_test(test_mremap),
      cmocka_unit_test(test_mremap_dontunmap),
      cmocka_unit_test(test_mremap_registers),
      cmocka_unit_test(test_msync),
      cmocka_unit_test(test_madvise),
      cmocka_unit_test(test_mincore),
      cmocka_unit_test(test_mlock),
      cmocka_unit_test(test_mlock2),
      cmocka_unit_test(test_mlockall),
      cmocka_unit_test(test_memfd_create),
      cmocka_unit_test(test_pkey),
      cmocka_unit_test(test_memfd_secret_membarrier),
      cmocka_unit_test(test_userfaultfd_remap),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
