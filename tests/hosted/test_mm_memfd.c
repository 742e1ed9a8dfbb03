/* memfd_create(2), the memory protection keys (pkey_alloc(2), pkey_mprotect,
 * pkey_free), memfd_secret(2), membarrier(2), userfaultfd(2) and remap_file_pages(2)
 * (sysgate/mm.h): each against glibc (or its syscall(2)) on the same input, and the
 * descriptors as /proc/self/fd shows them.
 *
 * Not obvious: on a CPU without PKU the kernel answers a process's first pkey_alloc
 * EINVAL and the next ENOSPC, so each side's first call runs in a fresh child.
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
  unsigned char *m = mmap(NULL, MM_PAGE, PROT_READ, MAP_SHARED, fd, 0);
  assert_ptr_not_equal(m, MAP_FAILED);
  assert_memory_equal(m, "in memory", 9);
  assert_int_equal(munmap(m, MM_PAGE), 0);
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
      cmocka_unit_test(test_memfd_create),
      cmocka_unit_test(test_pkey),
      cmocka_unit_test(test_memfd_secret_membarrier),
      cmocka_unit_test(test_userfaultfd_remap),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
