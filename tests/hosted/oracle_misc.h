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
      M(struct seccomp_data, instruction_pointer), M(struct seccomp_data, args),                   \
      MISC_ABI_UAPI(C, T, M)

/* The rest of <linux/seccomp.h>, <linux/filter.h>, <linux/bpf_common.h> and
 * <linux/sysinfo.h>, which sysgate/misc.h now carries whole (so that either it or
 * the kernel's header may come first in a program). */
#define MISC_ABI_UAPI(C, T, M)                                                                     \
  C(SECCOMP_MODE_DISABLED), C(SECCOMP_MODE_STRICT), C(SECCOMP_MODE_FILTER),                        \
      C(SECCOMP_FILTER_FLAG_NEW_LISTENER), C(SECCOMP_FILTER_FLAG_TSYNC_ESRCH),                     \
      C(SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV), C(SECCOMP_RET_ACTION),                            \
      C(SECCOMP_USER_NOTIF_FLAG_CONTINUE), C(SECCOMP_ADDFD_FLAG_SETFD),                            \
      C(SECCOMP_ADDFD_FLAG_SEND), C(SECCOMP_IOC_MAGIC), C(SECCOMP_IOCTL_NOTIF_RECV),               \
      C(SECCOMP_IOCTL_NOTIF_SEND), C(SECCOMP_IOCTL_NOTIF_ID_VALID), C(SECCOMP_IOCTL_NOTIF_ADDFD),  \
      T(struct seccomp_notif_sizes), M(struct seccomp_notif_sizes, seccomp_notif),                 \
      M(struct seccomp_notif_sizes, seccomp_data),                                                 \
      M(struct seccomp_notif_sizes, seccomp_notif_resp), T(struct seccomp_notif),                  \
      M(struct seccomp_notif, id), M(struct seccomp_notif, pid), M(struct seccomp_notif, flags),   \
      M(struct seccomp_notif, data), T(struct seccomp_notif_resp),                                 \
      M(struct seccomp_notif_resp, id), M(struct seccomp_notif_resp, val),                         \
      M(struct seccomp_notif_resp, error), M(struct seccomp_notif_resp, flags),                    \
      T(struct seccomp_notif_addfd), M(struct seccomp_notif_addfd, id),                            \
      M(struct seccomp_notif_addfd, flags), M(struct seccomp_notif_addfd, srcfd),                  \
      M(struct seccomp_notif_addfd, newfd), M(struct seccomp_notif_addfd, newfd_flags),            \
      C(SI_LOAD_SHIFT), C(BPF_MAJOR_VERSION), C(BPF_MINOR_VERSION), C(BPF_MAXINSNS),               \
      C(BPF_MEMWORDS), C(BPF_CLASS(0xff)), C(BPF_LDX), C(BPF_ST), C(BPF_STX), C(BPF_ALU),          \
      C(BPF_MISC), C(BPF_SIZE(0xff)), C(BPF_H), C(BPF_B), C(BPF_MODE(0xff)), C(BPF_IMM),           \
      C(BPF_IND), C(BPF_MEM), C(BPF_LEN), C(BPF_MSH), C(BPF_OP(0xff)), C(BPF_ADD), C(BPF_SUB),     \
      C(BPF_MUL), C(BPF_DIV), C(BPF_OR), C(BPF_AND), C(BPF_LSH), C(BPF_RSH), C(BPF_NEG),           \
      C(BPF_MOD), C(BPF_XOR), C(BPF_SRC(0xff)), C(BPF_X), C(BPF_RVAL(0xff)), C(BPF_A),             \
      C(BPF_MISCOP(0xff)), C(BPF_TAX), C(BPF_TXA), C(SKF_AD_OFF), C(SKF_AD_PROTOCOL),              \
      C(SKF_AD_PKTTYPE), C(SKF_AD_IFINDEX), C(SKF_AD_NLATTR), C(SKF_AD_NLATTR_NEST),               \
      C(SKF_AD_MARK), C(SKF_AD_QUEUE), C(SKF_AD_HATYPE), C(SKF_AD_RXHASH), C(SKF_AD_CPU),          \
      C(SKF_AD_ALU_XOR_X), C(SKF_AD_VLAN_TAG), C(SKF_AD_VLAN_TAG_PRESENT), C(SKF_AD_PAY_OFFSET),   \
      C(SKF_AD_RANDOM), C(SKF_AD_VLAN_TPID), C(SKF_AD_MAX), C(SKF_NET_OFF), C(SKF_LL_OFF),         \
      C(BPF_NET_OFF), C(BPF_LL_OFF)
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
