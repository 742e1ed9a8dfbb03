/* shm_open(3) and shm_unlink(3) (sysgate/mman.h) against glibc's on the same names:
 * the descriptor's flags, the object seen through both, and the errors.
 *
 * Not obvious: these are no system calls but open and unlink under /dev/shm, so the
 * test skips, saying why, where /dev/shm is missing or not writable.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_ipc.h"
#include "oracle_misc.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"

/* --- shm_open ------------------------------------------------------------------- */

static void test_shm_open(void **state) {
  (void)state;
  int err;
  struct stat st;
  if (stat("/dev/shm", &st) != 0 || !S_ISDIR(st.st_mode))
    SKIP_BECAUSE("/dev/shm is missing: shm_open has nowhere to put its objects");
  char name[64];
  snprintf(name, sizeof name, "/sysgate_test_shm_%ld", oracle_getpid());
  int fd = shm_open(name, O_CREAT | O_EXCL | O_RDWR, 0600);
  if (fd < 0 && errno == EACCES)
    SKIP_BECAUSE("/dev/shm is not writable here");
  assert_true(fd >= 0);
  int fd_flags = 0;
  int fl = oracle_ipc_fd_flags(fd, &fd_flags);
  assert_int_equal(fd_flags, FD_CLOEXEC);
  assert_int_equal(fl & O_ACCMODE, O_RDWR);
  assert_int_equal(ftruncate(fd, 4096), 0);
  char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  assert_true(p != MAP_FAILED);
  memcpy(p, "posix shm", 10);
  /* glibc finds the same object, under every spelling of the name */
  int g = oracle_shm_open(name + 1, O_RDONLY, 0, &err);
  assert_true(g >= 0);
  char buf[10] = "";
  assert_int_equal(oracle_read(g, buf, 10), 10);
  assert_string_equal(buf, "posix shm");
  assert_int_equal(oracle_close(g), 0);
  char slashes[70];
  snprintf(slashes, sizeof slashes, "//%s", name);
  int again = shm_open(slashes, O_RDWR, 0);
  assert_true(again >= 0);
  assert_int_equal(close(again), 0);
  BOTH_FAIL(EEXIST, shm_open(name, O_CREAT | O_EXCL | O_RDWR, 0600),
            oracle_shm_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &glibc_errno));

  /* names glibc refuses, and the lengths around NAME_MAX */
  static const char *bad[] = {"", "/", "///", "a/b", "/a/b"};
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    BOTH_FAIL(EINVAL, shm_open(bad[i], O_RDONLY, 0),
              oracle_shm_open(bad[i], O_RDONLY, 0, &glibc_errno));
    BOTH_FAIL(ENOENT, shm_unlink(bad[i]), oracle_shm_unlink(bad[i], &glibc_errno));
  }
  char long_name[400];
  static const unsigned lens[] = {255, 256, 257, 260, 261, 262, 300, 399};
  for (unsigned i = 0; i < sizeof lens / sizeof lens[0]; i++) {
    memset(long_name, 'n', lens[i]);
    long_name[0] = '/';
    long_name[lens[i]] = 0;
    int ge = 0;
    errno = 0;
    int r = shm_open(long_name, O_RDONLY, 0);
    int e = errno;
    int gr = oracle_shm_open(long_name, O_RDONLY, 0, &ge);
    assert_int_equal(r, -1);
    assert_int_equal(gr, -1);
    assert_int_equal(e, ge); /* the kernel's ENOENT, its ENAMETOOLONG, then glibc's EINVAL */
    assert_int_equal(e, lens[i] <= 256 ? ENOENT : lens[i] <= 260 ? ENAMETOOLONG : EINVAL);
    BOTH_FAIL(e == EINVAL ? ENOENT : e, shm_unlink(long_name),
              oracle_shm_unlink(long_name, &glibc_errno));
  }
  BOTH_FAIL(EINVAL, shm_open("/.", O_RDWR, 0),
            oracle_shm_open("/.", O_RDWR, 0, &glibc_errno)); /* EISDIR */

  assert_int_equal(munmap(p, 4096), 0);
  assert_int_equal(close(fd), 0);
  assert_int_equal(shm_unlink(name), 0);
  BOTH_FAIL(ENOENT, shm_unlink(name), oracle_shm_unlink(name, &glibc_errno));
  BOTH_FAIL(ENOENT, shm_open(name, O_RDWR, 0), oracle_shm_open(name, O_RDWR, 0, &glibc_errno));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_shm_open),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
