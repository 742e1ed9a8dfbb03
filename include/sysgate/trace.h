/* sysgate/trace.h: trace mode, strace-like lines on stderr from inside the
 * program (build with SYSGATE_TRACE defined; CMake option SYSGATE_TRACE).
 *
 *   open("/etc/hostname", O_RDONLY) = 3
 *   write(1, "hi\n", 3) = 3
 *   open("/nope", O_RDONLY) = -1 ENOENT (No such file or directory)
 *
 * Not obvious: the hook sits in the libc layer, which is inlined into the
 * caller, so it is the caller's SYSGATE_TRACE that decides; without it the hook
 * expands to nothing and the wrapper's code is unchanged, byte for byte. Each
 * argument's kind (string, pointer, integer) comes from its C type at compile
 * time (_Generic), so a wrapper row needs no trace description of its own.
 */
#ifndef SYSGATE_TRACE_H
#define SYSGATE_TRACE_H

#include "base.h"

enum sysgate_trace_kind {
  SYSGATE_TRACE_INT,        /* decimal */
  SYSGATE_TRACE_PTR,        /* hex address, NULL */
  SYSGATE_TRACE_STR,        /* quoted, shortened */
  SYSGATE_TRACE_OPEN_FLAGS, /* O_RDONLY|O_CREAT|... */
};

struct sysgate_trace_arg {
  enum sysgate_trace_kind kind;
  long value;
};

/* Writes one line "name(args) = result" to fd 2 with a single raw write. */
void sysgate_trace(const char *name, long ret, int nargs, const struct sysgate_trace_arg *args);

/* __builtin_classify_type: 5 is a pointer (gcc's and clang's type classes). */
#define SG_TRACE_KIND(a)                                                                           \
  _Generic((a), char *: SYSGATE_TRACE_STR, const char *: SYSGATE_TRACE_STR,                       \
           default: __builtin_classify_type(a) == 5 ? SYSGATE_TRACE_PTR : SYSGATE_TRACE_INT)
#define SG_TARG(a)                                                                                 \
  { SG_TRACE_KIND(a), (long)(a) }

#define SG_TARGS_1(nr, t1, a1) SG_TARG(a1)
#define SG_TARGS_2(nr, t1, a1, t2, a2) SG_TARG(a1), SG_TARG(a2)
#define SG_TARGS_3(nr, t1, a1, t2, a2, t3, a3) SG_TARG(a1), SG_TARG(a2), SG_TARG(a3)
#define SG_TARGS_4(nr, t1, a1, t2, a2, t3, a3, t4, a4)                                             \
  SG_TARGS_3(nr, t1, a1, t2, a2, t3, a3), SG_TARG(a4)
#define SG_TARGS_5(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5)                                     \
  SG_TARGS_4(nr, t1, a1, t2, a2, t3, a3, t4, a4), SG_TARG(a5)
#define SG_TARGS_6(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5, t6, a6)                             \
  SG_TARGS_5(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5), SG_TARG(a6)

#ifdef SYSGATE_TRACE
/* SG_TRACE(name, n, ret, nr, type1, arg1, ...): the hook SG_LIBC places. */
#define SG_TRACE(name, n, ret, ...) SG_TRACE_##n(name, ret, __VA_ARGS__)
#define SG_TRACE_0(name, ret, nr) sysgate_trace(#name, ret, 0, 0)
#define SG_TRACE_N(name, ret, n, ...)                                                              \
  do {                                                                                             \
    const struct sysgate_trace_arg sg_targs[] = {__VA_ARGS__};                                     \
    sysgate_trace(#name, ret, n, sg_targs);                                                        \
  } while (0)
#define SG_TRACE_1(name, ret, ...) SG_TRACE_N(name, ret, 1, SG_TARGS_1(__VA_ARGS__))
#define SG_TRACE_2(name, ret, ...) SG_TRACE_N(name, ret, 2, SG_TARGS_2(__VA_ARGS__))
#define SG_TRACE_3(name, ret, ...) SG_TRACE_N(name, ret, 3, SG_TARGS_3(__VA_ARGS__))
#define SG_TRACE_4(name, ret, ...) SG_TRACE_N(name, ret, 4, SG_TARGS_4(__VA_ARGS__))
#define SG_TRACE_5(name, ret, ...) SG_TRACE_N(name, ret, 5, SG_TARGS_5(__VA_ARGS__))
#define SG_TRACE_6(name, ret, ...) SG_TRACE_N(name, ret, 6, SG_TARGS_6(__VA_ARGS__))
/* For hand-written wrappers: explicit {kind, value} pairs. */
#define SG_TRACE_ARGS(name, ret, n, ...) SG_TRACE_N(name, ret, n, __VA_ARGS__)
#else
#define SG_TRACE(name, n, ret, ...) ((void)0)
#define SG_TRACE_ARGS(name, ret, n, ...) ((void)0)
#endif

#endif
