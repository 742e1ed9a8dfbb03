/* glibc's side of test_misc.c (oracle_misc.h). glibc's and the kernel's
 * uapi headers only (linux/futex.h, seccomp.h, filter.h, audit.h: glibc has
 * no headers of its own for those).
 *
 * Not obvious: the mount namespace is made private with glibc's own mount
 * before the test mounts anything, so that a tmpfs mounted in the test's
 * namespace can never propagate to the host's (mount_namespaces(7)).
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include "oracle_misc.h"
#include "oracle_call.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#ifdef SYS_futex_time64
#define ORACLE_SYS_FUTEX SYS_futex_time64 /* i386: the 64-bit timespec */
#else
#define ORACLE_SYS_FUTEX SYS_futex
#endif

#define ORACLE_TMPFS_MAGIC 0x01021994 /* linux/magic.h */

const struct abi_row oracle_misc_abi[] = ABI_TABLE(MISC_ABI);
const unsigned oracle_misc_abi_len = sizeof oracle_misc_abi / sizeof oracle_misc_abi[0];

long oracle_getrandom(void *buf, unsigned long len, unsigned int flags, int *err) {
  ORACLE_RETURN(long, err, getrandom(buf, len, flags));
}

int oracle_sysinfo(void *info, int *err) {
  ORACLE_RETURN(int, err, sysinfo(info));
}

long oracle_futex(unsigned int *uaddr, int op, unsigned int val, const void *timeout,
                  unsigned int *uaddr2, unsigned int val3, int *err) {
  ORACLE_RETURN(long, err, syscall(ORACLE_SYS_FUTEX, uaddr, op, val, timeout, uaddr2, val3));
}

int oracle_mount(const char *source, const char *target, const char *fstype, unsigned long flags,
                 const void *data, int *err) {
  ORACLE_RETURN(int, err, mount(source, target, fstype, flags, data));
}

int oracle_umount2(const char *target, int flags, int *err) {
  ORACLE_RETURN(int, err, umount2(target, flags));
}

long oracle_seccomp(unsigned int op, unsigned int flags, void *args, int *err) {
  ORACLE_RETURN(long, err, syscall(SYS_seccomp, op, flags, args));
}

long oracle_getppid_err(int *err) {
  ORACLE_RETURN(long, err, getppid());
}

int oracle_no_new_privs(void) {
  return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
}

int oracle_private_mount_ns(void) {
  if (geteuid() != 0 || unshare(CLONE_NEWNS) != 0)
    return -1;
  return mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
}

int oracle_mkdir(const char *path) {
  return mkdir(path, 0700);
}

int oracle_is_tmpfs(const char *path) {
  struct statfs st;
  if (statfs(path, &st) != 0)
    return -1;
  return st.f_type == ORACLE_TMPFS_MAGIC;
}

int oracle_is_root(void) {
  return geteuid() == 0;
}
