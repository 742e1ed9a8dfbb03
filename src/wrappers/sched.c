/* sysgate/sched.h beyond its table rows: the variadic clone(2), and the CPU_* helpers'
 * external definitions.
 *
 * Not obvious: clone's optional arguments come in a fixed order (parent_tid,
 * tls, child_tid), so reading the last one the flags need means reading those
 * before it too; arguments after it are never read, so a caller that passes
 * only what its flags need never has a stray register handed to the kernel.
 */
#include <stdarg.h>
#include <sysgate/sched.h>

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
