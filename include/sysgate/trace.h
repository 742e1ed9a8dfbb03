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

#ifdef SYSGATE_TRACE
/* SG_TRACE_ARGS(name, ret, n, SG_TARG(arg1), ...): the hook in every libc layer; a call
 * without arguments passes {0}. */
#define SG_TRACE_ARGS(name, ret, n, ...)                                                           \
  do {                                                                                             \
    const struct sysgate_trace_arg sg_targs[] = {__VA_ARGS__};                                     \
    sysgate_trace(#name, ret, n, sg_targs);                                                        \
  } while (0)
#else
#define SG_TRACE_ARGS(name, ret, n, ...) ((void)0)
#endif

#endif
