/* sysgate/landlock.h: landlock_create_ruleset(2), landlock_add_rule(2),
 * landlock_restrict_self(2), with the structs and access rights of Linux 6.1's
 * include/uapi/linux/landlock.h.
 *
 * Not obvious: glibc has no wrappers (programs use syscall(2)). The attribute
 * structs grow with the kernel, so their size travels with them; a newer kernel
 * takes an older, shorter struct as it is (copy_struct_from_user,
 * include/linux/uaccess.h). The network rights and scopes of 6.7+ are left out.
 */
#ifndef SYSGATE_LANDLOCK_H
#define SYSGATE_LANDLOCK_H

#include "syscall.h"
#include "types.h"

/* The uapi's part: it takes the kernel header's include guard, so whichever of the two
 * comes first defines it, the other nothing. */
#ifndef _LINUX_LANDLOCK_H
#define _LINUX_LANDLOCK_H

/* What a ruleset handles: the file system accesses it forbids unless a rule allows them. */
struct landlock_ruleset_attr {
  uint64_t handled_access_fs;
};

/* landlock_create_ruleset flags: ask for the highest ABI version instead. */
#define LANDLOCK_CREATE_RULESET_VERSION (1U << 0)

enum landlock_rule_type {
  LANDLOCK_RULE_PATH_BENEATH = 1,
};

/* A rule: allowed_access under the directory (or on the file) parent_fd opens. Packed
 * in the kernel's header: 12 bytes on both arches. */
struct landlock_path_beneath_attr {
  uint64_t allowed_access;
  int32_t parent_fd;
} __attribute__((packed));

#define LANDLOCK_ACCESS_FS_EXECUTE (1ULL << 0)
#define LANDLOCK_ACCESS_FS_WRITE_FILE (1ULL << 1)
#define LANDLOCK_ACCESS_FS_READ_FILE (1ULL << 2)
#define LANDLOCK_ACCESS_FS_READ_DIR (1ULL << 3)
#define LANDLOCK_ACCESS_FS_REMOVE_DIR (1ULL << 4)
#define LANDLOCK_ACCESS_FS_REMOVE_FILE (1ULL << 5)
#define LANDLOCK_ACCESS_FS_MAKE_CHAR (1ULL << 6)
#define LANDLOCK_ACCESS_FS_MAKE_DIR (1ULL << 7)
#define LANDLOCK_ACCESS_FS_MAKE_REG (1ULL << 8)
#define LANDLOCK_ACCESS_FS_MAKE_SOCK (1ULL << 9)
#define LANDLOCK_ACCESS_FS_MAKE_FIFO (1ULL << 10)
#define LANDLOCK_ACCESS_FS_MAKE_BLOCK (1ULL << 11)
#define LANDLOCK_ACCESS_FS_MAKE_SYM (1ULL << 12)
#define LANDLOCK_ACCESS_FS_REFER (1ULL << 13)
#endif

#include "calls/landlock.h"

#endif
