/* mmap(2), munmap(2): mappings checked in memory and in /proc/self/maps,
 * failures compared with glibc's mmap64 and munmap on the same input, and the
 * registers the kernel sees (x86_64 mmap with a byte offset, i386 mmap2 with
 * the offset in 4096-byte units).
 *
 * Not obvious: on i386 a mapping at or above 2 GiB is a negative long, so an
 * error test written as `< 0` would turn a good mapping at 0xF0000000 into
 * MAP_FAILED; test_mmap_high_address places one there on both arches.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include <sysgate.h>

#include "suite.h"

#define PAGE 4096ul
#define HIGH_ADDR ((void *)0xF0000000ul)

/* A file of three pages, page i filled with bytes that differ from every
 * other page's and from one offset to the next. */
static unsigned char pages[3 * PAGE];

static const char *make_paged_file(const char *name) {
  for (unsigned long i = 0; i < sizeof pages; i++)
    pages[i] = (unsigned char)((i / PAGE) * 0x40 + i % 61);
  return oracle_make_file(name, pages, sizeof pages);
}

static void *anon(void *addr, size_t len, int extra_flags) {
  return mmap(addr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | extra_flags, -1, 0);
}

/* --- mmap ------------------------------------------------------------------ */

static void test_mmap_anonymous(void **state) {
  (void)state;
  size_t len = 3 * PAGE;
  errno = SUITE_ERRNO_CANARY;
  unsigned char *p = anon(NULL, len, 0);
  assert_ptr_not_equal(p, MAP_FAILED);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal((uintptr_t)p % PAGE, 0);
  for (size_t i = 0; i < len; i++)
    assert_int_equal(p[i], 0); /* anonymous memory starts zeroed */
  for (size_t i = 0; i < len; i++)
    p[i] = (unsigned char)(i * 13);
  for (size_t i = 0; i < len; i++)
    assert_int_equal(p[i], (unsigned char)(i * 13));

  /* The kernel's view: the whole length is mapped, readable and writable. */
  unsigned long start, end;
  char perms[5];
  assert_int_equal(oracle_mapping(p, &start, &end, perms), 0);
  assert_true(start <= (uintptr_t)p && (uintptr_t)p + len <= end);
  assert_string_equal(perms, "rw-p");
  assert_int_equal(munmap(p, len), 0);

  /* PROT_READ alone really reaches the kernel. */
  p = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_ptr_not_equal(p, MAP_FAILED);
  assert_int_equal(oracle_mapping(p, &start, &end, perms), 0);
  assert_string_equal(perms, "r--p");
  assert_int_equal(munmap(p, PAGE), 0);
}

static void test_mmap_file_offset(void **state) {
  (void)state;
  int fd = open(make_paged_file("paged"), O_RDONLY);
  assert_true(fd >= 0);
  errno = SUITE_ERRNO_CANARY;
  unsigned char *p = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, (off_t)PAGE);
  assert_ptr_not_equal(p, MAP_FAILED);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_memory_equal(p, pages + PAGE, PAGE); /* the second page, not the first */
  int ge;
  unsigned char *g = oracle_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, (long long)PAGE, &ge);
  assert_ptr_not_equal(g, MAP_FAILED);
  assert_memory_equal(p, g, PAGE);

  /* The offset of the last page too: 2 * 4096, 2 units for mmap2. */
  unsigned char *q = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, (off_t)(2 * PAGE));
  assert_ptr_not_equal(q, MAP_FAILED);
  assert_memory_equal(q, pages + 2 * PAGE, PAGE);
  assert_int_equal(munmap(p, PAGE), 0);
  assert_int_equal(munmap(q, PAGE), 0);
  assert_int_equal(oracle_munmap(g, PAGE), 0);
  assert_int_equal(close(fd), 0);
}

static void test_mmap_shared_writes_file(void **state) {
  (void)state;
  const char *path = make_paged_file("shared");
  int fd = open(path, O_RDWR);
  assert_true(fd >= 0);
  unsigned char *p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, (off_t)PAGE);
  assert_ptr_not_equal(p, MAP_FAILED);
  memcpy(p, "mapped", 6);
  assert_int_equal(munmap(p, PAGE), 0);
  assert_int_equal(close(fd), 0);
  /* Through the page cache into the file, at byte 4096. */
  static unsigned char back[3 * PAGE];
  assert_int_equal(oracle_read_file(path, back, sizeof back), sizeof back);
  assert_memory_equal(back + PAGE, "mapped", 6);
  assert_memory_equal(back, pages, PAGE);
  assert_memory_equal(back + PAGE + 6, pages + PAGE + 6, 2 * PAGE - 6);
}

/* mmap and glibc's mmap64 on the same input: both fail with `want`. */
static void check_mmap_fails(void *addr, size_t len, int prot, int flags, int fd, off_t off,
                             int want) {
  errno = 0;
  void *p = mmap(addr, len, prot, flags, fd, off);
  int e = errno, ge;
  void *g = oracle_mmap(addr, len, prot, flags, fd, (long long)off, &ge);
  assert_ptr_equal(p, MAP_FAILED);
  assert_int_equal(e, want);
  assert_ptr_equal(g, MAP_FAILED);
  assert_int_equal(ge, want);
}

static void test_mmap_errors(void **state) {
  (void)state;
  int fd = open(make_paged_file("mmap-err"), O_RDONLY);
  assert_true(fd >= 0);
  check_mmap_fails(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, EINVAL);
  check_mmap_fails(NULL, PAGE, PROT_READ, MAP_PRIVATE, -1, 0, EBADF);
  check_mmap_fails(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 100, EINVAL);
  check_mmap_fails(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, (off_t)(PAGE + 1), EINVAL);
  check_mmap_fails(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0, EACCES);
  assert_int_equal(close(fd), 0);
  check_mmap_fails(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 0, EBADF); /* closed */
}

/* An offset of 2^44 bytes is 2^32 units: one more than mmap2 can carry. */
static void test_mmap_huge_offset(void **state) {
  (void)state;
  int fd = open(make_paged_file("huge"), O_RDONLY);
  assert_true(fd >= 0);
  off_t off = (off_t)1 << 44;
  errno = SUITE_ERRNO_CANARY;
  void *p = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, off);
  int e = errno, ge;
  void *g = oracle_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, (long long)off, &ge);
  if (SUITE_I386) {
    assert_ptr_equal(p, MAP_FAILED);
    assert_int_equal(e, EINVAL);
  }
  /* x86_64 passes it on; the answer depends on the filesystem's maximum file
   * size, so glibc, on the same input, is the reference. */
  assert_int_equal(p == MAP_FAILED, g == MAP_FAILED);
  if (p == MAP_FAILED) {
    assert_int_equal(e, ge);
  } else {
    assert_int_equal(e, SUITE_ERRNO_CANARY);
    assert_int_equal(munmap(p, PAGE), 0);
    assert_int_equal(oracle_munmap(g, PAGE), 0);
  }
  assert_int_equal(close(fd), 0);
}

struct mmap_call {
  void *addr;
  size_t len;
  int prot, flags, fd;
  off_t off;
};

static void call_mmap(void *arg) {
  const struct mmap_call *c = arg;
  mmap(c->addr, c->len, c->prot, c->flags, c->fd, c->off);
}

/* x86_64 has no mmap2 number at all, so the choice is the preprocessor's. */
#ifdef __i386__
#define SYS_MMAP_HERE SYS_mmap2
#else
#define SYS_MMAP_HERE SYS_mmap
#endif

static void test_mmap_registers(void **state) {
  (void)state;
  struct mmap_call c = {(void *)0x12340000ul,        0x5000, PROT_READ,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1,     0x3000};
  struct oracle_syscall seen = suite_trace(call_mmap, &c, SYS_MMAP_HERE);
  assert_int_equal(seen.args[0], 0x12340000ul);
  assert_int_equal(seen.args[1], 0x5000);
  assert_int_equal(seen.args[2], PROT_READ);
  assert_int_equal(seen.args[3], MAP_PRIVATE | MAP_ANONYMOUS);
  assert_int_equal(seen.args[4], SUITE_REG(-1));
  /* Bytes for mmap; 4096-byte units for mmap2. */
  assert_int_equal(seen.args[5], SUITE_I386 ? 3 : 0x3000);
  assert_false(sysgate_is_error((long)seen.ret));
}

/* What reaches the kernel for an offset mmap2 cannot express: nothing on i386
 * (sysgate answers EINVAL itself); on x86_64 the call, which the kernel refuses. */
static void test_mmap_bad_offset_trap(void **state) {
  (void)state;
  off_t offs[] = {100, (off_t)1 << 44};
  for (unsigned i = 0; i < 2; i++) {
    struct mmap_call c = {NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, offs[i]};
    struct oracle_syscall seen = {0};
    int r = oracle_trace(call_mmap, &c, SYS_MMAP_HERE, &seen);
    if (r < 0)
      SKIP_BECAUSE("ptrace is not permitted here");
    if (SUITE_I386) {
      assert_int_equal(r, 1);
    } else {
      assert_int_equal(r, 0);
      assert_int_equal(seen.args[5], (unsigned long long)offs[i]);
      if (i == 0)
        assert_int_equal(seen.ret, -EINVAL);
    }
  }
}

static void test_mmap_high_address(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  unsigned char *p = anon(HIGH_ADDR, 2 * PAGE, MAP_FIXED_NOREPLACE);
  int e = errno;
  if (p == MAP_FAILED && e == EEXIST)
    SKIP_BECAUSE("something is already mapped at 0xF0000000");
  assert_ptr_not_equal(p, MAP_FAILED);
  assert_ptr_equal(p, HIGH_ADDR);
  assert_int_equal(e, SUITE_ERRNO_CANARY);
  p[0] = 0x5a;
  p[2 * PAGE - 1] = 0xa5;
  assert_int_equal(p[0] + p[2 * PAGE - 1], 0xff);
  unsigned long start, end;
  char perms[5];
  assert_int_equal(oracle_mapping(HIGH_ADDR, &start, &end, perms), 0);
  assert_int_equal(start, 0xF0000000ul);
  assert_int_equal(munmap(p, 2 * PAGE), 0);

  /* The raw layer: the address itself, not an error, though on i386 the long is negative. */
  long raw = sys_mmap(HIGH_ADDR, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE,
                      -1, 0);
  assert_false(sysgate_is_error(raw));
  assert_int_equal((unsigned long)raw, 0xF0000000ul);
  assert_int_equal(munmap(HIGH_ADDR, PAGE), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_sys_mmap(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), -EINVAL);
  assert_int_equal(sys_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, -1, 0), -EBADF);
  assert_int_equal(sys_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 100), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  long raw = sys_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_false(sysgate_is_error(raw));
  assert_int_equal(munmap((void *)raw, PAGE), 0);
}

/* --- munmap ---------------------------------------------------------------- */

static void test_munmap(void **state) {
  (void)state;
  unsigned char *p = anon(NULL, 2 * PAGE, 0);
  assert_ptr_not_equal(p, MAP_FAILED);
  /* Occupied now: NOREPLACE refuses, so its success below means something. */
  errno = 0;
  assert_ptr_equal(anon(p, PAGE, MAP_FIXED_NOREPLACE), MAP_FAILED);
  assert_int_equal(errno, EEXIST);

  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(munmap(p, 2 * PAGE), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  unsigned long start, end;
  char perms[5];
  assert_int_equal(oracle_mapping(p, &start, &end, perms), 1);
  assert_int_equal(oracle_mapping(p + PAGE, &start, &end, perms), 1);
  unsigned char *q = anon(p, 2 * PAGE, MAP_FIXED_NOREPLACE);
  assert_ptr_equal(q, p);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);

  /* The length counts: unmapping the second page leaves the first. */
  assert_int_equal(munmap(q + PAGE, PAGE), 0);
  assert_int_equal(oracle_mapping(q, &start, &end, perms), 0);
  assert_int_equal(oracle_mapping(q + PAGE, &start, &end, perms), 1);
  assert_int_equal(munmap(q, PAGE), 0);
}

static void test_munmap_errors(void **state) {
  (void)state;
  unsigned char *p = anon(NULL, 2 * PAGE, 0);
  assert_ptr_not_equal(p, MAP_FAILED);
  struct {
    void *addr;
    size_t len;
  } cases[] = {
      {p + 1, PAGE},        /* not page-aligned */
      {p + PAGE / 2, PAGE}, /* nor this */
      {p, 0},               /* nothing to unmap */
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    errno = 0;
    long r = munmap(cases[i].addr, cases[i].len);
    int e = errno, ge;
    long g = oracle_munmap_err(cases[i].addr, cases[i].len, &ge);
    ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  }
  /* The failures unmapped nothing. */
  p[0] = 1;
  p[PAGE] = 2;
  assert_int_equal(p[0] + p[PAGE], 3);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_munmap(p + 1, PAGE), -EINVAL);
  assert_int_equal(sys_munmap(p, 0), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(sys_munmap(p, 2 * PAGE), 0);
  unsigned long start, end;
  char perms[5];
  assert_int_equal(oracle_mapping(p, &start, &end, perms), 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mmap_anonymous),
      cmocka_unit_test(test_mmap_file_offset),
      cmocka_unit_test(test_mmap_shared_writes_file),
      cmocka_unit_test(test_mmap_errors),
      cmocka_unit_test(test_mmap_huge_offset),
      cmocka_unit_test(test_mmap_registers),
      cmocka_unit_test(test_mmap_bad_offset_trap),
      cmocka_unit_test(test_mmap_high_address),
      cmocka_unit_test(test_sys_mmap),
      cmocka_unit_test(test_munmap),
      cmocka_unit_test(test_munmap_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
