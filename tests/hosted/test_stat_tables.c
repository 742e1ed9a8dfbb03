/* sysgate/stat.h's constants and layouts: every S_*, AT_* and STATX_* value and the
 * layouts of struct stat and struct statx against glibc and the kernel's uapi headers,
 * the S_IS* macros, and makedev(3), major(3), minor(3).
 *
 * Not obvious: the statx fields and masks newer than this machine's <linux/stat.h>
 * have no header to compare with: their offsets are checked against the numbers the
 * kernel's uapi header states (Linux 6.16), their masks against the running kernel.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_fs.h"
#include "oracle_misc.h"
#include "oracle_sysheaders.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"
#include "suite_fs.h"

/* --- tables ---------------------------------------------------------------- */

static void test_constants_and_layouts_match_glibc(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(FS_ABI);
  ABI_ASSERT_SAME(ours, oracle_fs_abi, oracle_fs_abi_len);
}

static void test_layouts_match_kernel_uapi(void **state) {
  (void)state;
  static const struct abi_row ours[] = FS_UAPI_TABLE(FS_UAPI_OURS, FS_UAPI_SIZE_OURS);
  ABI_ASSERT_SAME(ours, oracle_fs_uapi, oracle_fs_uapi_len);
  /* statx fields newer than the machine's <linux/stat.h>: the offsets the
   * kernel's include/uapi/linux/stat.h states beside them (Linux 6.16). */
  assert_int_equal(offsetof(struct statx, stx_subvol), 0xa0);
  assert_int_equal(offsetof(struct statx, stx_atomic_write_unit_min), 0xa8);
  assert_int_equal(offsetof(struct statx, stx_atomic_write_segments_max), 0xb0);
  assert_int_equal(offsetof(struct statx, stx_dio_read_offset_align), 0xb4);
  assert_int_equal(offsetof(struct statx, stx_atomic_write_unit_max_opt), 0xb8);
  assert_int_equal(offsetof(struct statx, __spare3), 0xc0);
}

/* The masks newer than the machine's headers, asked of the kernel itself: it
 * answers a known bit in stx_mask. STATX_MNT_ID_UNIQUE (Linux 6.8) is filled by
 * the VFS for every file; the unique id differs from the old reusable one. */
static void test_statx_newer_masks_known_to_kernel(void **state) {
  (void)state;
  const char *path = oracle_make_file("statx-new", fs_text, FS_TEXT_LEN);
  struct statx old, uniq;
  assert_int_equal(statx(AT_FDCWD, path, 0, STATX_MNT_ID, &old), 0);
  assert_int_equal(statx(AT_FDCWD, path, 0, STATX_MNT_ID_UNIQUE, &uniq), 0);
  if (!(uniq.stx_mask & STATX_MNT_ID_UNIQUE))
    SKIP_BECAUSE("the kernel is older than 6.8 (no STATX_MNT_ID_UNIQUE)");
  assert_true(old.stx_mask & STATX_MNT_ID);
  assert_true(uniq.stx_mnt_id != old.stx_mnt_id);
  assert_false(STATX_MNT_ID_UNIQUE & (STATX_ALL | STATX_MNT_ID | STATX_DIOALIGN));
}

static void test_s_is_macros(void **state) {
  (void)state;
  const unsigned int modes[] = {S_IFSOCK | 0755, S_IFLNK | 0777, S_IFREG | 0644, S_IFBLK | 0660,
                                S_IFDIR | 0700,  S_IFCHR | 0620, S_IFIFO | 0600, 0,
                                S_IFMT,          0777,           0170000 | 07777};
  for (unsigned i = 0; i < sizeof modes / sizeof modes[0]; i++) {
    unsigned int m = modes[i];
    unsigned int ours = (unsigned)!!S_ISSOCK(m) | (unsigned)!!S_ISLNK(m) << 1 |
                        (unsigned)!!S_ISREG(m) << 2 | (unsigned)!!S_ISBLK(m) << 3 |
                        (unsigned)!!S_ISDIR(m) << 4 | (unsigned)!!S_ISCHR(m) << 5 |
                        (unsigned)!!S_ISFIFO(m) << 6;
    assert_int_equal(ours, glibc_s_is(m));
  }
  assert_int_equal(glibc_s_is(S_IFDIR), 1 << 4); /* the oracle itself tells types apart */
}

static void test_makedev_major_minor(void **state) {
  (void)state;
  const unsigned int pairs[][2] = {{0, 0},          {1, 3},          {8, 17},
                                   {0xfff, 0xff},   {0x1000, 0x100}, {0x12345, 0x6789a},
                                   {0xffffffff, 0}, {0, 0xffffffff}, {0xffffffff, 0xffffffff}};
  for (unsigned i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    dev_t dev = makedev(pairs[i][0], pairs[i][1]);
    assert_int_equal(dev, glibc_makedev(pairs[i][0], pairs[i][1]));
    assert_int_equal(major(dev), pairs[i][0]);
    assert_int_equal(minor(dev), pairs[i][1]);
    assert_int_equal(major(dev), glibc_major(dev));
    assert_int_equal(minor(dev), glibc_minor(dev));
  }
}

/* --- major, minor, makedev ------------------------------------------------------ */

static void test_devnum(void **state) {
  (void)state;
  uint32_t seed = 99;
  for (int i = 0; i < 2000; i++) {
    seed = seed * 1103515245u + 12345u;
    unsigned maj = i < 64 ? 1u << (i % 32) : seed;
    seed = seed * 1103515245u + 12345u;
    unsigned min = i < 64 ? ~0u >> (i % 32) : seed;
    dev_t d = makedev(maj, min);
    assert_int_equal(d, oracle_makedev(maj, min));
    assert_int_equal(major(d), maj);
    assert_int_equal(minor(d), min);
    unsigned long long any = ((unsigned long long)seed << 32) ^ (seed * 2654435761u);
    assert_int_equal(major(any), oracle_major(any));
    assert_int_equal(minor(any), oracle_minor(any));
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_constants_and_layouts_match_glibc),
      cmocka_unit_test(test_layouts_match_kernel_uapi),
      cmocka_unit_test(test_statx_newer_masks_known_to_kernel),
      cmocka_unit_test(test_s_is_macros),
      cmocka_unit_test(test_makedev_major_minor),
      cmocka_unit_test(test_devnum),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
