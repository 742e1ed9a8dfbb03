/* glibc's side of test_admin.c (oracle_admin.h). */
#define _GNU_SOURCE
#include "oracle_admin.h"
#include "oracle_call.h"

#include <errno.h>
#include <sys/klog.h>
#include <sys/reboot.h>
#include <sys/swap.h>
#include <unistd.h>

const struct abi_row oracle_admin_abi[] = ABI_TABLE(ADMIN_ABI);
const unsigned oracle_admin_abi_len = sizeof oracle_admin_abi / sizeof oracle_admin_abi[0];

int oracle_reboot(int howto, int *err) {
  ORACLE_RETURN(int, err, reboot(howto));
}
int oracle_swapon(const char *path, int flags, int *err) {
  ORACLE_RETURN(int, err, swapon(path, flags));
}
int oracle_swapoff(const char *path, int *err) {
  ORACLE_RETURN(int, err, swapoff(path));
}
int oracle_acct(const char *path, int *err) {
  ORACLE_RETURN(int, err, acct(path));
}
int oracle_setdomainname(const char *name, unsigned long len, int *err) {
  ORACLE_RETURN(int, err, setdomainname(name, len));
}
int oracle_klogctl(int type, char *buf, int len, int *err) {
  ORACLE_RETURN(int, err, klogctl(type, buf, len));
}
