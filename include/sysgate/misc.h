/* sysgate/misc.h: getrandom(2), getentropy(3), sysinfo(2), get_nprocs(3) and
 * its kin, futex(2), mount(2),
 * umount(2), umount2(2) and seccomp(2), with classic BPF's struct sock_filter / struct sock_fprog
 * and the BPF_* values a seccomp filter needs (include/uapi/linux/filter.h, bpf_common.h).
 *
 * Not obvious: glibc has no futex() and no seccomp() (programs go through
 * syscall(2)); sysgate gives both the libc layer's shape anyway, with the
 * prototypes their man pages document. futex takes a timespec, so on i386 it
 * is futex_time64 (arch time.h, SYSGATE_NR_futex).
 */
#ifndef SYSGATE_MISC_H
#define SYSGATE_MISC_H

#include "syscall.h"
#include "time.h"
#include "types.h"

/* --- getrandom (include/uapi/linux/random.h) ------------------------------- */
#define GRND_NONBLOCK 0x0001
#define GRND_RANDOM 0x0002
#define GRND_INSECURE 0x0004

/* --- sysinfo (include/uapi/linux/sysinfo.h) --------------------------------- */
/* The kernel pads the struct to 64 bytes on 32-bit arches with `char _f[20 -
 * 2 * sizeof(long) - sizeof(u32)]`, an array of length 0 on x86_64. Sharing
 * mem_unit's storage with a 20 - 2 * sizeof(long) array gives both layouts
 * with no zero-length array. */
struct sysinfo {
  long uptime;            /* seconds since boot */
  unsigned long loads[3]; /* 1, 5, 15 minute load averages, scaled by 1 << 16 */
  unsigned long totalram; /* the memory sizes are in units of mem_unit bytes */
  unsigned long freeram;
  unsigned long sharedram;
  unsigned long bufferram;
  unsigned long totalswap;
  unsigned long freeswap;
  unsigned short procs;
  unsigned short pad;
  unsigned long totalhigh;
  unsigned long freehigh;
  union {
    unsigned int mem_unit;
    char sysgate_reserved[20 - 2 * sizeof(unsigned long)];
  };
};

/* --- futex (include/uapi/linux/futex.h) ------------------------------------- */
#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_REQUEUE 3
#define FUTEX_CMP_REQUEUE 4
#define FUTEX_WAKE_OP 5
#define FUTEX_LOCK_PI 6
#define FUTEX_UNLOCK_PI 7
#define FUTEX_TRYLOCK_PI 8
#define FUTEX_WAIT_BITSET 9
#define FUTEX_WAKE_BITSET 10
#define FUTEX_PRIVATE_FLAG 128
#define FUTEX_CLOCK_REALTIME 256
#define FUTEX_WAIT_PRIVATE (FUTEX_WAIT | FUTEX_PRIVATE_FLAG)
#define FUTEX_WAKE_PRIVATE (FUTEX_WAKE | FUTEX_PRIVATE_FLAG)
#define FUTEX_BITSET_MATCH_ANY 0xffffffff

/* --- mount, umount2 (include/uapi/linux/mount.h) ---------------------------- */
#define MS_RDONLY 1
#define MS_NOSUID 2
#define MS_NODEV 4
#define MS_NOEXEC 8
#define MS_SYNCHRONOUS 16
#define MS_REMOUNT 32
#define MS_MANDLOCK 64
#define MS_DIRSYNC 128
#define MS_NOSYMFOLLOW 256
#define MS_NOATIME 1024
#define MS_NODIRATIME 2048
#define MS_BIND 4096
#define MS_MOVE 8192
#define MS_REC 16384
#define MS_SILENT 32768
#define MS_UNBINDABLE (1 << 17)
#define MS_PRIVATE (1 << 18)
#define MS_SLAVE (1 << 19)
#define MS_SHARED (1 << 20)
#define MS_RELATIME (1 << 21)
#define MS_STRICTATIME (1 << 24)
#define MS_LAZYTIME (1 << 25)
#define MNT_FORCE 1
#define MNT_DETACH 2
#define MNT_EXPIRE 4
#define UMOUNT_NOFOLLOW 8

/* --- seccomp (include/uapi/linux/seccomp.h) --------------------------------- */
#define SECCOMP_SET_MODE_STRICT 0
#define SECCOMP_SET_MODE_FILTER 1
#define SECCOMP_GET_ACTION_AVAIL 2
#define SECCOMP_GET_NOTIF_SIZES 3
#define SECCOMP_FILTER_FLAG_TSYNC (1UL << 0)
#define SECCOMP_FILTER_FLAG_LOG (1UL << 1)
#define SECCOMP_FILTER_FLAG_SPEC_ALLOW (1UL << 2)

/* A filter's answer: the action in the high 16 bits, its data in the low. */
#define SECCOMP_RET_KILL_PROCESS 0x80000000U
#define SECCOMP_RET_KILL_THREAD 0x00000000U
#define SECCOMP_RET_KILL SECCOMP_RET_KILL_THREAD
#define SECCOMP_RET_TRAP 0x00030000U
#define SECCOMP_RET_ERRNO 0x00050000U
#define SECCOMP_RET_USER_NOTIF 0x7fc00000U
#define SECCOMP_RET_TRACE 0x7ff00000U
#define SECCOMP_RET_LOG 0x7ffc0000U
#define SECCOMP_RET_ALLOW 0x7fff0000U
#define SECCOMP_RET_ACTION_FULL 0xffff0000U
#define SECCOMP_RET_DATA 0x0000ffffU

/* What a filter reads: one system call as the kernel saw it at entry. */
struct seccomp_data {
  int nr;
  uint32_t arch; /* AUDIT_ARCH_*: a filter must check it, numbers differ per arch */
  uint64_t instruction_pointer;
  uint64_t args[6];
};

/* include/uapi/linux/audit.h: EM_X86_64 and EM_386 with the 64-bit and
 * little-endian flags. */
#define AUDIT_ARCH_X86_64 0xc000003eU
#define AUDIT_ARCH_I386 0x40000003U

/* --- classic BPF, as much as a seccomp filter uses -------------------------- */
struct sock_filter {
  uint16_t code;
  uint8_t jt; /* instructions to skip when the jump's test holds */
  uint8_t jf; /* ... and when it does not */
  uint32_t k;
};

struct sock_fprog {
  unsigned short len; /* instructions, not bytes */
  struct sock_filter *filter;
};

#define BPF_LD 0x00
#define BPF_JMP 0x05
#define BPF_RET 0x06
#define BPF_W 0x00
#define BPF_ABS 0x20
#define BPF_JA 0x00
#define BPF_JEQ 0x10
#define BPF_JGT 0x20
#define BPF_JGE 0x30
#define BPF_JSET 0x40
#define BPF_K 0x00
#define BPF_STMT(code, k)                                                                          \
  { (uint16_t)(code), 0, 0, (k) }
#define BPF_JUMP(code, k, jt, jf)                                                                  \
  { (uint16_t)(code), (jt), (jf), (k) }

/* X(arg count, return type, name, number, (type, name) per argument) */
#define SYSGATE_MISC_CALLS(X)                                                                      \
  X(3, ssize_t, getrandom, SYS_getrandom, void *, buf, size_t, len, unsigned int, flags)           \
  X(1, int, sysinfo, SYS_sysinfo, struct sysinfo *, info)                                          \
  X(6, long, futex, SYSGATE_NR_futex, uint32_t *, uaddr, int, op, uint32_t, val,                   \
    const struct timespec *, timeout, uint32_t *, uaddr2, uint32_t, val3)                          \
  X(5, int, mount, SYS_mount, const char *, source, const char *, target, const char *, fstype,    \
    unsigned long, flags, const void *, data)                                                      \
  X(2, int, umount2, SYS_umount2, const char *, target, int, flags)                                \
  X(3, int, seccomp, SYS_seccomp, unsigned int, op, unsigned int, flags, void *, args)

SYSGATE_MISC_CALLS(SG_WRAP)

/* The processor counts and memory sizes of sysconf(3) under glibc's
 * <sys/sysinfo.h> names: online and configured CPUs, all and free pages
 * (src/libc/nprocs.c). */
int get_nprocs(void) SG_SYMBOL(get_nprocs);
int get_nprocs_conf(void) SG_SYMBOL(get_nprocs_conf);
long get_phys_pages(void) SG_SYMBOL(get_phys_pages);
long get_avphys_pages(void) SG_SYMBOL(get_avphys_pages);

/* getentropy(3): up to 256 random bytes, all or an error (src/libc/getentropy.c). */
int getentropy(void *buffer, size_t length) SG_SYMBOL(getentropy);

/* umount(2): umount2 with no flags (x86_64 has no umount system call). */
SG_INLINE int umount(const char *target) SG_SYMBOL(umount);
SG_INLINE int umount(const char *target) {
  return umount2(target, 0);
}

#endif
