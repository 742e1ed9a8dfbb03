/* Values from the kernel's uapi headers, printed by a program built once with glibc
 * and once with sysgate-cc (tests/install/check_uapi.sh): both builds must find the
 * same headers and print the same lines. */
#include <asm/unistd.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/netlink.h>
#include <linux/seccomp.h>
#include <linux/types.h>
#include <stdio.h>

int main(void) {
  struct sock_filter deny = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 1);
  printf("futex: wait %d wake_private %d\n", FUTEX_WAIT, FUTEX_WAKE_PRIVATE);
  printf("bpf: code %u k %#x, sizeof(struct sock_filter) %zu\n", (unsigned)deny.code,
         (unsigned)deny.k, sizeof deny);
  printf("seccomp: mode_filter %d\n", SECCOMP_MODE_FILTER);
  printf("netlink: route %d, sizeof(struct nlmsghdr) %zu\n", NETLINK_ROUTE,
         sizeof(struct nlmsghdr));
  printf("__NR_getpid %d, sizeof(__u64) %zu\n", __NR_getpid, sizeof(__u64));
  return 0;
}
