/* The glibc side of test_admin.c (oracle_admin.c): glibc's reboot, swapon, swapoff, acct,
 * setdomainname and klogctl, glibc's errno through *err, and the ABI list.
 */
#ifndef SYSGATE_TEST_ORACLE_ADMIN_H
#define SYSGATE_TEST_ORACLE_ADMIN_H

#include "abi.h"

#define ADMIN_ABI(C, T, M)                                                                         \
  C(RB_AUTOBOOT), C(RB_HALT_SYSTEM), C(RB_ENABLE_CAD), C(RB_DISABLE_CAD), C(RB_POWER_OFF),         \
      C(RB_SW_SUSPEND), C(RB_KEXEC), C(SWAP_FLAG_PREFER), C(SWAP_FLAG_PRIO_MASK),                  \
      C(SWAP_FLAG_PRIO_SHIFT), C(SWAP_FLAG_DISCARD)
extern const struct abi_row oracle_admin_abi[];
extern const unsigned oracle_admin_abi_len;

int oracle_reboot(int howto, int *err);
int oracle_swapon(const char *path, int flags, int *err);
int oracle_swapoff(const char *path, int *err);
int oracle_acct(const char *path, int *err);
int oracle_setdomainname(const char *name, unsigned long len, int *err);
int oracle_klogctl(int type, char *buf, int len, int *err);

#endif
