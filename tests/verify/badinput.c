/* badinput: every wrapper's libc layer on bad input, against glibc's function of
 * the same name on the same input. Per argument, by its declared type and name:
 *   pointer          NULL, an unmapped address
 *   descriptor       -1, a closed descriptor          (int named fd, *fd, fd_*)
 *   length           0, the type's maximum            (unsigned, named *len*, *count*, *size*, n)
 *   offset           -1, -4096                        (signed 64-bit, or named *off* or *pos*)
 *   flags            an unknown bit (1 << 30)         (named *flags*)
 * with every other argument ordinary (an open /dev/null, a zeroed buffer, 16, 0).
 * Both must fail with the same errno, or both succeed, or both block; our code
 * must not crash where glibc's does not, and the raw layer must not crash at all
 * unless the libc layer does. A wrapper glibc lacks is checked for crashes only.
 *
 *   badinput          the run: failures and notable cases, then the figures
 *   badinput --list   the rows it covers and what it leaves out, for coverage
 *
 * Not obvious: glibc's functions are reached through weak references declared
 * with sysgate's own prototypes (__typeof__), under glibc's symbol names (on
 * i386 the LFS and time64 ones, lseek64, __clock_settime64 ...). Calling glibc
 * with our prototype is itself a check: an ABI mismatch shows as a different
 * result. A name glibc does not export is a null weak reference, not a link error.
 */
#include <sysgate.h>

#include "../nostdlib/check.h"
#include "badinput.h"
#include "rows.h"

/* --- glibc's functions ------------------------------------------------------------ */

/* glibc's symbol for a wrapper, where it is not the wrapper's name: i386 glibc keeps
 * the 32-bit off_t and time_t ABI under the plain names. */
#if defined(__i386__)
#define BI_GLIBC_open ~, "open64"
#define BI_GLIBC_openat ~, "openat64"
#define BI_GLIBC_creat ~, "creat64"
#define BI_GLIBC_lseek ~, "lseek64"
#define BI_GLIBC_pread ~, "pread64"
#define BI_GLIBC_pwrite ~, "pwrite64"
#define BI_GLIBC_preadv ~, "preadv64"
#define BI_GLIBC_pwritev ~, "pwritev64"
#define BI_GLIBC_preadv2 ~, "preadv64v2"
#define BI_GLIBC_pwritev2 ~, "pwritev64v2"
#define BI_GLIBC_truncate ~, "truncate64"
#define BI_GLIBC_ftruncate ~, "ftruncate64"
#define BI_GLIBC_fallocate ~, "fallocate64"
#define BI_GLIBC_mmap ~, "mmap64"
#define BI_GLIBC_sendfile ~, "sendfile64"
#define BI_GLIBC_getrlimit ~, "getrlimit64"
#define BI_GLIBC_setrlimit ~, "setrlimit64"
#define BI_GLIBC_prlimit ~, "prlimit64"
#define BI_GLIBC_statfs ~, "statfs64"
#define BI_GLIBC_fstatfs ~, "fstatfs64"
#define BI_GLIBC_stat ~, "__stat64_time64"
#define BI_GLIBC_fstat ~, "__fstat64_time64"
#define BI_GLIBC_lstat ~, "__lstat64_time64"
#define BI_GLIBC_fstatat ~, "__fstatat64_time64"
#define BI_GLIBC_fcntl ~, "__fcntl_time64"
#define BI_GLIBC_ioctl ~, "__ioctl_time64"
#define BI_GLIBC_prctl ~, "__prctl_time64"
#define BI_GLIBC_nanosleep ~, "__nanosleep64"
#define BI_GLIBC_clock_nanosleep ~, "__clock_nanosleep_time64"
#define BI_GLIBC_clock_settime ~, "__clock_settime64"
#define BI_GLIBC_timerfd_settime ~, "__timerfd_settime64"
#define BI_GLIBC_timerfd_gettime ~, "__timerfd_gettime64"
#define BI_GLIBC_utimensat ~, "__utimensat64"
#define BI_GLIBC_utimes ~, "__utimes64"
#define BI_GLIBC_lutimes ~, "__lutimes64"
#define BI_GLIBC_futimes ~, "__futimes64"
#define BI_GLIBC_futimesat ~, "__futimesat64"
#define BI_GLIBC_timer_settime ~, "__timer_settime64"
#define BI_GLIBC_timer_gettime ~, "__timer_gettime64"
#define BI_GLIBC_sigtimedwait ~, "__sigtimedwait64"
#define BI_GLIBC_ppoll ~, "__ppoll64"
#define BI_GLIBC_pselect ~, "__pselect64"
#define BI_GLIBC_select ~, "__select64"
#define BI_GLIBC_getitimer ~, "__getitimer64"
#define BI_GLIBC_setitimer ~, "__setitimer64"
#define BI_GLIBC_getrusage ~, "__getrusage64"
#define BI_GLIBC_wait4 ~, "__wait4_time64"
#define BI_GLIBC_sched_rr_get_interval ~, "__sched_rr_get_interval64"
#define BI_GLIBC_getsockopt ~, "__getsockopt64"
#define BI_GLIBC_setsockopt ~, "__setsockopt64"
#define BI_GLIBC_recvmsg ~, "__recvmsg64"
#define BI_GLIBC_sendmsg ~, "__sendmsg64"
#define BI_GLIBC_msgctl ~, "__msgctl64"
#define BI_GLIBC_semctl ~, "__semctl64"
#define BI_GLIBC_semtimedop ~, "__semtimedop64"
#define BI_GLIBC_shmctl ~, "__shmctl64"
#define BI_GLIBC_mq_timedsend ~, "__mq_timedsend_time64"
#define BI_GLIBC_mq_timedreceive ~, "__mq_timedreceive_time64"
#endif
#define BI_SECOND_(a, b, ...) b
#define BI_SECOND(...) BI_SECOND_(__VA_ARGS__)
#define BI_SYM(name) BI_SECOND(BI_GLIBC_##name, #name, ~)

#define BI_DECLARE(n, T, name, ...)                                                                \
  extern __typeof__(name) badinput_glibc_##name __asm__(BI_SYM(name)) __attribute__((weak));       \
  static long badinput_call_##name(const long long *v) {                                           \
    (void)v;                                                                                       \
    return (long)badinput_glibc_##name(VERIFY_CALLARGS_##n(v, __VA_ARGS__));                       \
  }                                                                                                \
  static int badinput_has_##name(void) {                                                           \
    return badinput_glibc_##name != 0;                                                             \
  }
#define BI_NONE(n, name, ...)
VERIFY_ALL_ROWS(BI_DECLARE, BI_DECLARE, BI_NONE, BI_DECLARE)

struct badinput_glibc {
  const char *name, *symbol;
  long (*call)(const long long *v);
  int (*present)(void);
};
#define BI_ENTRY(n, T, name, ...) {#name, BI_SYM(name), badinput_call_##name, badinput_has_##name},
static const struct badinput_glibc glibc_calls[] = {
    VERIFY_ALL_ROWS(BI_ENTRY, BI_ENTRY, BI_NONE, BI_ENTRY){0, 0, 0, 0}};

static const struct badinput_glibc *glibc_for(const struct verify_row *row) {
  for (const struct badinput_glibc *g = glibc_calls; g->name; g++)
    if (str_eq(g->name, row->name))
      return g;
  return 0;
}

/* Where sysgate and glibc part on purpose: a row, an argument, the value's kind. */
struct badinput_known {
  const char *name, *arg, *value, *why;
};
static const struct badinput_known known[] = {
    {"getcwd", "buf", "NULL",
     "glibc allocates a buffer for NULL (an extension); POSIX, and sysgate, "
     "say EINVAL"},
    {"getrlimit", "rlim", "NULL",
     "x86_64 glibc asks prlimit64 for no result; the kernel's getrlimit "
     "(sysgate's) writes one: EFAULT"},
    {"setrlimit", "rlim", "NULL",
     "x86_64 glibc's prlimit64 with no new limit changes nothing; the "
     "kernel's setrlimit (sysgate's) reads one: EFAULT"},
    {0, 0, 0, 0},
};

/* --- classes of arguments ------------------------------------------------------------ */

enum bi_class { BI_OTHER, BI_PTR, BI_FD, BI_LEN, BI_OFF, BI_FLAGS };

static int has(const char *s, const char *part) {
  for (; *s; s++) {
    const char *a = s, *b = part;
    while (*b && *a == *b)
      a++, b++;
    if (!*b)
      return 1;
  }
  return 0;
}
static int ends(const char *s, const char *tail) {
  size_t n = strlen(s), m = strlen(tail);
  return n >= m && str_eq(s + n - m, tail);
}

static enum bi_class classify(const struct verify_arg *a) {
  const char *n = a->name;
  if (a->is_ptr)
    return BI_PTR;
  if (a->size == sizeof(int) && a->is_signed &&
      (ends(n, "fd") || ends(n, "_fd") || (n[0] == 'f' && n[1] == 'd' && n[2] == '_')))
    return BI_FD;
  if (has(n, "flags"))
    return BI_FLAGS;
  if (!a->is_signed && (has(n, "len") || has(n, "count") || has(n, "size") || str_eq(n, "n")))
    return BI_LEN;
  if (a->is_signed && (a->size == 8 || has(n, "off") || has(n, "pos")))
    return BI_OFF;
  return BI_OTHER;
}

struct bi_value {
  long long v;
  const char *what;
};

/* The bad values of a class; returns how many. */
static int bad_values(enum bi_class c, const struct verify_arg *a, struct bi_value *out) {
  unsigned long long max = a->size >= 8 ? ~0ull : (1ull << (8 * a->size)) - 1;
  switch (c) {
  case BI_PTR:
    out[0] = (struct bi_value){0, "NULL"};
    out[1] = (struct bi_value){(long long)(uintptr_t)badinput_unmapped(), "unmapped"};
    return 2;
  case BI_FD:
    out[0] = (struct bi_value){-1, "-1"};
    out[1] = (struct bi_value){badinput_closed_fd(), "closed"};
    return 2;
  case BI_LEN:
    out[0] = (struct bi_value){0, "0"};
    out[1] = (struct bi_value){(long long)max, "max"};
    return 2;
  case BI_OFF:
    out[0] = (struct bi_value){-1, "-1"};
    out[1] = (struct bi_value){-4096, "-4096"};
    return 2;
  case BI_FLAGS:
    out[0] = (struct bi_value){1ll << 30, "bit30"};
    return 1;
  case BI_OTHER:
    break;
  }
  return 0;
}

static long long ordinary(const struct verify_arg *a, int position) {
  /* A zeroed struct rlimit with resource 0 would set RLIMIT_CPU to 0: the kernel
   * then kills the child at its next tick, before or after it reports. */
  if (str_eq(a->name, "resource"))
    return 7; /* RLIMIT_NOFILE: the child opens nothing after the call */
  /* System V IPC: key 0 is IPC_PRIVATE, which makes a new object on every call,
   * and id 0 with cmd 0 (IPC_RMID) would remove a real one: a key and an id that
   * name nothing (ENOENT, EINVAL) leave the system's objects alone. */
  if (str_eq(a->name, "key") && str_eq(a->type, "key_t"))
    return 0x5ca1ab1e;
  if (str_eq(a->name, "id") && str_eq(a->type, "int"))
    return 0x7fffffff;
  switch (classify(a)) {
  case BI_PTR:
    return (long long)(uintptr_t)badinput_buffer(position);
  case BI_FD:
    return badinput_open_fd();
  case BI_LEN:
    return 16;
  default:
    return 0;
  }
}

/* --- one case ------------------------------------------------------------------------- */

static struct {
  int cases, rows_glibc, rows_ours, failed, known_diff, crash_as_glibc, glibc_crashed;
  int efault, ebadf;
  int ptr_cases, fd_cases;
} fig;

/* A fast timer for the common case; a blocked call is run again with a slow one
 * before a difference is believed (the machine may just be busy). */
#define FAST_MS 200
#define SLOW_MS 3000
#define SIGALRM_NR 14

static int is_failure(const struct verify_row *row, long ret) {
  unsigned long mask = row->ret.size >= sizeof(long) ? ~0ul : (1ul << (8 * row->ret.size)) - 1;
  const struct verify_rule *rule = verify_rule(row);
  if (rule && (rule->flags & VERIFY_RET_ERRNO))
    return ret != 0;
  if (rule && (rule->flags & VERIFY_RET_NULL))
    return ret == 0;
  return ((unsigned long)ret & mask) == mask;
}

/* An outcome as one comparable word: the errno, "ok", "blocked" or "SIGn".
 * row NULL: a raw layer's value, -errno on failure. */
static void outcome(const struct verify_row *row, const struct badinput_result *r, char *out) {
  char *p = out;
  const char *word;
  if (r->status) {
    word = "harness-failure";
  } else if (r->signal == SIGALRM_NR) {
    word = "blocked";
  } else if (r->signal) {
    word = "SIG";
  } else if (row ? is_failure(row, r->ret) : sysgate_is_error(r->ret)) {
    const struct verify_rule *rule = row ? verify_rule(row) : 0;
    int e = !row ? (int)-r->ret : rule && (rule->flags & VERIFY_RET_ERRNO) ? (int)r->ret : r->err;
    const char *name = sysgate_errno_name(e);
    word = name ? name : "E?";
  } else {
    word = "ok";
  }
  while (*word)
    *p++ = *word++;
  if (r->signal && r->signal != SIGALRM_NR) {
    char digits[4];
    int n = 0, s = r->signal;
    do
      digits[n++] = (char)('0' + s % 10);
    while ((s /= 10) != 0);
    while (n)
      *p++ = digits[--n];
  }
  *p = '\0';
}

static const char *known_difference(const struct verify_row *row, const struct verify_arg *a,
                                    const char *what) {
  for (const struct badinput_known *k = known; k->name; k++)
    if (str_eq(k->name, row->name) && str_eq(k->arg, a->name) && str_eq(k->value, what))
      return k->why;
  return 0;
}

static void report(const char *tag, const struct verify_row *row, const struct verify_arg *a,
                   const char *what, const char *ours, const char *sys, const char *glibc,
                   const char *why) {
  put(tag);
  put(" ");
  put(row->name);
  put("(");
  put(a->name);
  put("=");
  put(what);
  put("): ours ");
  put(ours);
  put(", raw ");
  put(sys);
  if (glibc) {
    put(", glibc ");
    put(glibc);
  }
  if (why) {
    put(" -- ");
    put(why);
  }
  put("\n");
}

/* ASan's own mlock family does nothing and returns 0 (sanitizer_common): no glibc there. */
static int asan_replaces(const char *name) {
  return str_eq(name, "mlock") || str_eq(name, "munlock") || str_eq(name, "mlockall") ||
         str_eq(name, "munlockall");
}

static void run_case(const struct verify_row *row, const struct badinput_glibc *g, int i,
                     const struct bi_value *bad, enum bi_class c) {
  long long v[VERIFY_MAX_ARGS];
  for (int k = 0; k < VERIFY_MAX_ARGS; k++)
    v[k] = k < row->nargs ? ordinary(&row->arg[k], k) : 0;
  v[i] = bad->v;
  struct badinput_result r[BADINPUT_MAX_RUN] = {{0}}, none = {0};
  char o[32], s[32] = "-", t[32] = "-";
  int use_glibc = g && g->present() && !(badinput_sanitized() && asan_replaces(row->name));
  long (*fns[BADINPUT_MAX_RUN])(const long long *) = {0};
  int *errps[BADINPUT_MAX_RUN] = {0};
  int n = 0, io = n++, is = -1, ig = -1;
  fns[io] = row->call_libc, errps[io] = &errno;
  if (row->call_sys)
    is = n++, fns[is] = row->call_sys, errps[is] = &errno;
  if (use_glibc)
    ig = n++, fns[ig] = g->call;
  struct badinput_result *ours = &r[io], *sys = is >= 0 ? &r[is] : &none,
                         *theirs = ig >= 0 ? &r[ig] : &none;
  for (int ms = FAST_MS;; ms = SLOW_MS) {
    if (badinput_run(n, fns, errps, v, ms, r) != 0)
      ours->status = 102;
    outcome(row, ours, o);
    if (row->call_sys)
      outcome(0, sys, s); /* only a crash counts against the raw layer */
    if (use_glibc)
      outcome(row, theirs, t);
    int blocked =
        ours->signal == SIGALRM_NR || sys->signal == SIGALRM_NR || theirs->signal == SIGALRM_NR;
    /* A call blocked in one child and not another may only have been slow. */
    int disagree = (use_glibc && !str_eq(o, t)) ||
                   (row->call_sys && (ours->signal == SIGALRM_NR) != (sys->signal == SIGALRM_NR));
    if (ms == SLOW_MS || !blocked || !disagree)
      break;
  }
  fig.cases++;
  if (c == BI_PTR) {
    fig.ptr_cases++;
    fig.efault += str_eq(o, "EFAULT");
  }
  if (c == BI_FD) {
    fig.fd_cases++;
    fig.ebadf += str_eq(o, "EBADF");
  }
  int ours_crashed = ours->signal && ours->signal != SIGALRM_NR;
  int sys_crashed = sys->signal && sys->signal != SIGALRM_NR;
  int glibc_crashed = use_glibc && theirs->signal && theirs->signal != SIGALRM_NR;
  const struct verify_arg *a = &row->arg[i];
  if (ours->status || sys->status || theirs->status) {
    fig.failed++;
    report("FAIL", row, a, bad->what, o, s, use_glibc ? t : 0,
           "the child did not get to the call (privileges, fork)");
  } else if (sys_crashed && !ours_crashed) {
    fig.failed++;
    report("FAIL", row, a, bad->what, o, s, use_glibc ? t : 0, "the raw layer crashed");
  } else if (glibc_crashed && !ours_crashed) {
    fig.glibc_crashed++;
    report("better", row, a, bad->what, o, s, t, "glibc crashes, sysgate reports");
  } else if (use_glibc && !str_eq(o, t)) {
    const char *why = known_difference(row, a, bad->what);
    if (why) {
      fig.known_diff++;
      report("known", row, a, bad->what, o, s, t, why);
    } else {
      fig.failed++;
      report("FAIL", row, a, bad->what, o, s, t, "not glibc's result");
    }
  } else if (ours_crashed && !use_glibc) {
    fig.failed++;
    report("FAIL", row, a, bad->what, o, s, 0, "crashed in sysgate");
  } else if (ours_crashed) {
    fig.crash_as_glibc++;
    report("crash", row, a, bad->what, o, s, t, "as glibc's does");
  }
}

static const char *why_not(const struct verify_row *row) {
  const struct verify_rule *rule = verify_rule(row);
  if (!row->call_libc)
    return "raw layer only: glibc has no such function (its libc row is checked)";
  if (rule && (rule->flags & VERIFY_NO_BADINPUT))
    return rule->why;
  for (int i = 0; i < row->nargs; i++)
    if (classify(&row->arg[i]) != BI_OTHER)
      return 0;
  return "no argument a bad value applies to";
}

static int list(void) {
  for (int k = 0; k < verify_nrows; k++) {
    const struct verify_row *row = &verify_rows[k];
    const char *why = why_not(row);
    const struct badinput_glibc *g = glibc_for(row);
    put(why ? "skip " : "row ");
    put(row->name);
    if (why) {
      put(" ");
      put(why);
    } else {
      put(g && g->present() ? " glibc " : " ours-only ");
      put(g ? g->symbol : "-");
    }
    put("\n");
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc > 1 && str_eq(argv[1], "--list"))
    return list();
  if (badinput_setup() != 0) {
    put("FAIL: cannot map the buffers or open /dev/null\n");
    return 1;
  }
  if (badinput_sanitized()) /* ctest sets ASAN_OPTIONS=handle_segv=0: a fault is a signal */
    put("note: under ASan, glibc's calls go through ASan's interceptors, which read or write\n"
        "  some arguments themselves: a crash there counts as glibc's\n");
  for (int k = 0; k < verify_nrows; k++) {
    const struct verify_row *row = &verify_rows[k];
    if (why_not(row))
      continue;
    const struct badinput_glibc *g = glibc_for(row);
    if (g && g->present())
      fig.rows_glibc++;
    else
      fig.rows_ours++;
    for (int i = 0; i < row->nargs; i++) {
      struct bi_value bad[2];
      enum bi_class c = classify(&row->arg[i]);
      int n = bad_values(c, &row->arg[i], bad);
      for (int b = 0; b < n; b++)
        run_case(row, g, i, &bad[b], c);
    }
  }
  put("badinput: ");
  put_long(fig.rows_glibc);
  put(" wrappers against glibc, ");
  put_long(fig.rows_ours);
  put(" without a glibc twin (crash checks); ");
  put_long(fig.cases);
  put(" cases; pointers: ");
  put_long(fig.efault);
  put(" of ");
  put_long(fig.ptr_cases);
  put(" EFAULT; fds: ");
  put_long(fig.ebadf);
  put(" of ");
  put_long(fig.fd_cases);
  put(" EBADF; ");
  put_long(fig.crash_as_glibc);
  put(" crash as glibc does; ");
  put_long(fig.glibc_crashed);
  put(" where glibc crashes and sysgate does not; ");
  put_long(fig.known_diff);
  put(" known differences; ");
  put_long(fig.failed);
  put(" failed\n");
  return fig.failed != 0;
}
