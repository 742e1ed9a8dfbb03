/* The glibc side of test_misc.c (oracle_misc.c): getrandom, sysinfo, futex,
 * mount, umount2 and seccomp as glibc (or its syscall(2), where glibc has no
 * wrapper) makes them, a private mount namespace for the mount test, and the
 * ABI list.
 *
 * Not obvious: glibc has no futex() or seccomp(); the oracle calls syscall(2)
 * with glibc's own SYS_ numbers, futex_time64 on i386 so that it reads the
 * same 64-bit timespec that sysgate passes.
 */
#ifndef SYSGATE_TEST_ORACLE_MISC_H
#define SYSGATE_TEST_ORACLE_MISC_H

#include "abi.h"

#define MISC_ABI(C, T, M)                                                                          \
  C(GRND_NONBLOCK), C(GRND_RANDOM), C(GRND_INSECURE), C(FUTEX_WAIT), C(FUTEX_WAKE),                \
      C(FUTEX_REQUEUE), C(FUTEX_CMP_REQUEUE), C(FUTEX_WAKE_OP), C(FUTEX_LOCK_PI),                  \
      C(FUTEX_UNLOCK_PI), C(FUTEX_TRYLOCK_PI), C(FUTEX_WAIT_BITSET), C(FUTEX_WAKE_BITSET),         \
      C(FUTEX_PRIVATE_FLAG), C(FUTEX_CLOCK_REALTIME), C(FUTEX_WAIT_PRIVATE),                       \
      C(FUTEX_WAKE_PRIVATE), C(FUTEX_BITSET_MATCH_ANY), C(MS_RDONLY), C(MS_NOSUID), C(MS_NODEV),   \
      C(MS_NOEXEC), C(MS_SYNCHRONOUS), C(MS_REMOUNT), C(MS_MANDLOCK), C(MS_DIRSYNC),               \
      C(MS_NOSYMFOLLOW), C(MS_NOATIME), C(MS_NODIRATIME), C(MS_BIND), C(MS_MOVE), C(MS_REC),       \
      C(MS_SILENT), C(MS_UNBINDABLE), C(MS_PRIVATE), C(MS_SLAVE), C(MS_SHARED), C(MS_RELATIME),    \
      C(MS_STRICTATIME), C(MS_LAZYTIME), C(MNT_FORCE), C(MNT_DETACH), C(MNT_EXPIRE),               \
      C(UMOUNT_NOFOLLOW), C(SECCOMP_SET_MODE_STRICT), C(SECCOMP_SET_MODE_FILTER),                  \
      C(SECCOMP_GET_ACTION_AVAIL), C(SECCOMP_GET_NOTIF_SIZES), C(SECCOMP_FILTER_FLAG_TSYNC),       \
      C(SECCOMP_FILTER_FLAG_LOG), C(SECCOMP_FILTER_FLAG_SPEC_ALLOW), C(SECCOMP_RET_KILL_PROCESS),  \
      C(SECCOMP_RET_KILL_THREAD), C(SECCOMP_RET_KILL), C(SECCOMP_RET_TRAP), C(SECCOMP_RET_ERRNO),  \
      C(SECCOMP_RET_USER_NOTIF), C(SECCOMP_RET_TRACE), C(SECCOMP_RET_LOG), C(SECCOMP_RET_ALLOW),   \
      C(SECCOMP_RET_ACTION_FULL), C(SECCOMP_RET_DATA), C(AUDIT_ARCH_X86_64), C(AUDIT_ARCH_I386),   \
      C(BPF_LD), C(BPF_JMP), C(BPF_RET), C(BPF_W), C(BPF_ABS), C(BPF_JA), C(BPF_JEQ), C(BPF_JGT),  \
      C(BPF_JGE), C(BPF_JSET), C(BPF_K), T(struct sysinfo), M(struct sysinfo, uptime),             \
      M(struct sysinfo, loads), M(struct sysinfo, totalram), M(struct sysinfo, freeram),           \
      M(struct sysinfo, sharedram), M(struct sysinfo, bufferram), M(struct sysinfo, totalswap),    \
      M(struct sysinfo, freeswap), M(struct sysinfo, procs), M(struct sysinfo, pad),               \
      M(struct sysinfo, totalhigh), M(struct sysinfo, freehigh), M(struct sysinfo, mem_unit),      \
      T(struct sock_filter), M(struct sock_filter, code), M(struct sock_filter, jt),               \
      M(struct sock_filter, jf), M(struct sock_filter, k), T(struct sock_fprog),                   \
      M(struct sock_fprog, len), M(struct sock_fprog, filter), T(struct seccomp_data),             \
      M(struct seccomp_data, nr), M(struct seccomp_data, arch),                                    \
      M(struct seccomp_data, instruction_pointer), M(struct seccomp_data, args)
extern const struct abi_row oracle_misc_abi[];
extern const unsigned oracle_misc_abi_len;

/* glibc's calls; err: glibc's errno after the call (zeroed before it). */
long oracle_getrandom(void *buf, unsigned long len, unsigned int flags, int *err);
int oracle_sysinfo(void *info, int *err);
long oracle_futex(unsigned int *uaddr, int op, unsigned int val, const void *timeout,
                  unsigned int *uaddr2, unsigned int val3, int *err);
int oracle_mount(const char *source, const char *target, const char *fstype, unsigned long flags,
                 const void *data, int *err);
int oracle_umount2(const char *target, int flags, int *err);
long oracle_seccomp(unsigned int op, unsigned int flags, void *args, int *err);
long oracle_getppid_err(int *err);

/* prctl(PR_SET_NO_NEW_PRIVS): lets an unprivileged process install seccomp. */
int oracle_no_new_privs(void);

/* For the mount test: root and a mount namespace of our own, with every mount
 * in it private (no propagation back out). 0 on success. */
int oracle_private_mount_ns(void);
int oracle_mkdir(const char *path);
int oracle_is_tmpfs(const char *path); /* 1, 0, or -1 when statfs fails */
int oracle_is_root(void);

#endif
