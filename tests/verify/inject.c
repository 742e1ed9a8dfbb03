/* inject: seccomp fault injection for every wrapper. For each row and layer, a
 * child installs a filter that answers the row's own system calls (the kernel
 * names of rows.c's rules) with errno 3000+row, and every other call but exit
 * with 4095; then it makes the call. The raw layer must return -(3000+row), the
 * libc layer its failure value (-1, NULL, or the number itself) with errno set
 * to exactly 3000+row; a call that cannot fail (option nofail) returns the
 * kernel's -(3000+row) as it is, errno untouched.
 *
 *   inject           the run: "ok"/"FAIL" per call, a summary, status 1 on failure
 *   inject --list    the rows it covers and what it leaves out, for coverage
 *
 * Not obvious: the filter's numbers come from sysgate's own name table
 * (sysgate_syscall_number); the strace oracle checks the numbers independently.
 * An errno no kernel path returns proves the value came from this filter, and
 * one per row proves it was this row's call. A wrapper that makes another call
 * than its rule says gets 4095, not its own errno, and fails.
 */
#include <sysgate.h>

#include "../nostdlib/check.h"
#include "rows.h"
#include "seccomp.h"

#define INJECT_BASE 3000
#define INJECT_OTHER 4095
#define INJECT_CANARY 12345

struct inject_result {
  int installed; /* the filter went in */
  long ret;      /* what the call returned */
  int err;       /* errno after it */
};

static struct inject_result *shared;

static int skipped(const struct verify_row *row, enum verify_layer layer, const char **why) {
  const struct verify_rule *rule = verify_rule(row);
  unsigned flags = rule ? rule->flags : 0;
  *why = rule ? rule->why : 0;
  if (layer == VERIFY_LIBC && (flags & VERIFY_VDSO) && verify_vdso_active()) {
    *why = "served by the vDSO here, with no system call (ctest runs this with SYSGATE_NO_VDSO=1)";
    return 1;
  }
  return (flags & VERIFY_NO_INJECT) || (layer == VERIFY_LIBC && (flags & VERIFY_NO_INJECT_LIBC));
}

/* The child: filter, call, record, exit. Never returns. */
static void child(const struct verify_row *row, long (*fn)(const long long *), const long long *v,
                  const long *nrs, int nnrs, int err) {
  struct verify_filter f;
  verify_filter_begin(&f);
  verify_filter_nr(&f, SYS_exit_group, VERIFY_SECCOMP_ALLOW);
  verify_filter_nr(&f, SYS_exit, VERIFY_SECCOMP_ALLOW);
  for (int i = 0; i < nnrs; i++)
    verify_filter_nr(&f, nrs[i], VERIFY_SECCOMP_ERRNO | (unsigned)err);
  verify_bpf(&f, VERIFY_BPF_RET, 0, 0, VERIFY_SECCOMP_ERRNO | INJECT_OTHER);
  (void)row;
  if (verify_filter_install(&f) == 0) {
    shared->installed = 1;
    errno = INJECT_CANARY;
    shared->ret = fn(v);
    shared->err = errno;
  }
  syscall1(SYS_exit_group, 0);
  for (;;)
    ;
}

/* Appends the numbers of a rule's call name, "a" or "a|b" (either may be the one
 * made; "syscall_0x..." is strace's spelling, not a name). */
static int add_numbers(const char *names, long *nrs, int n) {
  char one[64];
  while (*names) {
    unsigned len = 0;
    while (names[len] && names[len] != '|' && len < sizeof one - 1)
      one[len] = names[len], len++;
    one[len] = '\0';
    names += len + (names[len] == '|');
    long nr = sysgate_syscall_number(SYSGATE_ARCH_NATIVE, one);
    if (nr >= 0)
      nrs[n++] = nr;
  }
  return n;
}

/* Did the call fail the way its layer must? */
static int judge(const struct verify_row *row, enum verify_layer layer, int err) {
  if (layer == VERIFY_SYS)
    return shared->ret == -err;
  const struct verify_rule *rule = verify_rule(row);
  unsigned flags = rule ? rule->flags : 0;
  /* The value as the return type holds it: (unsigned int)-1, (void *)-1, (off_t)-1 ... */
  unsigned long mask = row->ret.size >= sizeof(long) ? ~0ul : (1ul << (8 * row->ret.size)) - 1;
  if (flags & VERIFY_RET_ERRNO)
    return shared->ret == err && shared->err == INJECT_CANARY;
  if (str_eq(verify_kind(row), "nofail")) /* the kernel's value as it is */
    return ((unsigned long)shared->ret & mask) == (-(unsigned long)err & mask) &&
           shared->err == INJECT_CANARY;
  if (shared->err != err)
    return 0;
  if (flags & VERIFY_RET_NULL)
    return shared->ret == 0;
  return ((unsigned long)shared->ret & mask) == mask;
}

static int run(int k, enum verify_layer layer, int *covered) {
  const struct verify_row *row = &verify_rows[k];
  long (*fn)(const long long *) = layer == VERIFY_SYS ? row->call_sys : row->call_libc;
  const char *why, *label = layer == VERIFY_SYS ? "sys_" : "";
  if (!fn || skipped(row, layer, &why))
    return 0;
  long long v[VERIFY_MAX_ARGS];
  struct verify_expect e;
  long nrs[2 * VERIFY_MAX_CALLS];
  int err = INJECT_BASE + k;
  verify_values(k, layer, v);
  verify_expect(row, layer, v, &e);
  int nnrs = 0;
  for (int i = 0; i < e.ncalls; i++) {
    int before = nnrs;
    nnrs = add_numbers(e.call[i].name, nrs, nnrs);
    if (nnrs == before) {
      put("FAIL ");
      put(label);
      put(row->name);
      put(": no number for the call ");
      put(e.call[i].name);
      put("\n");
      return 1;
    }
  }
  shared->installed = 0;
  shared->ret = 0;
  shared->err = 0;
  long pid = syscall0(SYS_fork);
  if (pid == 0)
    child(row, fn, v, nrs, nnrs, err);
  int status = 0;
  if (pid < 0 || syscall4(SYS_wait4, pid, (long)&status, 0, 0) != pid) {
    put("FAIL fork/wait\n");
    return 1;
  }
  if (!shared->installed) {
    put("SKIPPED: cannot install a seccomp filter\n");
    return 77;
  }
  (*covered)++;
  int ok = (status & 0x7f) == 0 && judge(row, layer, err);
  put(ok ? "ok " : "FAIL ");
  put(label);
  put(row->name);
  put(": injected ");
  put_long(err);
  put(", got ");
  put_long(shared->ret);
  if (layer == VERIFY_LIBC) {
    put(" errno ");
    put_long(shared->err);
  }
  if ((status & 0x7f) != 0) {
    put(" (killed by signal ");
    put_long(status & 0x7f);
    put(")");
  }
  put("\n");
  return ok ? 0 : 1;
}

static int list(void) {
  for (int k = 0; k < verify_nrows; k++) {
    const struct verify_row *row = &verify_rows[k];
    for (int layer = VERIFY_SYS; layer <= VERIFY_LIBC; layer++) {
      const char *why;
      if (!(layer == VERIFY_SYS ? row->call_sys : row->call_libc))
        continue;
      int skip = skipped(row, (enum verify_layer)layer, &why);
      put(skip ? "skip " : "row ");
      put(row->name);
      put(layer == VERIFY_SYS ? " sys" : " libc");
      if (skip) {
        put(" ");
        put(why);
      }
      put("\n");
    }
  }
  put("skip _exit libc never returns: it has no failure to report\n"
      "skip exit libc never returns: it has no failure to report\n");
  return 0;
}

int main(int argc, char **argv) {
  if (argc > 1 && str_eq(argv[1], "--list"))
    return list();
  long page = sys_mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (sysgate_is_error(page)) {
    put("FAIL: no shared page\n");
    return 1;
  }
  shared = (struct inject_result *)page;
  int failed = 0, covered = 0;
  for (int k = 0; k < verify_nrows; k++) {
    for (int layer = VERIFY_SYS; layer <= VERIFY_LIBC; layer++) {
      int r = run(k, (enum verify_layer)layer, &covered);
      if (r == 77)
        return 77;
      failed += r;
    }
  }
  put("inject: ");
  put_long(covered);
  put(" calls, ");
  put_long(failed);
  put(" failed\n");
  return failed != 0;
}
