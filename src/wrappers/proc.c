/* External definitions of the process calls (sysgate/process.h, wait.h,
 * resource.h, sched.h, utsname.h, prctl.h, pidfd.h, personality.h, ptrace.h, capability.h,
 * and the per-arch SYSGATE_ARCH_PROC_H), and the three variadic ones: clone(2),
 * prctl(2) and ptrace(2).
 *
 * Not obvious: clone's optional arguments come in a fixed order (parent_tid,
 * tls, child_tid), so reading the last one the flags need means reading those
 * before it too; arguments after it are never read, so a caller that passes
 * only what its flags need never has a stray register handed to the kernel.
 */
#include <stdarg.h>
#include <sysgate/capability.h>
#include <sysgate/personality.h>
#include <sysgate/pidfd.h>
#include <sysgate/prctl.h>
#include <sysgate/process.h>
#include <sysgate/ptrace.h>
#include <sysgate/resource.h>
#include <sysgate/sched.h>
#include <sysgate/utsname.h>
#include <sysgate/wait.h>

SG_EXTERN(killpg);

/* Per-arch raw layers (SYSGATE_ARCH_PROC_H) and their libc layers. */
SG_EXTERN(sysgate_cpu_count);
SG_EXTERN(sysgate_cpu_op);

int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...) {
  /* glibc refuses these before the kernel sees anything; so does sysgate. */
  if (!fn || !stack)
    return (int)sysgate_ret(-EINVAL);
  pid_t *parent_tid = NULL, *child_tid = NULL;
  void *tls = NULL;
  int wants = (flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) ? 3
              : (flags & CLONE_SETTLS)                              ? 2
              : (flags & (CLONE_PARENT_SETTID | CLONE_PIDFD))       ? 1
                                                                    : 0;
  va_list ap;
  va_start(ap, arg);
  if (wants >= 1)
    parent_tid = va_arg(ap, pid_t *);
  if (wants >= 2)
    tls = va_arg(ap, void *);
  if (wants >= 3)
    child_tid = va_arg(ap, pid_t *);
  va_end(ap);
  /* flags is an int in glibc's prototype: its bits, not its sign, go to the kernel. */
  return (int)sysgate_ret(
      sysgate_clone_fn(fn, stack, (unsigned int)flags, arg, parent_tid, tls, child_tid));
}

int prctl(int option, ...) {
  va_list ap;
  va_start(ap, option);
  unsigned long a2 = va_arg(ap, unsigned long);
  unsigned long a3 = va_arg(ap, unsigned long);
  unsigned long a4 = va_arg(ap, unsigned long);
  unsigned long a5 = va_arg(ap, unsigned long);
  va_end(ap);
  return (int)sysgate_ret(sys_prctl(option, a2, a3, a4, a5));
}

long ptrace(int request, ...) {
  va_list ap;
  va_start(ap, request);
  pid_t pid = va_arg(ap, pid_t);
  void *addr = va_arg(ap, void *);
  void *data = va_arg(ap, void *);
  va_end(ap);
  if (request >= PTRACE_PEEKTEXT && request <= PTRACE_PEEKUSER) {
    long word;
    long r = sys_ptrace(request, pid, addr, &word);
    if (sysgate_is_error(r))
      return sysgate_ret(r);
    errno = 0;
    return word;
  }
  return sysgate_ret(sys_ptrace(request, pid, addr, data));
}
