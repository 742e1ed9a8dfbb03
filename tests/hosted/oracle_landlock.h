/* The glibc side of test_landlock.c and test_keys.c (oracle_landlock.c): the ABI lists,
 * against the kernel's uapi headers (glibc has no headers of its own for these).
 */
#ifndef SYSGATE_TEST_ORACLE_LANDLOCK_H
#define SYSGATE_TEST_ORACLE_LANDLOCK_H

#include "abi.h"

#define LANDLOCK_ABI(C, T, M)                                                                      \
  C(LANDLOCK_CREATE_RULESET_VERSION), C(LANDLOCK_RULE_PATH_BENEATH),                               \
      C(LANDLOCK_ACCESS_FS_EXECUTE), C(LANDLOCK_ACCESS_FS_WRITE_FILE),                             \
      C(LANDLOCK_ACCESS_FS_READ_FILE), C(LANDLOCK_ACCESS_FS_READ_DIR),                             \
      C(LANDLOCK_ACCESS_FS_REMOVE_DIR), C(LANDLOCK_ACCESS_FS_REMOVE_FILE),                         \
      C(LANDLOCK_ACCESS_FS_MAKE_CHAR), C(LANDLOCK_ACCESS_FS_MAKE_DIR),                             \
      C(LANDLOCK_ACCESS_FS_MAKE_REG), C(LANDLOCK_ACCESS_FS_MAKE_SOCK),                             \
      C(LANDLOCK_ACCESS_FS_MAKE_FIFO), C(LANDLOCK_ACCESS_FS_MAKE_BLOCK),                           \
      C(LANDLOCK_ACCESS_FS_MAKE_SYM), C(LANDLOCK_ACCESS_FS_REFER),                                 \
      T(struct landlock_ruleset_attr), M(struct landlock_ruleset_attr, handled_access_fs),         \
      T(struct landlock_path_beneath_attr), M(struct landlock_path_beneath_attr, allowed_access),  \
      M(struct landlock_path_beneath_attr, parent_fd)
extern const struct abi_row oracle_landlock_abi[];
extern const unsigned oracle_landlock_abi_len;

#define KEYS_ABI(C, T, M)                                                                          \
  C(KEY_SPEC_THREAD_KEYRING), C(KEY_SPEC_PROCESS_KEYRING), C(KEY_SPEC_SESSION_KEYRING),            \
      C(KEY_SPEC_USER_KEYRING), C(KEY_SPEC_USER_SESSION_KEYRING), C(KEY_SPEC_GROUP_KEYRING),       \
      C(KEY_SPEC_REQKEY_AUTH_KEY), C(KEYCTL_GET_KEYRING_ID), C(KEYCTL_JOIN_SESSION_KEYRING),       \
      C(KEYCTL_UPDATE), C(KEYCTL_REVOKE), C(KEYCTL_CHOWN), C(KEYCTL_SETPERM), C(KEYCTL_DESCRIBE),  \
      C(KEYCTL_CLEAR), C(KEYCTL_LINK), C(KEYCTL_UNLINK), C(KEYCTL_SEARCH), C(KEYCTL_READ),         \
      C(KEYCTL_INSTANTIATE), C(KEYCTL_NEGATE), C(KEYCTL_SET_REQKEY_KEYRING),                       \
      C(KEYCTL_SET_TIMEOUT), C(KEYCTL_INVALIDATE)
extern const struct abi_row oracle_keys_abi[];
extern const unsigned oracle_keys_abi_len;

/* sizeof(struct io_uring_params) in <linux/io_uring.h>. */
extern const unsigned oracle_io_uring_params_size;

#endif
