/* sysgate/clone_args.h: clone3(2)'s arguments, as include/uapi/linux/sched.h has them.
 *
 * Not obvious: every field is 64-bit, pointers too, so the struct is the same on both
 * arches; size tells the kernel how much of it the caller has (64 bytes in Linux 5.3, 80
 * with set_tid, 88 with cgroup). After <linux/sched.h> this header defines nothing.
 */
#ifndef SYSGATE_CLONE_ARGS_H
#define SYSGATE_CLONE_ARGS_H

#include <stdint.h>

#ifndef _LINUX_SCHED_H
struct clone_args {
  uint64_t flags;
  uint64_t pidfd;       /* with CLONE_PIDFD: where the child's pidfd goes (int *) */
  uint64_t child_tid;   /* with CLONE_CHILD_SETTID / CLEARTID (pid_t *) */
  uint64_t parent_tid;  /* with CLONE_PARENT_SETTID (pid_t *) */
  uint64_t exit_signal; /* what the parent gets when the child ends: SIGCHLD for a fork */
  uint64_t stack;       /* lowest address of the child's stack, or 0 */
  uint64_t stack_size;
  uint64_t tls;
  uint64_t set_tid; /* pid_t array, set_tid_size long: the pids to take, per namespace */
  uint64_t set_tid_size;
  uint64_t cgroup; /* with CLONE_INTO_CGROUP: a cgroup v2 directory's descriptor */
};
#define CLONE_ARGS_SIZE_VER0 64
#define CLONE_ARGS_SIZE_VER1 80
#define CLONE_ARGS_SIZE_VER2 88
#endif

#endif
