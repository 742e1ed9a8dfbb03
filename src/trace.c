/* Trace mode's printer (sysgate/trace.h): one strace-like line per call, on
 * fd 2, built in a stack buffer and written with one raw write.
 *
 * Not obvious: a traced call may be handed a bad pointer on purpose (EFAULT is
 * the kernel's answer, and must stay the only one), so strings and buffers are
 * never dereferenced here: process_vm_readv(2) on our own pid copies what is
 * readable and reports EFAULT for the rest, like strace reading its tracee.
 */
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/string.h>
#include <sysgate/syscall.h>
#include <sysgate/trace.h>

#define SG_TRACE_SHOWN 32 /* bytes of a string or buffer shown, as strace -s 32 */

struct line {
  char buf[512];
  size_t len;
};

static void add(struct line *l, const char *s, size_t n) {
  if (n > sizeof l->buf - l->len)
    n = sizeof l->buf - l->len;
  for (size_t i = 0; i < n; i++)
    l->buf[l->len++] = s[i];
}

static void adds(struct line *l, const char *s) {
  add(l, s, strlen(s));
}

static void add_unsigned(struct line *l, unsigned long v, unsigned base) {
  char digits[24];
  size_t n = 0;
  do
    digits[n++] = "0123456789abcdef"[v % base];
  while ((v /= base) != 0);
  if (base == 16)
    adds(l, "0x");
  while (n)
    add(l, &digits[--n], 1);
}

static void add_signed(struct line *l, long v) {
  if (v < 0) {
    adds(l, "-");
    add_unsigned(l, 0ul - (unsigned long)v, 10);
  } else {
    add_unsigned(l, (unsigned long)v, 10);
  }
}

/* Copies up to n bytes at addr without ever faulting; returns how many. */
static size_t peek(long addr, char *to, size_t n) {
  struct {
    void *base;
    size_t len;
  } local = {to, n}, remote = {(void *)addr, n};
  long pid = syscall0(SYS_getpid);
  long got = syscall6(SYS_process_vm_readv, pid, (long)&local, 1, (long)&remote, 1, 0);
  return sysgate_is_error(got) ? 0 : (size_t)got;
}

/* A quoted, escaped string of at most n bytes (stopping at NUL when asked). */
static void add_quoted(struct line *l, long addr, size_t n, int stop_at_nul) {
  char bytes[SG_TRACE_SHOWN + 1];
  size_t want = n > SG_TRACE_SHOWN ? SG_TRACE_SHOWN + 1 : n;
  size_t got = peek(addr, bytes, want);
  if (got == 0 && want > 0) {
    add_unsigned(l, (unsigned long)addr, 16); /* unreadable: the address, as strace */
    return;
  }
  adds(l, "\"");
  size_t i;
  for (i = 0; i < got && i < SG_TRACE_SHOWN && !(stop_at_nul && bytes[i] == 0); i++) {
    unsigned char c = (unsigned char)bytes[i];
    if (c == '\n')
      adds(l, "\\n");
    else if (c == '\t')
      adds(l, "\\t");
    else if (c == '"' || c == '\\') {
      adds(l, "\\");
      add(l, (const char *)&c, 1);
    } else if (c < 0x20 || c >= 0x7f) {
      adds(l, "\\x");
      add(l, &"0123456789abcdef"[c >> 4], 1);
      add(l, &"0123456789abcdef"[c & 15], 1);
    } else
      add(l, (const char *)&c, 1);
  }
  adds(l, "\"");
  if (i == SG_TRACE_SHOWN && (stop_at_nul ? i < got && bytes[i] != 0 : n > SG_TRACE_SHOWN))
    adds(l, "...");
}

static void add_open_flags(struct line *l, long flags) {
  static const struct {
    long bit;
    const char *name;
  } names[] = {
      {O_CREAT, "O_CREAT"},         {O_EXCL, "O_EXCL"},          {O_NOCTTY, "O_NOCTTY"},
      {O_TRUNC, "O_TRUNC"},         {O_APPEND, "O_APPEND"},      {O_NONBLOCK, "O_NONBLOCK"},
      {O_DIRECTORY, "O_DIRECTORY"}, {O_NOFOLLOW, "O_NOFOLLOW"},  {O_CLOEXEC, "O_CLOEXEC"},
      {O_PATH, "O_PATH"},           {O_LARGEFILE, "O_LARGEFILE"}};
  static const char *const access[] = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"};
  adds(l, access[flags & O_ACCMODE]);
  flags &= ~(long)O_ACCMODE;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (flags & names[i].bit) {
      adds(l, "|");
      adds(l, names[i].name);
      flags &= ~names[i].bit;
    }
  if (flags) {
    adds(l, "|");
    add_unsigned(l, (unsigned long)flags, 16); /* bits without a name, in hex */
  }
}

static int same(const char *a, const char *b) {
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

/* Calls whose second argument is a buffer and third its length: shown as text.
 * read's buffer is shown after the call, with only what the kernel filled. */
static int is_buffer_call(const char *name) {
  return same(name, "write") || same(name, "read");
}

void sysgate_trace(const char *name, long ret, int nargs, const struct sysgate_trace_arg *args) {
  struct line l = {.len = 0};
  adds(&l, name);
  adds(&l, "(");
  int buffer = nargs >= 3 && is_buffer_call(name);
  for (int i = 0; i < nargs; i++) {
    if (i)
      adds(&l, ", ");
    long v = args[i].value;
    if (buffer && i == 1) {
      long n = name[0] == 'r' ? (sysgate_is_error(ret) ? 0 : ret) : args[2].value;
      add_quoted(&l, v, (size_t)n, 0);
      continue;
    }
    switch (args[i].kind) {
    case SYSGATE_TRACE_STR:
      if (v)
        add_quoted(&l, v, SG_TRACE_SHOWN + 1, 1);
      else
        adds(&l, "NULL");
      break;
    case SYSGATE_TRACE_PTR:
      if (v)
        add_unsigned(&l, (unsigned long)v, 16);
      else
        adds(&l, "NULL");
      break;
    case SYSGATE_TRACE_OPEN_FLAGS:
      add_open_flags(&l, v);
      break;
    default:
      add_signed(&l, v);
    }
  }
  adds(&l, ") = ");
  if (sysgate_is_error(ret)) {
    const char *ename = sysgate_errno_name((int)-ret);
    adds(&l, "-1 ");
    adds(&l, ename ? ename : "E?");
    adds(&l, " (");
    adds(&l, strerror((int)-ret));
    adds(&l, ")");
  } else if ((unsigned long)ret >= 0x10000) {
    add_unsigned(&l, (unsigned long)ret, 16); /* an address (mmap) */
  } else {
    add_signed(&l, ret);
  }
  adds(&l, "\n");
  (void)syscall3(SYS_write, 2, (long)l.buf, (long)l.len);
}
