/* sysgate/sched.h: clone(2), sched_yield(2), sched_getaffinity(2),
 * sched_setaffinity(2), the CLONE_* flags and cpu_set_t.
 *
 * Not obvious: a clone child with its own stack cannot return from a C
 * function, because none of the caller's frames are on that stack. glibc's
 * clone(fn, stack, flags, arg, ...) is therefore assembly (src/arch/<arch>/clone.S):
 * the child calls fn(arg) on the new stack and exits with its result.
 * sys_clone is the bare trap, safe only without a new stack and without
 * CLONE_VM (a fork); its arguments are in x86_64's order on both arches.
 * The raw sched_getaffinity returns the bytes it copied; glibc's returns 0 and
 * zeroes the rest of the set, and so does sysgate's.
 */
#ifndef SYSGATE_SCHED_H
#define SYSGATE_SCHED_H

#include "resource.h" /* and SYSGATE_ARCH_PROC_H after its structs */
#include "syscall.h"
#include "types.h"

/* include/uapi/linux/sched.h. The low byte is the exit signal (SIGCHLD makes
 * a child that wait4 reaps by default; 0 one that needs __WALL or __WCLONE). */
#define CSIGNAL 0x000000ff
#define CLONE_NEWTIME 0x00000080
#define CLONE_VM 0x00000100
#define CLONE_FS 0x00000200
#define CLONE_FILES 0x00000400
#define CLONE_SIGHAND 0x00000800
#define CLONE_PIDFD 0x00001000
#define CLONE_PTRACE 0x00002000
#define CLONE_VFORK 0x00004000
#define CLONE_PARENT 0x00008000
#define CLONE_THREAD 0x00010000
#define CLONE_NEWNS 0x00020000
#define CLONE_SYSVSEM 0x00040000
#define CLONE_SETTLS 0x00080000
#define CLONE_PARENT_SETTID 0x00100000
#define CLONE_CHILD_CLEARTID 0x00200000
#define CLONE_DETACHED 0x00400000
#define CLONE_UNTRACED 0x00800000
#define CLONE_CHILD_SETTID 0x01000000
#define CLONE_NEWCGROUP 0x02000000
#define CLONE_NEWUTS 0x04000000
#define CLONE_NEWIPC 0x08000000
#define CLONE_NEWUSER 0x10000000
#define CLONE_NEWPID 0x20000000
#define CLONE_NEWNET 0x40000000
#define CLONE_IO 0x80000000

/* clone(fn, stack, flags, arg, parent_tid, tls, child_tid): the three optional
 * arguments are read only as far as the flags use them (CLONE_PARENT_SETTID or
 * CLONE_PIDFD, CLONE_SETTLS, CLONE_CHILD_SETTID or CLONE_CHILD_CLEARTID). */
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...) SG_SYMBOL(clone);

/* clone's raw layer (the assembly): the child's pid, or -errno; errno untouched.
 * stack is the top of the child's stack; it is aligned down to 16 bytes. */
long sysgate_clone_fn(int (*fn)(void *), void *stack, unsigned long flags, void *arg,
                      pid_t *parent_tid, void *tls, pid_t *child_tid);

/* glibc's 1024-CPU set, a bit per CPU in unsigned longs, as the kernel reads it. */
#define CPU_SETSIZE 1024
#define SYSGATE_CPU_WORD_BITS (8 * sizeof(unsigned long))
typedef struct {
  unsigned long sysgate_bits[CPU_SETSIZE / (8 * sizeof(unsigned long))];
} cpu_set_t;

/* Out-of-range CPUs are ignored, as glibc's macros do. */
#define SYSGATE_CPU_OP(cpu, set, op)                                                               \
  ((size_t)(cpu) < CPU_SETSIZE ? ((set)->sysgate_bits[(size_t)(cpu) / SYSGATE_CPU_WORD_BITS] op(   \
                                     1UL << ((size_t)(cpu) % SYSGATE_CPU_WORD_BITS)))              \
                               : 0)
#define CPU_SET(cpu, set) SYSGATE_CPU_OP(cpu, set, |=)
#define CPU_CLR(cpu, set) SYSGATE_CPU_OP(cpu, set, &= ~)
#define CPU_ISSET(cpu, set) (SYSGATE_CPU_OP(cpu, set, &) != 0)
#define CPU_ZERO(set) ((void)__builtin_memset((set), 0, sizeof(cpu_set_t)))
#define CPU_COUNT(set) sysgate_cpu_count(set)

SG_INLINE int sysgate_cpu_count(const cpu_set_t *set) {
  int n = 0;
  for (size_t i = 0; i < sizeof set->sysgate_bits / sizeof set->sysgate_bits[0]; i++)
    n += __builtin_popcountl(set->sysgate_bits[i]);
  return n;
}

/* X(arg count, return type, name, number, (type, name) per argument) */
#define SYSGATE_SCHED_CALLS(X)                                                                     \
  X(0, int, sched_yield, SYS_sched_yield)                                                          \
  X(3, int, sched_setaffinity, SYS_sched_setaffinity, pid_t, pid, size_t, size, const cpu_set_t *, \
    set)

SYSGATE_SCHED_CALLS(SG_WRAP)

SG_SYS(3, sched_getaffinity, SYS_sched_getaffinity, pid_t, pid, size_t, size, cpu_set_t *, set)
SG_INLINE int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set)
    SG_SYMBOL(sched_getaffinity);
SG_INLINE int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set) {
  long copied = sys_sched_getaffinity(pid, size, set);
  if (sysgate_is_error(copied))
    return (int)sysgate_ret(copied);
  __builtin_memset((char *)set + copied, 0, size - (size_t)copied);
  return 0;
}

#endif
