/* ABI tables: a family's constants, type sizes and member offsets, written as
 * one list and expanded twice, against glibc in oracle_<family>.c and against
 * sysgate in test_<family>.c, so the two tables line up row by row.
 *
 * Not obvious: the list names only things both sides spell alike (glibc's and
 * sysgate's member names), so the same text compiles against either set of
 * headers; a member sysgate names differently (a private padding field) is
 * left out of the list, and the size of the whole struct still covers it.
 */
#ifndef SYSGATE_TEST_ABI_H
#define SYSGATE_TEST_ABI_H

#include <stddef.h>

struct abi_row {
  const char *what;
  long long value;
};

#define ABI_CONST(name)                                                                            \
  { #name, (long long)(name) }
#define ABI_TYPE(type)                                                                             \
  {"sizeof(" #type ")", (long long)sizeof(type)}, {                                                \
    "_Alignof(" #type ")", (long long)_Alignof(type)                                               \
  }
#define ABI_MEMBER(type, member)                                                                   \
  {"offsetof(" #type ", " #member ")", (long long)offsetof(type, member)}, {                       \
    "sizeof(" #type "." #member ")", (long long)sizeof(((type *)0)->member)                        \
  }

/* Expands a list written as LIST(CONST, TYPE, MEMBER), its items separated by
 * commas, into table rows. */
#define ABI_TABLE(LIST)                                                                            \
  { LIST(ABI_CONST, ABI_TYPE, ABI_MEMBER) }

/* Every row of ours equals glibc's; the log names each one that does not.
 * Only for suites (cmocka). */
#define ABI_ASSERT_SAME(ours, theirs, theirs_len)                                                  \
  do {                                                                                             \
    unsigned abi_bad_ = 0;                                                                         \
    assert_int_equal(sizeof(ours) / sizeof((ours)[0]), (theirs_len));                              \
    for (unsigned abi_i_ = 0; abi_i_ < (theirs_len); abi_i_++)                                     \
      if ((ours)[abi_i_].value != (theirs)[abi_i_].value) {                                        \
        print_message("%s: sysgate %lld, glibc %lld\n", (ours)[abi_i_].what, (ours)[abi_i_].value, \
                      (theirs)[abi_i_].value);                                                     \
        abi_bad_++;                                                                                \
      }                                                                                            \
    assert_int_equal(abi_bad_, 0);                                                                 \
  } while (0)

#endif
