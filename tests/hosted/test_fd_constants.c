/* The values of every constant sysgate defines for the descriptor and memory
 * calls (SEEK_*, F_*, LOCK_*, RWF_*, SPLICE_F_*, FALLOC_FL_*, CLOSE_RANGE_*,
 * MS_*, MADV_*, MCL_*, MREMAP_*, MFD_*, MLOCK_ONFAULT), and the size and member
 * offsets of struct iovec, struct flock and struct f_owner_ex, against glibc's
 * (with _FILE_OFFSET_BITS=64 on i386, oracle_fd.c).
 *
 * Not obvious: both tables come from the same name lists in oracle_fd.h and
 * oracle_mm.h, expanded once in oracle_*.c against glibc's headers and once here
 * against sysgate's, so a constant added to sysgate and to the list is checked
 * with no value written twice.
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

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void compare_constants(const struct oracle_constant *ours, size_t n,
                              const struct oracle_constant *theirs, size_t their_n) {
  assert_int_equal(n, their_n);
  unsigned differ = 0;
  for (size_t i = 0; i < n; i++) {
    assert_string_equal(ours[i].name, theirs[i].name);
    if (ours[i].value != theirs[i].value) {
      print_message("%s: sysgate %lld, glibc %lld\n", ours[i].name, ours[i].value, theirs[i].value);
      differ++;
    }
  }
  assert_int_equal(differ, 0);
}

static void test_fd_constants(void **state) {
  (void)state;
  static const struct oracle_constant ours[] = {ORACLE_FD_CONSTANTS(ORACLE_CONSTANT)};
  compare_constants(ours, COUNT(ours), oracle_fd_constants, oracle_fd_constant_count);
}

static void test_mm_constants(void **state) {
  (void)state;
  static const struct oracle_constant ours[] = {ORACLE_MM_CONSTANTS(ORACLE_CONSTANT)};
  compare_constants(ours, COUNT(ours), oracle_mm_constants, oracle_mm_constant_count);
}

static void test_struct_layouts(void **state) {
  (void)state;
  static const struct oracle_field ours[] = {ORACLE_FD_FIELDS(ORACLE_FIELD)};
  const struct oracle_field *theirs = oracle_fd_fields;
  assert_int_equal(COUNT(ours), oracle_fd_field_count);
  unsigned differ = 0;
  for (size_t i = 0; i < COUNT(ours); i++) {
    assert_string_equal(ours[i].name, theirs[i].name);
    if (ours[i].struct_size != theirs[i].struct_size || ours[i].offset != theirs[i].offset ||
        ours[i].size != theirs[i].size) {
      print_message("%s: sysgate sizeof %zu, offset %zu, size %zu; glibc %zu, %zu, %zu\n",
                    ours[i].name, ours[i].struct_size, ours[i].offset, ours[i].size,
                    theirs[i].struct_size, theirs[i].offset, theirs[i].size);
      differ++;
    }
  }
  assert_int_equal(differ, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fd_constants),
      cmocka_unit_test(test_mm_constants),
      cmocka_unit_test(test_struct_layouts),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
