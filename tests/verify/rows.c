/* rows.c: the table of every wrapper (rows.h), the values each call is made
 * with, and what the kernel must see for it, per arch.
 *
 * The rules below are the independent half of the strace oracle: each is
 * written by hand from the system call's ABI (its man page, the kernel's
 * SYSCALL_DEFINE and the i386 compat entry points), with the uapi constants as
 * literals, never derived from sysgate's SYS_ numbers, macros or bodies. A row
 * without a rule must reach the kernel as the call of its own name with its
 * arguments in order, plus whatever its list's kind adds.
 *
 * Not obvious: the values are chosen so that no wrapper refuses them before the
 * kernel is asked (pointers into a zeroed arena, so a wrapper that reads a
 * struct reads zeros; positive numbers; an aligned mmap offset), because a
 * call refused in user space is invisible to strace and seccomp alike.
 */
#include <stdarg.h>

#include "rows.h"

#if defined(__i386__)
#define VERIFY_K(x86_64, i386) i386
#else
#define VERIFY_K(x86_64, i386) x86_64
#endif
#define VERIFY_I386 (sizeof(long) == 4)

/* --- the table ------------------------------------------------------------------- */

#define VERIFY_FN_BOTH(n, T, name, ...)                                                            \
  static long verify_sys_##name(const long long *v) {                                              \
    (void)v;                                                                                       \
    return sys_##name(VERIFY_CALLARGS_##n(v, __VA_ARGS__));                                        \
  }                                                                                                \
  static long verify_libc_##name(const long long *v) {                                             \
    (void)v;                                                                                       \
    return (long)name(VERIFY_CALLARGS_##n(v, __VA_ARGS__));                                        \
  }
#define VERIFY_FN_SYS(n, name, ...)                                                                \
  static long verify_rawonly_##name(const long long *v) {                                          \
    (void)v;                                                                                       \
    return sys_##name(VERIFY_CALLARGS_##n(v, __VA_ARGS__));                                        \
  }
#define VERIFY_FN_LIBC(n, T, name, ...)                                                            \
  static long verify_libconly_##name(const long long *v) {                                         \
    (void)v;                                                                                       \
    return (long)name(VERIFY_CALLARGS_##n(v, __VA_ARGS__));                                        \
  }
VERIFY_ALL_ROWS(VERIFY_FN_BOTH, VERIFY_FN_BOTH, VERIFY_FN_SYS, VERIFY_FN_LIBC)

/* Wrappers no row shape fits. */
static long verify_sys_sync(const long long *v) {
  (void)v;
  return sys_sync();
}
static long verify_libc_sync(const long long *v) {
  (void)v;
  sync(); /* void: only errno can tell */
  return 0;
}
/* syscall(2) with a number written here by hand, not taken from SYS_: mmap on
 * x86_64, mmap2 on i386, six arguments either way. */
#define VERIFY_SYSCALL_NR VERIFY_K(9, 192)
#define VERIFY_SYSCALL_NAME VERIFY_K("mmap", "mmap2")
static long verify_sys_syscall(const long long *v) {
  return sys_syscall(VERIFY_SYSCALL_NR, (long)v[0], (long)v[1], (long)v[2], (long)v[3], (long)v[4],
                     (long)v[5]);
}
static long verify_libc_syscall(const long long *v) {
  return syscall(VERIFY_SYSCALL_NR, (long)v[0], (long)v[1], (long)v[2], (long)v[3], (long)v[4],
                 (long)v[5]);
}
/* clone(3): the libc layer runs fn on the new stack; fn and stack must be non-NULL. */
static int verify_clone_fn(void *arg) {
  (void)arg;
  return 0;
}
static long verify_libc_clone(const long long *v) {
  return clone(verify_clone_fn, VERIFY_ARG(void *, v[0]), VERIFY_ARG(int, v[1]),
               VERIFY_ARG(void *, v[2]), VERIFY_ARG(pid_t *, v[3]), VERIFY_ARG(void *, v[4]),
               VERIFY_ARG(pid_t *, v[5]));
}

#define VERIFY_ROW_LIST(n, T, name, ...)                                                           \
  {#name,                                                                                          \
   0,                                                                                              \
   n,                                                                                              \
   {VERIFY_DESCS_##n(__VA_ARGS__)},                                                                \
   verify_sys_##name,                                                                              \
   verify_libc_##name,                                                                             \
   VERIFY_DESC(T, return )},
#define VERIFY_ROW_BOTH(n, T, name, ...)                                                           \
  {#name,                                                                                          \
   "explicit",                                                                                     \
   n,                                                                                              \
   {VERIFY_DESCS_##n(__VA_ARGS__)},                                                                \
   verify_sys_##name,                                                                              \
   verify_libc_##name,                                                                             \
   VERIFY_DESC(T, return )},
#define VERIFY_ROW_SYS(n, name, ...)                                                               \
  {#name, "explicit", n, {VERIFY_DESCS_##n(__VA_ARGS__)}, verify_rawonly_##name, 0, {0}},
#define VERIFY_ROW_LIBC(n, T, name, ...)                                                           \
  {#name,                                                                                          \
   "explicit",                                                                                     \
   n,                                                                                              \
   {VERIFY_DESCS_##n(__VA_ARGS__)},                                                                \
   0,                                                                                              \
   verify_libconly_##name,                                                                         \
   VERIFY_DESC(T, return )},

const struct verify_row verify_rows[] = {
    VERIFY_ALL_ROWS(VERIFY_ROW_LIST, VERIFY_ROW_BOTH, VERIFY_ROW_SYS, VERIFY_ROW_LIBC)
    /* hand-written entries */
    {"sync", "explicit", 0, {{0}}, verify_sys_sync, verify_libc_sync, VERIFY_DESC(int, return )},
    {"syscall",
     "explicit",
     6,
     {VERIFY_DESCS_6(-, long, a1, long, a2, long, a3, long, a4, long, a5, long, a6)},
     verify_sys_syscall,
     verify_libc_syscall,
     VERIFY_DESC(long, return )},
    {"clone",
     "explicit",
     6,
     {VERIFY_DESCS_6(-, void *, stack, int, flags, void *, arg, pid_t *, parent_tid, void *, tls,
                     pid_t *, child_tid)},
     0,
     verify_libc_clone,
     VERIFY_DESC(int, return )},
};
const int verify_nrows = sizeof verify_rows / sizeof verify_rows[0];

/* The kind of a list row, by name (VERIFY_KIND_TABLE, generated). */
struct verify_kind_entry {
  const char *name, *kind, *list;
};
static const struct verify_kind_entry verify_kinds[] = {VERIFY_KIND_TABLE{0, 0, 0}};

static int verify_streq(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

const char *verify_kind(const struct verify_row *row) {
  if (row->kind)
    return row->kind;
  for (const struct verify_kind_entry *k = verify_kinds; k->name; k++)
    if (verify_streq(k->name, row->name))
      return k->kind;
  return "unknown";
}

/* --- values ---------------------------------------------------------------------- */

/* Every pointer argument points into this, 256 bytes apart: zeros to read, room to write. */
#define VERIFY_SLOT 256
static unsigned char verify_arena[VERIFY_SLOT * VERIFY_MAX_ARGS * 2 * 512];

void verify_values(int row, enum verify_layer layer, long long *v) {
  const struct verify_row *r = &verify_rows[row];
  for (int i = 0; i < VERIFY_MAX_ARGS; i++) {
    const struct verify_arg *a = &r->arg[i];
    /* Row, layer and position in the digits; layer 1 has bit 0x40 (O_CREAT for an open
     * flag word, so the libc layer passes its variadic mode and the raw one does not). */
    long long n = 0x10000LL * (row + 1) + 0x40LL * layer + 0x100LL * (i + 1) + 0x11;
    if (i >= r->nargs)
      v[i] = 0;
    else if (a->is_ptr)
      v[i] = (long long)(uintptr_t)&verify_arena[((row % 512) * 2 + layer) * VERIFY_MAX_ARGS *
                                                     VERIFY_SLOT +
                                                 i * VERIFY_SLOT];
    else if (a->size > sizeof(long))
      v[i] = n + 0x300000000LL; /* a high word a one-register pass would lose */
    else
      v[i] = n;
  }
  const struct verify_rule *rule = verify_rule(r);
  if (rule && rule->fix)
    rule->fix(v);
}

unsigned long verify_reg(const struct verify_arg *arg, long long v) {
  if (arg->is_ptr || arg->size >= sizeof(long))
    return (unsigned long)v;
  int shift = 64 - 8 * arg->size;
  unsigned long long u = (unsigned long long)v << shift;
  /* The value as its type holds it, then widened to a register as C would. */
  long long widened = arg->is_signed ? (long long)u >> shift : (long long)(u >> shift);
  return (unsigned long)widened;
}

/* --- expectations ---------------------------------------------------------------- */

/* ex(e, name, fmt, ...): one call; fmt has a letter per argument: 'v' takes the
 * next unsigned long, '*' is any value (a pointer to the wrapper's own copy). */
static void ex(struct verify_expect *e, const char *name, const char *fmt, ...) {
  if (e->ncalls == VERIFY_MAX_CALLS)
    return;
  struct verify_call *c = &e->call[e->ncalls++];
  c->name = name;
  c->nargs = 0;
  c->any = 0;
  va_list ap;
  va_start(ap, fmt);
  for (; *fmt; fmt++, c->nargs++) {
    if (*fmt == '*')
      c->any |= 1u << c->nargs, c->arg[c->nargs] = 0;
    else
      c->arg[c->nargs] = va_arg(ap, unsigned long);
  }
  va_end(ap);
}

/* Every rule's expectation: e->layer says which layer is calling. */
#define EX_ARGS const struct verify_row *row, const long long *v, struct verify_expect *e
#define R(i) verify_reg(&row->arg[i], v[i])
#define LO(i) ((unsigned long)(uint32_t)(unsigned long long)v[i])
#define HI(i) ((unsigned long)(uint32_t)((unsigned long long)v[i] >> 32))

/* uapi values, as literals: <asm-generic/fcntl.h>, <linux/fcntl.h>, <linux/stat.h>. */
#define K_O_WRONLY 01ul
#define K_O_CREAT 0100ul
#define K_O_TRUNC 01000ul
#define K_O_LARGEFILE 0100000ul
#define K_O_TMPFILE 020200000ul /* with O_DIRECTORY */
#define K_AT_FDCWD ((unsigned long)-100L)
#define K_AT_SYMLINK_NOFOLLOW 0x100ul
#define K_AT_NO_AUTOMOUNT 0x800ul
#define K_AT_EMPTY_PATH 0x1000ul
#define K_STATX_BASIC_STATS 0x7fful
#define K_SIGSETSIZE 8ul /* _NSIG / 8 on x86 */
#define K_SIG_BLOCK 0ul
#define K_SIG_SETMASK 2ul
#define K_CLOCK_REALTIME 0ul
#define K_CLOCK_REALTIME_COARSE 5ul
#define K_CLONE_CHILD_SETTID 0x01000000LL
#define K_MREMAP_FIXED 2ul
#define K_STATFS64_SIZE 84ul /* i386 struct statfs64, the size statfs64 insists on */

/* open(2): every 32-bit open carries O_LARGEFILE (sysgate's off_t is 64-bit). The
 * raw layer passes the mode it is given; the variadic libc layer has one only with
 * O_CREAT or O_TMPFILE, and passes 0 otherwise. */
static unsigned long open_flags(unsigned long flags) {
  return flags | (VERIFY_I386 ? K_O_LARGEFILE : 0);
}
static unsigned long open_mode(const struct verify_expect *e, unsigned long flags,
                               unsigned long mode) {
  int has = (flags & K_O_CREAT) || (flags & K_O_TMPFILE) == K_O_TMPFILE;
  return e->layer == VERIFY_SYS || has ? mode : 0;
}
static void ex_open(EX_ARGS) {
  ex(e, "open", "vvv", R(0), open_flags(R(1)), open_mode(e, R(1), R(2)));
}
static void ex_openat(EX_ARGS) {
  ex(e, "openat", "vvvv", R(0), R(1), open_flags(R(2)), open_mode(e, R(2), R(3)));
}
static void ex_creat(EX_ARGS) {
  ex(e, "open", "vvv", R(0), open_flags(K_O_CREAT | K_O_WRONLY | K_O_TRUNC), R(1));
}
/* mremap(2): the libc layer reads new_address only with MREMAP_FIXED. */
static void ex_mremap(EX_ARGS) {
  int fixed = e->layer == VERIFY_SYS || (R(3) & K_MREMAP_FIXED);
  ex(e, "mremap", "vvvvv", R(0), R(1), R(2), R(3), fixed ? R(4) : 0ul);
}

/* mmap2(2): i386 passes the offset in 4096-byte units. */
static void fix_mmap(long long *v) {
  v[5] &= ~0xfffLL;
}
static void ex_mmap(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "mmap2", "vvvvvv", R(0), R(1), R(2), R(3), R(4), (unsigned long)(v[5] >> 12));
  else
    ex(e, "mmap", "vvvvvv", R(0), R(1), R(2), R(3), R(4), R(5));
}

/* The 64-bit offsets on i386 (arch/x86/kernel/sys_ia32.c): two registers, low word first. */
static void ex_pread(EX_ARGS) {
  const char *name = row->name[1] == 'r' ? "pread64" : "pwrite64";
  if (VERIFY_I386)
    ex(e, name, "vvvvv", R(0), R(1), R(2), LO(3), HI(3));
  else
    ex(e, name, "vvvv", R(0), R(1), R(2), R(3));
}
static void ex_truncate(EX_ARGS) {
  const char *name = row->name[0] == 'f' ? VERIFY_K("ftruncate", "ftruncate64")
                                         : VERIFY_K("truncate", "truncate64");
  if (VERIFY_I386)
    ex(e, name, "vvv", R(0), LO(1), HI(1));
  else
    ex(e, name, "vv", R(0), R(1));
}
static void ex_fallocate(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "fallocate", "vvvvvv", R(0), R(1), LO(2), HI(2), LO(3), HI(3));
  else
    ex(e, "fallocate", "vvvv", R(0), R(1), R(2), R(3));
}
/* readahead's offset: two registers on i386, low word first (arch/x86/kernel/sys_ia32.c,
 * ia32_readahead(fd, offset_lo, offset_hi, count)). */
static void ex_readahead(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "readahead", "vvvv", R(0), LO(1), HI(1), R(2));
  else
    ex(e, "readahead", "vvv", R(0), R(1), R(2));
}
/* fanotify_mark's 64-bit mask is two registers on i386, low word first
 * (fs/notify/fanotify/fanotify_user.c, COMPAT_SYSCALL_DEFINE6). */
static void ex_fanotify_mark(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "fanotify_mark", "vvvvvv", R(0), R(1), LO(2), HI(2), R(3), R(4));
  else
    ex(e, "fanotify_mark", "vvvvv", R(0), R(1), R(2), R(3), R(4));
}
/* _llseek(fd, offset_high, offset_low, &result, whence): high word first, the result
 * through a pointer (fs/read_write.c). */
static void ex_lseek(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "_llseek", "vvv*v", R(0), HI(1), LO(1), R(2));
  else
    ex(e, "lseek", "vvv", R(0), R(1), R(2));
}
/* preadv(fd, iov, iovcnt, pos_l, pos_h) (fs/read_write.c): on i386 the offset's two
 * halves; on x86_64 pos_l holds all of it and pos_h is shifted out (0 here), which
 * strace shows for preadv2 and not for preadv. */
static void ex_preadv(EX_ARGS) {
  if (VERIFY_I386 && row->nargs == 5)
    ex(e, row->name, "vvvvvv", R(0), R(1), R(2), LO(3), HI(3), R(4));
  else if (VERIFY_I386)
    ex(e, row->name, "vvvvv", R(0), R(1), R(2), LO(3), HI(3));
  else if (row->nargs == 5)
    ex(e, row->name, "vvvvvv", R(0), R(1), R(2), R(3), 0ul, R(4));
  else
    ex(e, row->name, "vvvv", R(0), R(1), R(2), R(3));
}

/* i386 stat: statx into the wrapper's own buffer, as fstatat would ask (fs/stat.c:
 * vfs_fstatat adds AT_NO_AUTOMOUNT); fstat names the descriptor with an empty path. */
static void ex_statx(struct verify_expect *e, unsigned long dirfd, unsigned long path,
                     unsigned long flags) {
  ex(e, "statx", "vvvv*", dirfd, path, flags | K_AT_NO_AUTOMOUNT, K_STATX_BASIC_STATS);
}
static void ex_stat(EX_ARGS) {
  int l = row->name[0] == 'l';
  if (VERIFY_I386)
    ex_statx(e, K_AT_FDCWD, R(0), l ? K_AT_SYMLINK_NOFOLLOW : 0);
  else
    ex(e, l ? "lstat" : "stat", "vv", R(0), R(1));
}
static void ex_fstat(EX_ARGS) {
  if (VERIFY_I386) /* the path is the wrapper's own "" */
    ex(e, "statx", "v*vv*", R(0), K_AT_EMPTY_PATH | K_AT_NO_AUTOMOUNT, K_STATX_BASIC_STATS);
  else
    ex(e, "fstat", "vv", R(0), R(1));
}
static void ex_fstatat(EX_ARGS) {
  if (VERIFY_I386)
    ex_statx(e, R(0), R(1), R(3));
  else
    ex(e, "newfstatat", "vvvv", R(0), R(1), R(2), R(3));
}
/* statfs64(path, sizeof(struct statfs64), buf) on i386 (fs/statfs.c). */
static void ex_statfs(EX_ARGS) {
  const char *name =
      row->name[0] == 'f' ? VERIFY_K("fstatfs", "fstatfs64") : VERIFY_K("statfs", "statfs64");
  if (VERIFY_I386)
    ex(e, name, "vvv", R(0), K_STATFS64_SIZE, R(1));
  else
    ex(e, name, "vv", R(0), R(1));
}
/* mknodat's dev is the kernel's 32-bit encoding (fs/namei.c: unsigned int dev). */
static void fix_mknod(long long *v) {
  v[2] &= 0xffffffffLL;
}
static void fix_mknodat(long long *v) {
  v[3] &= 0xffffffffLL;
}
static void ex_mknod(EX_ARGS) {
  ex(e, "mknodat", "vvvv", K_AT_FDCWD, R(0), R(1), LO(2));
}
static void ex_mknodat(EX_ARGS) {
  ex(e, "mknodat", "vvvv", R(0), R(1), R(2), LO(3));
}
/* faccessat(2)/fchmodat(2) have no flags argument; flags go to the *2 calls.
 * fchmodat2 (Linux 6.6) is newer than strace 6.1, which shows it by number
 * (452 on both arches, arch/x86/entry/syscalls/). */
static void ex_at2(EX_ARGS) {
  int access = row->name[1] == 'a';
  if (R(3) != 0)
    ex(e, access ? "faccessat2" : "fchmodat2|syscall_0x1c4", "vvvv", R(0), R(1), R(2), R(3));
  else
    ex(e, access ? "faccessat" : "fchmodat", "vvv", R(0), R(1), R(2));
}

/* i386: the y2038-safe calls take 64-bit timespecs; plain nanosleep has none. */
static void ex_nanosleep(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "clock_nanosleep_time64", "vvvv", K_CLOCK_REALTIME, 0ul, R(0), R(1));
  else
    ex(e, "nanosleep", "vv", R(0), R(1));
}
/* A wrapper that reads the caller's struct has the kernel touch it first
 * (sysgate/usercopy.h: rt_sigprocmask with no valid `how`, reading the first
 * word); the run's filter refuses it, so the copy is a plain one and no second
 * touch follows. (A struct written back would do the
 * same after the call; none is here: the calls fail, and i386 select's zeroed
 * timeval comes back unchanged, so it is not written.) */
static void ex_copy_in(struct verify_expect *e) {
  ex(e, "rt_sigprocmask", "v*vv", (unsigned long)-1L, 0ul, K_SIGSETSIZE);
}

/* i386: the kernel's itimerval and rusage have 32-bit fields: the wrapper converts
 * through its own copy. */
static void ex_itimer(EX_ARGS) {
  if (row->nargs == 2) {
    ex(e, "getitimer", VERIFY_I386 ? "v*" : "vv", R(0), R(1));
    return;
  }
  if (VERIFY_I386)
    ex_copy_in(e); /* new_value */
  ex(e, "setitimer", VERIFY_I386 ? "v**" : "vvv", R(0), R(1), R(2));
}
static void ex_getrusage(EX_ARGS) {
  ex(e, "getrusage", VERIFY_I386 ? "v*" : "vv", R(0), R(1));
}
static void ex_wait4(EX_ARGS) {
  ex(e, "wait4", VERIFY_I386 ? "vvv*" : "vvvv", R(0), R(1), R(2), R(3));
}
static void ex_waitpid(EX_ARGS) {
  ex(e, "wait4", "vvvv", R(0), R(1), R(2), 0ul);
}
/* waitid(2)'s fifth argument is a struct rusage the libc call has no room for. */
static void ex_waitid(EX_ARGS) {
  ex(e, "waitid", "vvvvv", R(0), R(1), R(2), R(3), 0ul);
}
/* i386: the 64-bit limits are prlimit64's on the calling process (pid 0). */
static void ex_rlimit(EX_ARGS) {
  if (!VERIFY_I386)
    ex(e, row->name, "vv", R(0), R(1));
  else if (row->name[0] == 'g')
    ex(e, "prlimit64", "vvvv", 0ul, R(0), 0ul, R(1));
  else
    ex(e, "prlimit64", "vvvv", 0ul, R(0), R(1), 0ul);
}

/* raise(3): all signals blocked around tgkill(getpid(), gettid(), sig), so that no
 * handler runs before the signal is queued. getpid and gettid are answered by the
 * run's filter, so their results, and so tgkill's first two arguments, are any. */
static void ex_raise(EX_ARGS) {
  ex(e, "rt_sigprocmask", "v**v", K_SIG_BLOCK, K_SIGSETSIZE);
  /* in the order the compiler evaluates tgkill's arguments: C leaves it open */
  ex(e, "getpid|gettid", "");
  ex(e, "getpid|gettid", "");
  ex(e, "tgkill", "**v", R(0));
  ex(e, "rt_sigprocmask", "v*vv", K_SIG_SETMASK, 0ul, K_SIGSETSIZE);
}
/* rt_sigaction(2): the kernel's struct differs from the libc one, so both are copies. */
static void ex_sigaction(EX_ARGS) {
  ex(e, "rt_sigaction", "v**v", R(0), K_SIGSETSIZE);
}
/* signal(): the number must be one sigaddset accepts, or no call is made. */
static void fix_signal(long long *v) {
  v[0] = 10; /* SIGUSR1 */
}
static void ex_signalfd(EX_ARGS) {
  ex(e, "signalfd4", "vvvv", R(0), R(1), K_SIGSETSIZE, R(2));
}
static void ex_sigwaitinfo(EX_ARGS) {
  ex(e, VERIFY_K("rt_sigtimedwait", "rt_sigtimedwait_time64"), "vvvv", R(0), R(1), 0ul,
     K_SIGSETSIZE);
}
/* i386 select: pselect6_time64 with the timeval converted into the wrapper's timespec. */
static void ex_select(EX_ARGS) {
  if (VERIFY_I386) {
    ex_copy_in(e); /* the timeval */
    ex(e, "pselect6_time64", "vvvv*v", R(0), R(1), R(2), R(3), 0ul);
  } else {
    ex(e, "select", "vvvvv", R(0), R(1), R(2), R(3), R(4));
  }
}
/* utimes, lutimes, futimes, futimesat: the timevals copied in and converted, then
 * utimensat (a descriptor's own times for futimes: no path). */
static void ex_utimes(EX_ARGS) {
  int has_dir = row->nargs == 3, is_fd = row->name[0] == 'f' && !has_dir;
  unsigned long tv = (unsigned long)R(row->nargs - 1);
  if (tv)
    ex_copy_in(e);
  unsigned long dir = has_dir || is_fd ? (unsigned long)R(0) : (unsigned long)-100L; /* AT_FDCWD */
  unsigned long path = is_fd ? 0ul : (unsigned long)R(has_dir ? 1 : 0);
  unsigned long flags = row->name[0] == 'l' ? 0x100ul : 0ul; /* AT_SYMLINK_NOFOLLOW */
  ex(e, VERIFY_K("utimensat", "utimensat_time64"), tv ? "vv*v" : "vvvv", dir, path,
     tv ? flags : 0ul, tv ? 0ul : flags);
}
/* reboot(2): glibc's one-argument reboot adds the two magic numbers. */
static void ex_reboot(EX_ARGS) {
  if (e->layer == VERIFY_SYS)
    ex(e, "reboot", "vvvv", R(0), R(1), R(2), R(3));
  else
    ex(e, "reboot", "vvvv", (unsigned long)(long)(int)0xfee1deadu, 672274793ul, R(0), 0ul);
}
/* timer_create(2): the libc layer reads sigev_notify first (SIGEV_THREAD is refused). */
static void ex_timer_create(EX_ARGS) {
  if (e->layer == VERIFY_LIBC && R(1))
    ex_copy_in(e);
  ex(e, "timer_create", "vvv", R(0), R(1), R(2));
}
/* The libc layers that copy the const timeout (the kernel writes the time left) and
 * add the signal set's size. */
static void ex_ppoll(EX_ARGS) {
  ex_copy_in(e);
  ex(e, VERIFY_K("ppoll", "ppoll_time64"), "vv*vv", R(0), R(1), R(3), K_SIGSETSIZE);
}
static void ex_pselect(EX_ARGS) {
  ex_copy_in(e);
  /* the sixth argument is the wrapper's {sigmask, size} pair */
  ex(e, VERIFY_K("pselect6", "pselect6_time64"), "vvvv**", R(0), R(1), R(2), R(3));
}
static void ex_epoll_pwait(EX_ARGS) {
  ex(e, row->name, "vvvvvv", R(0), R(1), R(2), R(3), R(4), K_SIGSETSIZE); /* epoll_pwait, 2 */
}
/* i386 accept is accept4 with no flags; recv and send are recvfrom and sendto
 * with no address. */
static void ex_accept(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "accept4", "vvvv", R(0), R(1), R(2), 0ul);
  else
    ex(e, "accept", "vvv", R(0), R(1), R(2));
}
static void ex_recv(EX_ARGS) {
  ex(e, row->name[0] == 'r' ? "recvfrom" : "sendto", "vvvvvv", R(0), R(1), R(2), R(3), 0ul, 0ul);
}
/* clone(2): i386 has tls before child_tid (CONFIG_CLONE_BACKWARDS). */
static void ex_clone(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "clone", "vvvvv", R(0), R(1), R(2), R(4), R(3));
  else
    ex(e, "clone", "vvvvv", R(0), R(1), R(2), R(3), R(4));
}
/* clone(3) with CLONE_CHILD_SETTID passes all three optional arguments; the
 * stack is the wrapper's, fn and arg pushed on it. */
static void fix_clone_libc(long long *v) {
  v[1] |= K_CLONE_CHILD_SETTID;
}
static void ex_clone_libc(EX_ARGS) {
  unsigned long flags = (unsigned int)v[1];
  if (VERIFY_I386)
    ex(e, "clone", "v*vvv", flags, R(3), R(4), R(5));
  else
    ex(e, "clone", "v*vvv", flags, R(3), R(5), R(4));
}
/* The time calls the vDSO serves; these are their system calls. i386 has only the
 * y2038-safe clock_gettime64 behind gettimeofday and time; the first call is refused
 * by the run's filter, so the time zone's gettimeofday never follows. getcpu's third
 * argument (tcache) is ignored by the kernel and not passed. */
static void ex_gettimeofday(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "clock_gettime64", "v*", K_CLOCK_REALTIME);
  else
    ex(e, "gettimeofday", "vv", R(0), R(1));
}
static void ex_time(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "clock_gettime64", "v*", K_CLOCK_REALTIME_COARSE);
  else
    ex(e, "time", "v", R(0));
}
static void ex_getcpu(EX_ARGS) {
  ex(e, "getcpu", "vv*", R(0), R(1));
}

/* System V IPC: i386 has no direct semop, only semtimedop_time64 with no timeout. */
static void ex_semop(EX_ARGS) {
  if (VERIFY_I386)
    ex(e, "semtimedop_time64", "vvvv", R(0), R(1), R(2), 0ul);
  else
    ex(e, "semop", "vvv", R(0), R(1), R(2));
}
/* semctl(3) reads its fourth argument only for a command that has one: SETVAL. */
#define K_SETVAL 16
static void fix_semctl(long long *v) {
  v[2] = K_SETVAL;
}
/* POSIX message queues: the libc layer drops the name's leading '/', and mq_open
 * reads mode and attr only with O_CREAT (which layer 1's flags carry). */
static void fix_mq_name(long long *v) {
  v[0] = (long long)(uintptr_t) "/verify_mq";
}
static void ex_mq_open(EX_ARGS) {
  if (e->layer == VERIFY_SYS)
    ex(e, "mq_open", "vvvv", R(0), R(1), R(2), R(3));
  else if (R(1) & K_O_CREAT)
    ex(e, "mq_open", "vvvv", R(0) + 1, R(1), R(2), R(3));
  else
    ex(e, "mq_open", "vvvv", R(0) + 1, R(1), 0ul, 0ul);
}
static void ex_mq_unlink(EX_ARGS) {
  ex(e, "mq_unlink", "v", e->layer == VERIFY_SYS ? R(0) : R(0) + 1);
}
static void ex_mq_send(EX_ARGS) {
  const char *name = row->name[3] == 's' ? VERIFY_K("mq_timedsend", "mq_timedsend_time64")
                                         : VERIFY_K("mq_timedreceive", "mq_timedreceive_time64");
  ex(e, name, "vvvvv", R(0), R(1), R(2), R(3), 0ul);
}
static void ex_mq_getattr(EX_ARGS) {
  ex(e, "mq_getsetattr", "vvv", R(0), 0ul, R(1));
}

int verify_vdso_active(void) {
  return SYSGATE_VDSO_FN(clock_gettime) != 0;
}

static void ex_syscall(EX_ARGS) {
  ex(e, VERIFY_SYSCALL_NAME, "vvvvvv", R(0), R(1), R(2), R(3), R(4), R(5));
}

#undef R
#undef LO
#undef HI

/* --- the rules ------------------------------------------------------------------- */

#define NAMED(row, kernel)                                                                         \
  { row, kernel, 0, 0, 0, 0 }
#define EXPECT(row, fn)                                                                            \
  { row, 0, 0, 0, 0, fn }
/* i386's calls with 32-bit ids (the plain ones take 16-bit ids) */
#define ID32(name) NAMED(#name, VERIFY_K(#name, #name "32"))

static const struct verify_rule verify_rules[] = {
    /* other names for the same arguments */
    NAMED("eventfd", "eventfd2"),
    NAMED("prlimit", "prlimit64"),
    NAMED("sigprocmask", "rt_sigprocmask"),
    NAMED("sigpending", "rt_sigpending"),
    NAMED("sigsuspend", "rt_sigsuspend"),
    NAMED("sigtimedwait", VERIFY_K("rt_sigtimedwait", "rt_sigtimedwait_time64")),
    NAMED("fcntl", VERIFY_K("fcntl", "fcntl64")),
    NAMED("sendfile", VERIFY_K("sendfile", "sendfile64")),
    NAMED("futex", VERIFY_K("futex", "futex_time64")),
    NAMED("clock_settime", VERIFY_K("clock_settime", "clock_settime64")),
    NAMED("timerfd_settime", VERIFY_K("timerfd_settime", "timerfd_settime64")),
    NAMED("timerfd_gettime", VERIFY_K("timerfd_gettime", "timerfd_gettime64")),
    NAMED("recvmmsg", VERIFY_K("recvmmsg", "recvmmsg_time64")),
    NAMED("utimensat", VERIFY_K("utimensat", "utimensat_time64")),
    NAMED("sched_rr_get_interval",
          VERIFY_K("sched_rr_get_interval", "sched_rr_get_interval_time64")),
    NAMED("sys_ppoll", VERIFY_K("ppoll", "ppoll_time64")),
    NAMED("sys_pselect6", VERIFY_K("pselect6", "pselect6_time64")),
    NAMED("sys_epoll_pwait", "epoll_pwait"),
    NAMED("sys_epoll_pwait2", "epoll_pwait2"),
    /* i386: the 32-bit id calls (the plain ones take 16-bit ids) */
    ID32(getuid),
    ID32(geteuid),
    ID32(getgid),
    ID32(getegid),
    ID32(setuid),
    ID32(setgid),
    ID32(setreuid),
    ID32(setregid),
    ID32(setresuid),
    ID32(setresgid),
    ID32(getresuid),
    ID32(getresgid),
    ID32(getgroups),
    ID32(setgroups),
    ID32(chown),
    ID32(fchown),
    ID32(lchown),
    ID32(setfsuid),
    ID32(setfsgid),
    NAMED("timer_settime", VERIFY_K("timer_settime", "timer_settime64")),
    NAMED("timer_gettime", VERIFY_K("timer_gettime", "timer_gettime64")),
    /* other arguments */
    EXPECT("open", ex_open),
    EXPECT("openat", ex_openat),
    EXPECT("creat", ex_creat),
    EXPECT("mremap", ex_mremap),
    {"mmap", 0, 0, 0, fix_mmap, ex_mmap},
    EXPECT("pread", ex_pread),
    EXPECT("pwrite", ex_pread),
    EXPECT("truncate", ex_truncate),
    EXPECT("ftruncate", ex_truncate),
    EXPECT("fallocate", ex_fallocate),
    EXPECT("readahead", ex_readahead),
    EXPECT("fanotify_mark", ex_fanotify_mark),
    EXPECT("lseek", ex_lseek),
    EXPECT("preadv", ex_preadv),
    EXPECT("pwritev", ex_preadv),
    EXPECT("preadv2", ex_preadv),
    EXPECT("pwritev2", ex_preadv),
    EXPECT("stat", ex_stat),
    EXPECT("lstat", ex_stat),
    EXPECT("fstat", ex_fstat),
    EXPECT("fstatat", ex_fstatat),
    EXPECT("statfs", ex_statfs),
    EXPECT("fstatfs", ex_statfs),
    {"mknod", 0, 0, 0, fix_mknod, ex_mknod},
    {"mknodat", 0, 0, 0, fix_mknodat, ex_mknodat},
    EXPECT("faccessat", ex_at2),
    EXPECT("fchmodat", ex_at2),
    EXPECT("nanosleep", ex_nanosleep),
    {"clock_nanosleep", VERIFY_K("clock_nanosleep", "clock_nanosleep_time64"), VERIFY_RET_ERRNO, 0,
     0, 0},
    EXPECT("getitimer", ex_itimer),
    EXPECT("setitimer", ex_itimer),
    EXPECT("getrusage", ex_getrusage),
    EXPECT("wait4", ex_wait4),
    EXPECT("waitpid", ex_waitpid),
    EXPECT("waitid", ex_waitid),
    EXPECT("getrlimit", ex_rlimit),
    EXPECT("setrlimit", ex_rlimit),
    EXPECT("raise", ex_raise),
    EXPECT("sigaction", ex_sigaction),
    {"signal", 0, 0, 0, fix_signal, ex_sigaction},
    EXPECT("signalfd", ex_signalfd),
    EXPECT("sigwaitinfo", ex_sigwaitinfo),
    EXPECT("select", ex_select),
    EXPECT("utimes", ex_utimes),
    EXPECT("timer_create", ex_timer_create),
    NAMED("klogctl", "syslog"),
    EXPECT("lutimes", ex_utimes),
    EXPECT("futimes", ex_utimes),
    EXPECT("futimesat", ex_utimes),
    EXPECT("ppoll", ex_ppoll),
    EXPECT("pselect", ex_pselect),
    EXPECT("epoll_pwait", ex_epoll_pwait),
    EXPECT("epoll_pwait2", ex_epoll_pwait),
    EXPECT("accept", ex_accept),
    EXPECT("recv", ex_recv),
    EXPECT("send", ex_recv),
    EXPECT("semop", ex_semop),
    {"semctl", 0, 0, 0, fix_semctl, 0},
    NAMED("semtimedop", VERIFY_K("semtimedop", "semtimedop_time64")),
    NAMED("mq_timedsend", VERIFY_K("mq_timedsend", "mq_timedsend_time64")),
    NAMED("mq_timedreceive", VERIFY_K("mq_timedreceive", "mq_timedreceive_time64")),
    {"mq_open", 0, 0, 0, fix_mq_name, ex_mq_open},
    {"mq_unlink", 0, 0, 0, fix_mq_name, ex_mq_unlink},
    NAMED("mq_close", "close"),
    EXPECT("mq_send", ex_mq_send),
    EXPECT("mq_receive", ex_mq_send),
    EXPECT("mq_getattr", ex_mq_getattr),
    NAMED("mq_setattr", "mq_getsetattr"),
    EXPECT("sys_clone", ex_clone),
    {"reboot", 0, VERIFY_NO_BADINPUT, "a valid command would stop or restart the machine", 0,
     ex_reboot},
    {"setdomainname", 0, VERIFY_NO_BADINPUT, "as root it would rename the machine's domain", 0, 0},
    {"clone3", 0, VERIFY_NO_BADINPUT, "a success would fork the harness (or start a thread)", 0, 0},
    {"clone", 0, VERIFY_NO_BADINPUT, "a success would start a thread on a made-up stack",
     fix_clone_libc, ex_clone_libc},
    {"syscall", 0, VERIFY_NO_BADINPUT,
     "no argument types: what is bad depends on the number; each call has its own row", 0,
     ex_syscall},
    {"getcwd", 0, VERIFY_RET_NULL, 0, 0, 0},
    {"clock_gettime", VERIFY_K("clock_gettime", "clock_gettime64"), VERIFY_VDSO, 0, 0, 0},
    {"clock_getres", VERIFY_K("clock_getres", "clock_getres_time64"), VERIFY_VDSO, 0, 0, 0},
    {"gettimeofday", 0, VERIFY_VDSO, 0, 0, ex_gettimeofday},
    {"time", 0, VERIFY_VDSO, 0, 0, ex_time},
    {"getcpu", 0, VERIFY_VDSO, 0, 0, ex_getcpu},
    {"getrandom", 0, VERIFY_VDSO, 0, 0, 0},
    {"brk", 0, VERIFY_NO_INJECT_LIBC | VERIFY_NO_BADINPUT,
     "the kernel's brk never fails with an errno: it returns the break, and the libc layer "
     "compares; a bad-input break would move the test's own heap",
     0, 0},
    {"sbrk", 0, VERIFY_NO_STRACE | VERIFY_NO_INJECT | VERIFY_NO_BADINPUT,
     "its calls depend on the break the library recorded earlier (tests/hosted cover it)", 0, 0},
    {"sync", 0, VERIFY_NO_INJECT_LIBC, "void: the libc layer has no failure to report", 0, 0},
    {"vfork", 0, VERIFY_NO_BADINPUT, "no arguments", 0, 0},
};

static int verify_rule_matches(const char *rule, const struct verify_row *row) {
  /* "sys_<name>" names a raw-only row; a plain name any row of that name */
  if (rule[0] == 's' && rule[1] == 'y' && rule[2] == 's' && rule[3] == '_') {
    if (row->call_libc)
      return 0;
    rule += 4;
  }
  return verify_streq(rule, row->name);
}

const struct verify_rule *verify_rule(const struct verify_row *row) {
  const struct verify_rule *found = 0;
  for (unsigned i = 0; i < sizeof verify_rules / sizeof verify_rules[0]; i++) {
    const struct verify_rule *r = &verify_rules[i];
    /* a raw-only rule wins over the plain one for a raw-only row */
    if (verify_rule_matches(r->name, row) && (!found || r->name[0] == 's'))
      found = r;
  }
  return found;
}

void verify_expect(const struct verify_row *row, enum verify_layer layer, const long long *v,
                   struct verify_expect *out) {
  out->ncalls = 0;
  out->layer = layer;
  const struct verify_rule *rule = verify_rule(row);
  if (rule && rule->expect) {
    rule->expect(row, v, out);
    return;
  }
  struct verify_call *c = &out->call[out->ncalls++];
  c->name = rule && rule->kname ? rule->kname : row->name;
  c->nargs = row->nargs;
  c->any = 0;
  for (int i = 0; i < row->nargs; i++) {
    c->arg[i] = verify_reg(&row->arg[i], v[i]);
    /* A 64-bit value cannot travel in one i386 register: such a row needs a rule. */
    if (!row->arg[i].is_ptr && row->arg[i].size > sizeof(long))
      c->name = "(a 64-bit argument in one 32-bit register)";
  }
  if (verify_streq(verify_kind(row), "sigset") && c->nargs < VERIFY_MAX_ARGS)
    c->arg[c->nargs++] = K_SIGSETSIZE;
}
