/* seccomp_getpid: a seccomp(2) filter built with the <linux/filter.h> and
 * <linux/seccomp.h> macros that makes getpid(2) fail with EPERM, installed with
 * prctl(2) PR_SET_NO_NEW_PRIVS then PR_SET_SECCOMP, both through syscall(2) and
 * the numbers of <asm/unistd.h>.
 *
 * Not obvious: the filter first checks the architecture in seccomp_data (a 32-bit
 * program on a 64-bit kernel has other system call numbers) and kills the process
 * on a foreign one; and an unprivileged process may install a filter only after
 * PR_SET_NO_NEW_PRIVS, or the kernel answers EACCES.
 */
#include <asm/unistd.h>
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/prctl.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#if defined(__x86_64__)
#define THIS_ARCH AUDIT_ARCH_X86_64
#else
#define THIS_ARCH AUDIT_ARCH_I386
#endif

int main(void) {
  struct sock_filter code[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, THIS_ARCH, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_getpid, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA)),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = {.len = sizeof code / sizeof code[0], .filter = code};
  printf("before: getpid() > 0: %s\n", getpid() > 0 ? "yes" : "no");
  if (syscall(__NR_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
    printf("PR_SET_NO_NEW_PRIVS: %s\n", strerror(errno));
    return 1;
  }
  if (syscall(__NR_prctl, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) != 0) {
    printf("PR_SET_SECCOMP: %s\n", strerror(errno));
    return 1;
  }
  printf("filter of %u instructions installed\n", (unsigned)prog.len);
  printf("after: getpid() = %ld\n", (long)getpid());
  errno = 0;
  long r = syscall(__NR_getpid);
  printf("after: syscall(__NR_getpid) = %ld, errno %d (%s)\n", r, errno, strerror(errno));
  printf("other calls still work: getppid() > 0: %s\n", getppid() > 0 ? "yes" : "no");
  return 0;
}
