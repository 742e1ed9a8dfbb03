/* sysgate/syscall.h: from the raw trap to the two wrapper layers.
 *
 *   syscallN(nr, ...)  the trap (arch/<arch>/syscall.h): the kernel's raw value
 *   sys_<name>(...)    typed; returns the raw value, -errno on failure; no globals
 *   <name>(...)        glibc-shaped: -1 and errno on failure, errno kept on success
 *
 * Not obvious: an error is a value in -4095..-1 (the kernel's MAX_ERRNO,
 * include/linux/err.h), never just "negative": an i386 mmap may return an
 * address above 2 GiB, which is negative as a long. sysgate_is_error() is the
 * only place that test is written.
 */
#ifndef SYSGATE_SYSCALL_H
#define SYSGATE_SYSCALL_H

#include "arch.h"
#include "base.h"
#include "errno.h"
#include "trace.h"

#define SYSGATE_MAX_ERRNO 4095

SG_INLINE int sysgate_is_error(long ret) {
  return (unsigned long)ret > -(unsigned long)(SYSGATE_MAX_ERRNO + 1);
}

/* The libc layer's whole error path: raw kernel value in, glibc convention out. */
SG_INLINE SG_ARCH_REG_ARG long sysgate_ret(long ret) {
  if (SG_UNLIKELY(sysgate_is_error(ret))) {
    errno = (int)-ret;
    return -1;
  }
  return ret;
}

/* Parameter lists from (type, name) pairs. The leading `nr` is the number,
 * carried along so that a 0-argument list is never empty. */
#define SG_PARAMS_0(nr) void
#define SG_PARAMS_1(nr, t1, a1) t1 a1
#define SG_PARAMS_2(nr, t1, a1, t2, a2) t1 a1, t2 a2
#define SG_PARAMS_3(nr, t1, a1, t2, a2, t3, a3) t1 a1, t2 a2, t3 a3
#define SG_PARAMS_4(nr, t1, a1, t2, a2, t3, a3, t4, a4) t1 a1, t2 a2, t3 a3, t4 a4
#define SG_PARAMS_5(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5) t1 a1, t2 a2, t3 a3, t4 a4, t5 a5
#define SG_PARAMS_6(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5, t6, a6)                            \
  t1 a1, t2 a2, t3 a3, t4 a4, t5 a5, t6 a6

#define SG_ARGS_0(nr)
#define SG_ARGS_1(nr, t1, a1) a1
#define SG_ARGS_2(nr, t1, a1, t2, a2) a1, a2
#define SG_ARGS_3(nr, t1, a1, t2, a2, t3, a3) a1, a2, a3
#define SG_ARGS_4(nr, t1, a1, t2, a2, t3, a3, t4, a4) a1, a2, a3, a4
#define SG_ARGS_5(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5) a1, a2, a3, a4, a5
#define SG_ARGS_6(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5, t6, a6) a1, a2, a3, a4, a5, a6

/* The trap with every argument widened to a register-sized long. */
#define SG_TRAP_0(nr) syscall0(nr)
#define SG_TRAP_1(nr, t1, a1) syscall1(nr, (long)(a1))
#define SG_TRAP_2(nr, t1, a1, t2, a2) syscall2(nr, (long)(a1), (long)(a2))
#define SG_TRAP_3(nr, t1, a1, t2, a2, t3, a3) syscall3(nr, (long)(a1), (long)(a2), (long)(a3))
#define SG_TRAP_4(nr, t1, a1, t2, a2, t3, a3, t4, a4)                                              \
  syscall4(nr, (long)(a1), (long)(a2), (long)(a3), (long)(a4))
#define SG_TRAP_5(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5)                                      \
  syscall5(nr, (long)(a1), (long)(a2), (long)(a3), (long)(a4), (long)(a5))
#define SG_TRAP_6(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5, t6, a6)                              \
  syscall6(nr, (long)(a1), (long)(a2), (long)(a3), (long)(a4), (long)(a5), (long)(a6))

/* SG_SYS(n, name, nr, type1, arg1, ...): the raw layer, sys_<name>. */
#define SG_SYS(n, name, ...)                                                                       \
  SG_INLINE long sys_##name(SG_PARAMS_##n(__VA_ARGS__)) {                                          \
    return SG_TRAP_##n(__VA_ARGS__);                                                               \
  }

/* SG_LIBC(n, ret_type, name, nr, type1, arg1, ...): the glibc-shaped layer over sys_<name>. */
#define SG_LIBC(n, T, name, ...) SG_LIBC_AS(sysgate_ret, n, T, name, __VA_ARGS__)

/* SG_LIBC_NOFAIL: the libc layer of a call the kernel never fails ("These functions are
 * always successful", getpid(2), getuid(2); umask(2)). It returns the kernel's value as
 * it is, as glibc's (syscalls.list "E") and musl's do: the call is the trap alone. A
 * seccomp filter can still refuse it: then it returns -errno and errno is untouched. */
#define SG_LIBC_NOFAIL(n, T, name, ...) SG_LIBC_AS(SG_AS_IS, n, T, name, __VA_ARGS__)
#define SG_AS_IS(ret) (ret)

/* Both, with `result` turning the raw value into the return value. The label-carrying
 * prototype is `inline` too: one declaration without it would make every includer
 * emit an external definition (C11 6.7.4p7). */
#define SG_LIBC_AS(result, n, T, name, ...)                                                        \
  SG_INLINE T name(SG_PARAMS_##n(__VA_ARGS__)) SG_SYMBOL(name);                                    \
  SG_INLINE T name(SG_PARAMS_##n(__VA_ARGS__)) {                                                   \
    long sg_ret = sys_##name(SG_ARGS_##n(__VA_ARGS__));                                            \
    SG_TRACE(name, n, sg_ret, __VA_ARGS__); /* nothing unless SYSGATE_TRACE */                     \
    return (T)result(sg_ret);                                                                      \
  }

/* SG_WRAP(n, ret_type, name, nr, type1, arg1, ...): both layers of a plain system call.
 * A family header lists its calls once, as X(...) rows, and expands the list with
 * SG_WRAP; its source file expands the same list with SG_EMIT. */
#define SG_WRAP(n, T, name, ...) SG_SYS(n, name, __VA_ARGS__) SG_LIBC(n, T, name, __VA_ARGS__)
#define SG_WRAP_NOFAIL(n, T, name, ...)                                                            \
  SG_SYS(n, name, __VA_ARGS__) SG_LIBC_NOFAIL(n, T, name, __VA_ARGS__)
#define SG_EMIT(n, T, name, ...)                                                                   \
  SG_EXTERN(sys_##name);                                                                           \
  SG_EXTERN(name);

#endif
