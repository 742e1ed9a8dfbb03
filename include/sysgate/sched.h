/* sysgate/sched.h: clone(2), sched_yield(2), sched_getaffinity(2), sched_setaffinity(2),
 * sched_setparam(2), sched_getparam(2), sched_setscheduler(2), sched_getscheduler(2),
 * sched_get_priority_max(2), sched_get_priority_min(2), sched_rr_get_interval(2), unshare(2),
 * setns(2), sched_getcpu(3), the CLONE_* flags, SCHED_* policies, and cpu_set_t with the CPU_*
 * macros of CPU_SET(3).
 *
 * Not obvious: a clone child with its own stack cannot return from a C function, because none of
 * the caller's frames are on that stack. glibc's clone(fn, stack, flags, arg, ...) is therefore
 * assembly (src/arch/<arch>/clone.S): the child calls fn(arg) on the new stack and exits with its
 * result. sys_clone is the bare trap, safe only without a new stack and without CLONE_VM (a fork);
 * its arguments are in x86_64's order on both arches. (the rest: docs/calls.md)
 */
#ifndef SYSGATE_SCHED_H
#define SYSGATE_SCHED_H

#include "resource.h"
#include "syscall.h"
#include "time.h" /* struct timespec, for sched_rr_get_interval */
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

/* glibc's 1024-CPU set, a bit per CPU in unsigned longs, as the kernel reads it.
 * The *_S macros take a set of any size in bytes (CPU_ALLOC_SIZE), for machines
 * with more CPUs; the others are them with sizeof(cpu_set_t). */
#define CPU_SETSIZE 1024
#define SYSGATE_CPU_WORD_BITS (8 * sizeof(unsigned long))
typedef struct {
  unsigned long sysgate_bits[CPU_SETSIZE / (8 * sizeof(unsigned long))];
} cpu_set_t;

/* The word of `cpu` in a set seen as an array of unsigned longs (it may be
 * larger than cpu_set_t), and its bit. CPUs outside the set are ignored and
 * read as clear, as glibc's macros do. */
#define SYSGATE_CPU_WORD(cpu, set) (((unsigned long *)(set))[(size_t)(cpu) / SYSGATE_CPU_WORD_BITS])
#define SYSGATE_CPU_BIT(cpu) (1UL << ((size_t)(cpu) % SYSGATE_CPU_WORD_BITS))
#define SYSGATE_CPU_IN(cpu, setsize) ((size_t)(cpu) / 8 < (size_t)(setsize))
#define CPU_SET_S(cpu, setsize, set)                                                               \
  (SYSGATE_CPU_IN(cpu, setsize) ? (SYSGATE_CPU_WORD(cpu, set) |= SYSGATE_CPU_BIT(cpu)) : 0)
#define CPU_CLR_S(cpu, setsize, set)                                                               \
  (SYSGATE_CPU_IN(cpu, setsize) ? (SYSGATE_CPU_WORD(cpu, set) &= ~SYSGATE_CPU_BIT(cpu)) : 0)
#define CPU_ISSET_S(cpu, setsize, set)                                                             \
  (SYSGATE_CPU_IN(cpu, setsize)                                                                    \
       ? (((const unsigned long *)(set))[(size_t)(cpu) / SYSGATE_CPU_WORD_BITS] &                  \
          SYSGATE_CPU_BIT(cpu)) != 0                                                               \
       : 0)
#define CPU_ZERO_S(setsize, set) ((void)__builtin_memset((set), 0, (setsize)))
#define CPU_COUNT_S(setsize, set) sysgate_cpu_count((setsize), (set))
#define CPU_EQUAL_S(setsize, set1, set2) (__builtin_memcmp((set1), (set2), (setsize)) == 0)
#define CPU_AND_S(setsize, dest, set1, set2) sysgate_cpu_op((setsize), (dest), (set1), (set2), '&')
#define CPU_OR_S(setsize, dest, set1, set2) sysgate_cpu_op((setsize), (dest), (set1), (set2), '|')
#define CPU_XOR_S(setsize, dest, set1, set2) sysgate_cpu_op((setsize), (dest), (set1), (set2), '^')

#define CPU_SET(cpu, set) CPU_SET_S(cpu, sizeof(cpu_set_t), set)
#define CPU_CLR(cpu, set) CPU_CLR_S(cpu, sizeof(cpu_set_t), set)
#define CPU_ISSET(cpu, set) CPU_ISSET_S(cpu, sizeof(cpu_set_t), set)
#define CPU_ZERO(set) CPU_ZERO_S(sizeof(cpu_set_t), set)
#define CPU_COUNT(set) CPU_COUNT_S(sizeof(cpu_set_t), set)
#define CPU_EQUAL(set1, set2) CPU_EQUAL_S(sizeof(cpu_set_t), set1, set2)
#define CPU_AND(dest, set1, set2) CPU_AND_S(sizeof(cpu_set_t), dest, set1, set2)
#define CPU_OR(dest, set1, set2) CPU_OR_S(sizeof(cpu_set_t), dest, set1, set2)
#define CPU_XOR(dest, set1, set2) CPU_XOR_S(sizeof(cpu_set_t), dest, set1, set2)

/* A set for `count` CPUs: whole unsigned longs, as glibc rounds. CPU_ALLOC's
 * memory comes from malloc (src/libc/cpu_alloc.c). */
#define CPU_ALLOC_SIZE(count)                                                                      \
  ((((size_t)(count) + SYSGATE_CPU_WORD_BITS - 1) / SYSGATE_CPU_WORD_BITS) * sizeof(unsigned long))
#define CPU_ALLOC(count) sysgate_cpu_alloc(count)
#define CPU_FREE(set) sysgate_cpu_free(set)
cpu_set_t *sysgate_cpu_alloc(size_t count);
void sysgate_cpu_free(cpu_set_t *set);

/* The CPUs in the first setsize bytes of set. */
SG_INLINE int sysgate_cpu_count(size_t setsize, const cpu_set_t *set) {
  const unsigned long *word = (const unsigned long *)set;
  int n = 0;
  for (size_t i = 0; i < setsize / sizeof(unsigned long); i++)
    n += __builtin_popcountl(word[i]);
  return n;
}

/* dest = set1 op set2, word by word; op is '&', '|' or '^'. Returns dest. */
SG_INLINE cpu_set_t *sysgate_cpu_op(size_t setsize, cpu_set_t *dest, const cpu_set_t *set1,
                                    const cpu_set_t *set2, char op) {
  unsigned long *d = (unsigned long *)dest;
  const unsigned long *a = (const unsigned long *)set1, *b = (const unsigned long *)set2;
  for (size_t i = 0; i < setsize / sizeof(unsigned long); i++)
    d[i] = op == '&' ? a[i] & b[i] : op == '|' ? a[i] | b[i] : a[i] ^ b[i];
  return dest;
}

/* sched_setscheduler(2) policies (include/uapi/linux/sched.h). */
#define SCHED_OTHER 0
#define SCHED_FIFO 1
#define SCHED_RR 2
#define SCHED_BATCH 3
#define SCHED_IDLE 5
#define SCHED_DEADLINE 6
#define SCHED_RESET_ON_FORK 0x40000000 /* or'd into the policy */

struct sched_param {
  int sched_priority;
};

#ifdef SYSGATE_ARCH_SCHED_H /* i386: clone's argument order */
#include SYSGATE_ARCH_SCHED_H
#endif
#include "calls/sched.h"

SG_INLINE int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set)
    SG_SYMBOL(sched_getaffinity);
SG_INLINE int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set) {
  long copied = sys_sched_getaffinity(pid, size, set);
  if (sysgate_is_error(copied))
    return (int)sysgate_ret(copied);
  __builtin_memset((char *)set + copied, 0, size - (size_t)copied);
  return 0;
}

/* sched_getcpu(3): the CPU the caller ran on a moment ago, from getcpu
 * (sysgate/vdso_time.h: the vDSO's, else the system call); src/libc/sched_getcpu.c. */
int sched_getcpu(void) SG_SYMBOL(sched_getcpu);

#endif
