/* sysgate/admin.h: the system administration calls of glibc's <sys/reboot.h>, <sys/swap.h>,
 * <sys/klog.h> and <unistd.h>: reboot(2) with RB_*, swapon(2), swapoff(2) with SWAP_FLAG_*,
 * klogctl (syslog(2)), acct(2), setdomainname(2).
 *
 * Not obvious: glibc's reboot takes the command alone and adds the two magic numbers the
 * kernel checks first (LINUX_REBOOT_MAGIC1/2, include/uapi/linux/reboot.h); sys_reboot is
 * the system call with all four.
 */
#ifndef SYSGATE_ADMIN_H
#define SYSGATE_ADMIN_H

#include "syscall.h"
#include "types.h"

/* reboot commands (glibc's names for LINUX_REBOOT_CMD_*) */
#define RB_AUTOBOOT 0x01234567
#define RB_HALT_SYSTEM 0xcdef0123
#define RB_ENABLE_CAD 0x89abcdef
#define RB_DISABLE_CAD 0
#define RB_POWER_OFF 0x4321fedc
#define RB_SW_SUSPEND 0xd000fce2
#define RB_KEXEC 0x45584543
#define SYSGATE_REBOOT_MAGIC1 0xfee1dead
#define SYSGATE_REBOOT_MAGIC2 672274793 /* 0x28121969 */

/* swapon flags: a priority in the low 15 bits when SWAP_FLAG_PREFER is set */
#define SWAP_FLAG_PREFER 0x8000
#define SWAP_FLAG_PRIO_MASK 0x7fff
#define SWAP_FLAG_PRIO_SHIFT 0
#define SWAP_FLAG_DISCARD 0x10000

#include "calls/admin.h"

SG_INLINE int reboot(int howto) SG_SYMBOL(reboot);
SG_INLINE int reboot(int howto) {
  long r = sys_reboot((int)SYSGATE_REBOOT_MAGIC1, SYSGATE_REBOOT_MAGIC2, howto, 0);
  SG_TRACE_ARGS(reboot, r, 1, SG_TARG(howto));
  return (int)sysgate_ret(r);
}

/* klogctl(3) is glibc's name for syslog(2), whose own name is syslog(3)'s. */
SG_INLINE int klogctl(int type, char *buf, int len) SG_SYMBOL(klogctl);
SG_INLINE int klogctl(int type, char *buf, int len) {
  long r = sys_syslog(type, buf, len);
  SG_TRACE_ARGS(klogctl, r, 3, SG_TARG(type), SG_TARG(buf), SG_TARG(len));
  return (int)sysgate_ret(r);
}

#endif
