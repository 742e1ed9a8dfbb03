/* sysgate/misc.h: getrandom(2), getentropy(3), sysinfo(2), get_nprocs(3) and
 * its kin, futex(2), mount(2),
 * umount(2), umount2(2) and seccomp(2), with classic BPF's struct sock_filter / struct sock_fprog
 * and the BPF_* values a seccomp filter needs (include/uapi/linux/filter.h, bpf_common.h).
 *
 * Not obvious: glibc has no futex() and no seccomp() (programs go through
 * syscall(2)); sysgate gives both the libc layer's shape anyway, with the
 * prototypes their man pages document. futex takes a timespec, so on i386 it
 * is futex_time64 (the i386= column of src/calls.tab).
 */
#ifndef SYSGATE_MISC_H
#define SYSGATE_MISC_H

#include "syscall.h"
#include "time.h"
#include "types.h"
#include "vdso_getrandom.h" /* getrandom asks the vDSO first */

/* --- getrandom (include/uapi/linux/random.h) ------------------------------- */
#define GRND_NONBLOCK 0x0001
#define GRND_RANDOM 0x0002
#define GRND_INSECURE 0x0004

/* --- sysinfo (include/uapi/linux/sysinfo.h) --------------------------------- */
/* The kernel pads the struct to 64 bytes on 32-bit arches with `char _f[20 -
 * 2 * sizeof(long) - sizeof(u32)]`, an array of length 0 on x86_64. Sharing
 * mem_unit's storage with a 20 - 2 * sizeof(long) array gives both layouts
 * with no zero-length array. */
#ifndef _LINUX_SYSINFO_H /* the kernel's <linux/sysinfo.h>, whichever comes first */
#define _LINUX_SYSINFO_H
#define SI_LOAD_SHIFT 16
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
#endif

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
/* All of the kernel's header, under its guard, so whichever comes first wins. Its
 * ioctl numbers are spelled out (_IOWR's direction, size, type and number fields):
 * sysgate has no _IOWR, and the kernel's header leaves it to <linux/ioctl.h>. */
#ifndef _LINUX_SECCOMP_H
#define _LINUX_SECCOMP_H
#define SECCOMP_MODE_DISABLED 0
#define SECCOMP_MODE_STRICT 1
#define SECCOMP_MODE_FILTER 2
#define SECCOMP_SET_MODE_STRICT 0
#define SECCOMP_SET_MODE_FILTER 1
#define SECCOMP_GET_ACTION_AVAIL 2
#define SECCOMP_GET_NOTIF_SIZES 3
#define SECCOMP_FILTER_FLAG_TSYNC (1UL << 0)
#define SECCOMP_FILTER_FLAG_LOG (1UL << 1)
#define SECCOMP_FILTER_FLAG_SPEC_ALLOW (1UL << 2)
#define SECCOMP_FILTER_FLAG_NEW_LISTENER (1UL << 3)
#define SECCOMP_FILTER_FLAG_TSYNC_ESRCH (1UL << 4)
#define SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV (1UL << 5)

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
#define SECCOMP_RET_ACTION 0x7fff0000U
#define SECCOMP_RET_DATA 0x0000ffffU

/* What a filter reads: one system call as the kernel saw it at entry. */
struct seccomp_data {
  int nr;
  uint32_t arch; /* AUDIT_ARCH_*: a filter must check it, numbers differ per arch */
  uint64_t instruction_pointer;
  uint64_t args[6];
};

/* User notification (SECCOMP_FILTER_FLAG_NEW_LISTENER, SECCOMP_RET_USER_NOTIF). */
struct seccomp_notif_sizes {
  uint16_t seccomp_notif;
  uint16_t seccomp_notif_resp;
  uint16_t seccomp_data;
};

struct seccomp_notif {
  uint64_t id;
  uint32_t pid;
  uint32_t flags;
  struct seccomp_data data;
};

#define SECCOMP_USER_NOTIF_FLAG_CONTINUE (1UL << 0)
struct seccomp_notif_resp {
  uint64_t id;
  int64_t val;
  int32_t error;
  uint32_t flags;
};

#define SECCOMP_ADDFD_FLAG_SETFD (1UL << 0)
#define SECCOMP_ADDFD_FLAG_SEND (1UL << 1)
struct seccomp_notif_addfd {
  uint64_t id;
  uint32_t flags;
  uint32_t srcfd;
  uint32_t newfd;
  uint32_t newfd_flags;
};

#define SECCOMP_IOC_MAGIC '!'
/* dir 1 write, 2 read (include/uapi/asm-generic/ioctl.h); 14 bits of size. */
#define SYSGATE_SECCOMP_IOC(dir, nr, size)                                                         \
  ((unsigned int)(dir) << 30 | (unsigned int)(size) << 16 | (unsigned int)SECCOMP_IOC_MAGIC << 8 | \
   (unsigned int)(nr))
#define SECCOMP_IO(nr) SYSGATE_SECCOMP_IOC(0, nr, 0)
#define SECCOMP_IOR(nr, type) SYSGATE_SECCOMP_IOC(2, nr, sizeof(type))
#define SECCOMP_IOW(nr, type) SYSGATE_SECCOMP_IOC(1, nr, sizeof(type))
#define SECCOMP_IOWR(nr, type) SYSGATE_SECCOMP_IOC(3, nr, sizeof(type))
#define SECCOMP_IOCTL_NOTIF_RECV SECCOMP_IOWR(0, struct seccomp_notif)
#define SECCOMP_IOCTL_NOTIF_SEND SECCOMP_IOWR(1, struct seccomp_notif_resp)
#define SECCOMP_IOCTL_NOTIF_ID_VALID SECCOMP_IOW(2, uint64_t)
#define SECCOMP_IOCTL_NOTIF_ADDFD SECCOMP_IOW(3, struct seccomp_notif_addfd)
#endif

/* include/uapi/linux/audit.h: EM_X86_64 and EM_386 with the 64-bit and
 * little-endian flags. */
#ifndef _LINUX_AUDIT_H_ /* <linux/audit.h> spells them as expressions */
#define AUDIT_ARCH_X86_64 0xc000003eU
#define AUDIT_ARCH_I386 0x40000003U
#endif

/* --- classic BPF (include/uapi/linux/filter.h, bpf_common.h) ----------------- */
/* All of both kernel headers, each under its own guard: after this header a
 * program's <linux/filter.h> adds nothing (and redefines nothing); after
 * <linux/filter.h> (or <linux/bpf.h>, which brings bpf_common.h) the matching
 * block here is left out. */
#ifndef __LINUX_BPF_COMMON_H__
#define __LINUX_BPF_COMMON_H__
/* The instruction classes, and the fields of an opcode. */
#define BPF_MAXINSNS 4096
#define BPF_CLASS(code) ((code)&0x07)
#define BPF_LD 0x00
#define BPF_LDX 0x01
#define BPF_ST 0x02
#define BPF_STX 0x03
#define BPF_ALU 0x04
#define BPF_JMP 0x05
#define BPF_RET 0x06
#define BPF_MISC 0x07
#define BPF_SIZE(code) ((code)&0x18)
#define BPF_W 0x00
#define BPF_H 0x08
#define BPF_B 0x10
#define BPF_MODE(code) ((code)&0xe0)
#define BPF_IMM 0x00
#define BPF_ABS 0x20
#define BPF_IND 0x40
#define BPF_MEM 0x60
#define BPF_LEN 0x80
#define BPF_MSH 0xa0
#define BPF_OP(code) ((code)&0xf0)
#define BPF_ADD 0x00
#define BPF_SUB 0x10
#define BPF_MUL 0x20
#define BPF_DIV 0x30
#define BPF_OR 0x40
#define BPF_AND 0x50
#define BPF_LSH 0x60
#define BPF_RSH 0x70
#define BPF_NEG 0x80
#define BPF_MOD 0x90
#define BPF_XOR 0xa0
#define BPF_JA 0x00
#define BPF_JEQ 0x10
#define BPF_JGT 0x20
#define BPF_JGE 0x30
#define BPF_JSET 0x40
#define BPF_SRC(code) ((code)&0x08)
#define BPF_K 0x00
#define BPF_X 0x08
#endif

#ifndef __LINUX_FILTER_H__
#define __LINUX_FILTER_H__
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

#define BPF_MAJOR_VERSION 1
#define BPF_MINOR_VERSION 1
#define BPF_MEMWORDS 16
#define BPF_RVAL(code) ((code)&0x18)
#define BPF_A 0x10
#define BPF_MISCOP(code) ((code)&0xf8)
#define BPF_TAX 0x00
#define BPF_TXA 0x80
#define BPF_STMT(code, k)                                                                          \
  { (uint16_t)(code), 0, 0, (k) }
#define BPF_JUMP(code, k, jt, jf)                                                                  \
  { (uint16_t)(code), (jt), (jf), (k) }
/* Negative offsets a load reads as ancillary data (socket filters). */
#define SKF_AD_OFF (-0x1000)
#define SKF_AD_PROTOCOL 0
#define SKF_AD_PKTTYPE 4
#define SKF_AD_IFINDEX 8
#define SKF_AD_NLATTR 12
#define SKF_AD_NLATTR_NEST 16
#define SKF_AD_MARK 20
#define SKF_AD_QUEUE 24
#define SKF_AD_HATYPE 28
#define SKF_AD_RXHASH 32
#define SKF_AD_CPU 36
#define SKF_AD_ALU_XOR_X 40
#define SKF_AD_VLAN_TAG 44
#define SKF_AD_VLAN_TAG_PRESENT 48
#define SKF_AD_PAY_OFFSET 52
#define SKF_AD_RANDOM 56
#define SKF_AD_VLAN_TPID 60
#define SKF_AD_MAX 64
#define SKF_NET_OFF (-0x100000)
#define SKF_LL_OFF (-0x200000)
#define BPF_NET_OFF SKF_NET_OFF
#define BPF_LL_OFF SKF_LL_OFF
#endif

#include "calls/misc.h"

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
