/* rows.h: one table of every sysgate wrapper, for the three verification
 * harnesses: the strace oracle (strace_calls.c), seccomp fault injection
 * (inject.c) and the bad-input comparison with glibc (badinput.c).
 *
 * The rows are the table's, src/calls.tab, which tools/gen_calls.py writes out as
 * calls_rows.h: a new row there is verified with no edit in tests/verify/. What the
 * kernel must see for a call is written by hand in rows.c (struct verify_rule): the
 * call's name as strace knows it and, where it differs from "the arguments in
 * order", how. A void wrapper (sync) is a hand-written entry of rows.c.
 *
 * Not obvious: a row's values are passed through a union, never a cast, so one
 * macro serves every argument type (a 64-bit off_t on i386, a pointer, a short)
 * with -Wall -Wextra -Werror; and the expected registers are derived from the
 * argument's declared type, not from the wrapper's code.
 */
#ifndef SYSGATE_VERIFY_ROWS_H
#define SYSGATE_VERIFY_ROWS_H

#include "calls_rows.h"

#define VERIFY_MAX_ARGS 6
#define VERIFY_MAX_CALLS 6

/* One value of type t from the 64 bits of x (both arches are little-endian). */
#define VERIFY_ARG(t, x)                                                                           \
  (((union {                                                                                       \
     long long ll;                                                                                 \
     t val;                                                                                        \
   }){.ll = (x)})                                                                                  \
       .val)

/* An argument as the row declares it. */
struct verify_arg {
  const char *name, *type;
  unsigned char is_ptr, size, is_signed;
};
#define VERIFY_IS_PTR(t) (__builtin_classify_type((t)0) == 5)
/* t itself, or int for a pointer type: what the signedness test may compare. */
#define VERIFY_INT_TYPE(t) __typeof__(__builtin_choose_expr(VERIFY_IS_PTR(t), 0, (t)0))
#define VERIFY_SIGNED(t) ((VERIFY_INT_TYPE(t)) - 1 < (VERIFY_INT_TYPE(t))1)
#define VERIFY_DESC(t, a)                                                                          \
  { #a, #t, VERIFY_IS_PTR(t), sizeof(t), VERIFY_SIGNED(t) }

/* The leading `nr` of every list below is the row's number, carried along (as in
 * sysgate/syscall.h) so that no list is empty; the harnesses never use it. */
#define VERIFY_CALLARGS_0(v, nr)
#define VERIFY_CALLARGS_1(v, nr, t1, a1) VERIFY_ARG(t1, v[0])
#define VERIFY_CALLARGS_2(v, nr, t1, a1, t2, a2) VERIFY_ARG(t1, v[0]), VERIFY_ARG(t2, v[1])
#define VERIFY_CALLARGS_3(v, nr, t1, a1, t2, a2, t3, a3)                                           \
  VERIFY_CALLARGS_2(v, nr, t1, a1, t2, a2), VERIFY_ARG(t3, v[2])
#define VERIFY_CALLARGS_4(v, nr, t1, a1, t2, a2, t3, a3, t4, a4)                                   \
  VERIFY_CALLARGS_3(v, nr, t1, a1, t2, a2, t3, a3), VERIFY_ARG(t4, v[3])
#define VERIFY_CALLARGS_5(v, nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5)                           \
  VERIFY_CALLARGS_4(v, nr, t1, a1, t2, a2, t3, a3, t4, a4), VERIFY_ARG(t5, v[4])
#define VERIFY_CALLARGS_6(v, nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5, t6, a6)                   \
  VERIFY_CALLARGS_5(v, nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5), VERIFY_ARG(t6, v[5])

#define VERIFY_DESCS_0(nr)                                                                         \
  { 0 }
#define VERIFY_DESCS_1(nr, t1, a1) VERIFY_DESC(t1, a1)
#define VERIFY_DESCS_2(nr, t1, a1, t2, a2) VERIFY_DESC(t1, a1), VERIFY_DESC(t2, a2)
#define VERIFY_DESCS_3(nr, t1, a1, t2, a2, t3, a3)                                                 \
  VERIFY_DESCS_2(nr, t1, a1, t2, a2), VERIFY_DESC(t3, a3)
#define VERIFY_DESCS_4(nr, t1, a1, t2, a2, t3, a3, t4, a4)                                         \
  VERIFY_DESCS_3(nr, t1, a1, t2, a2, t3, a3), VERIFY_DESC(t4, a4)
#define VERIFY_DESCS_5(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5)                                 \
  VERIFY_DESCS_4(nr, t1, a1, t2, a2, t3, a3, t4, a4), VERIFY_DESC(t5, a5)
#define VERIFY_DESCS_6(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5, t6, a6)                         \
  VERIFY_DESCS_5(nr, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5), VERIFY_DESC(t6, a6)

/* The table's rows (calls_rows.h) have three shapes:
 *   X(n, T, name, nr, type, arg, ...)  both layers, sys_<name> and <name>, same arguments
 *                                      (a variadic libc layer is called with them all)
 *   R(n, name, nr, type, arg, ...)     the raw layer sys_<name> only
 *   L(n, T, name, nr, type, arg, ...)  the libc layer <name> only
 * Wrappers that fit none of these (void, a function argument, syscall()) are the
 * hand-written entries of rows.c. */

/* i386's fallback for a kernel without statx, a raw call of its own. */
#if defined(__i386__)
#define VERIFY_ARCH_ROWS(X, R, L)                                                                  \
  R(4, fstatat64, -, int, dirfd, const char *, path, struct sysgate_stat64 *, buf, int, flags)
#else
#define VERIFY_ARCH_ROWS(X, R, L)
#endif

/* Every row, auto and explicit: A for a list row, then X, R, L as above. */
#define VERIFY_ALL_ROWS(A, X, R, L) VERIFY_TABLE_ROWS(A, R, L) VERIFY_ARCH_ROWS(X, R, L)

struct verify_row {
  const char *name; /* the wrapper's name as its row writes it */
  const char *kind; /* "explicit", or NULL for a list row: see verify_kind() */
  int nargs;
  struct verify_arg arg[VERIFY_MAX_ARGS];
  long (*call_sys)(const long long *v);  /* NULL: no raw layer in this row */
  long (*call_libc)(const long long *v); /* NULL: no libc layer in this row */
  struct verify_arg ret;                 /* the libc layer's return type */
};

/* One system call as the kernel must see it; bit i of `any`: argument i is a
 * pointer of the wrapper's own (a stack copy), any value will do. */
struct verify_call {
  const char *name;
  int nargs;
  unsigned long arg[VERIFY_MAX_ARGS];
  unsigned any;
};

enum verify_layer { VERIFY_SYS, VERIFY_LIBC };

struct verify_expect {
  enum verify_layer layer; /* the layer called, for a rule that tells them apart */
  int ncalls;
  struct verify_call call[VERIFY_MAX_CALLS];
};

/* Hand-written knowledge of one wrapper (rows.c). */
#define VERIFY_NO_STRACE 1u       /* not in the strace run: `why` says why */
#define VERIFY_NO_INJECT 2u       /* not in the fault-injection run: `why` says why */
#define VERIFY_NO_BADINPUT 4u     /* not in the bad-input run: `why` says why */
#define VERIFY_RET_ERRNO 8u       /* the libc layer returns the error number, errno untouched */
#define VERIFY_RET_NULL 16u       /* the libc layer fails with NULL, not -1 */
#define VERIFY_NO_INJECT_LIBC 32u /* only the raw layer is fault-injected: `why` says why */
#define VERIFY_VDSO                                                                                \
  64u /* the libc layer may be served by the vDSO, with no system call:                            \
       * it is checked where the vDSO is switched off (SYSGATE_NO_VDSO=1) */
struct verify_rule {
  const char *name;  /* a row's name; "sys_<name>" for a raw-only row of its own */
  const char *kname; /* the call strace names, when not the row's name; NULL otherwise */
  unsigned flags;
  const char *why;
  /* Makes the values pass the wrapper's own checks (an aligned offset ...). */
  void (*fix)(long long *v);
  /* The calls the kernel must see; NULL: the default (rows.c, verify_expect()). */
  void (*expect)(const struct verify_row *row, const long long *v, struct verify_expect *e);
};

extern const struct verify_row verify_rows[];
extern const int verify_nrows;

/* The row's options in the table ("plain", "nofail", "sigset", ...), or "explicit". */
const char *verify_kind(const struct verify_row *row);

/* The rule for a row, or NULL when the default says it all. */
const struct verify_rule *verify_rule(const struct verify_row *row);

/* Distinctive argument values for one call: pointers into a zeroed arena,
 * numbers that say row, layer and position; then the rule's fix. */
void verify_values(int row, enum verify_layer layer, long long *v);

/* What the kernel must see when row's layer is called with v. */
void verify_expect(const struct verify_row *row, enum verify_layer layer, const long long *v,
                   struct verify_expect *out);

/* Is the vDSO in use in this process (sysgate/vdso.h)? */
int verify_vdso_active(void);

/* The register a value of this argument's type becomes: (long)(type)v. */
unsigned long verify_reg(const struct verify_arg *arg, long long v);

#endif
