/* strace_calls: calls every wrapper once per layer with distinctive values, for
 * strace to watch (strace_check.py). Before each call it prints what the kernel
 * must see, from the hand-written rules of rows.c:
 *
 *   call <layer>:<wrapper> <kernel name> <nargs> <arg>...   (hex, or * for any)
 *
 * and the checker matches that, line by line, with strace's own decoding of
 * the call's name and raw registers (-e raw=all).
 *
 *   strace_calls [exit|_exit]   the run; it ends with exit(0x5a) or _exit(0x5b)
 *                               (ctest runs `_exit` with the vDSO switched off)
 *   strace_calls --list         the rows and what is left out, for coverage
 *
 * Not obvious: a seccomp filter answers every call but the program's own
 * output and its exit with an errno, so the made-up arguments (kill's pid,
 * munmap's address, execve's path) are never acted on, yet strace sees them
 * all (seccomp.h). Without seccomp the run is refused, not attempted.
 */
#include <sysgate.h>

#include "../nostdlib/check.h"
#include "rows.h"
#include "seccomp.h"

/* What the filter answers; nothing in the kernel returns it. */
#define STRACE_ERRNO 4000

static void put_hex(unsigned long v) {
  char buf[2 + 2 * sizeof v + 1];
  char *p = buf + sizeof buf;
  *--p = '\0';
  do
    *--p = "0123456789abcdef"[v & 15];
  while ((v >>= 4) != 0);
  *--p = 'x';
  *--p = '0';
  put(p);
}

static void put_call(const char *label, const char *wrapper, const struct verify_call *c) {
  put("call ");
  put(label);
  put(wrapper);
  put(" ");
  put(c->name);
  put(" ");
  put_long(c->nargs);
  for (int i = 0; i < c->nargs; i++) {
    put(" ");
    if (c->any & (1u << i))
      put("*");
    else
      put_hex(c->arg[i]);
  }
  put("\n");
}

static void run_row(int k, enum verify_layer layer) {
  const struct verify_row *row = &verify_rows[k];
  const struct verify_rule *rule = verify_rule(row);
  long (*fn)(const long long *) = layer == VERIFY_SYS ? row->call_sys : row->call_libc;
  if (!fn)
    return;
  /* The vDSO answers in user space: the run with SYSGATE_NO_VDSO=1 watches these. */
  if (layer == VERIFY_LIBC && rule && (rule->flags & VERIFY_VDSO) && verify_vdso_active())
    return;
  long long v[VERIFY_MAX_ARGS];
  struct verify_expect e;
  verify_values(k, layer, v);
  verify_expect(row, layer, v, &e);
  for (int i = 0; i < e.ncalls; i++)
    put_call(layer == VERIFY_SYS ? "sys:" : "libc:", row->name, &e.call[i]);
  fn(v);
}

static int list(void) {
  for (int k = 0; k < verify_nrows; k++) {
    const struct verify_row *row = &verify_rows[k];
    const struct verify_rule *rule = verify_rule(row);
    put(rule && (rule->flags & VERIFY_NO_STRACE) ? "skip " : "row ");
    put(row->name);
    put(row->call_sys ? " sys" : "");
    put(row->call_libc ? " libc" : "");
    put(" ");
    put(verify_kind(row));
    if (rule && (rule->flags & VERIFY_NO_STRACE)) {
      put(" ");
      put(rule->why);
    }
    put("\n");
  }
  /* The two ends, called last by the run itself. */
  put("row _exit libc final\nrow exit libc final\n");
  return 0;
}

int main(int argc, char **argv) {
  if (argc > 1 && str_eq(argv[1], "--list"))
    return list();
  struct verify_filter f;
  verify_filter_begin(&f);
  verify_filter_nr(&f, SYS_exit_group, VERIFY_SECCOMP_ALLOW);
  verify_filter_nr(&f, SYS_exit, VERIFY_SECCOMP_ALLOW);
  verify_filter_stdout(&f);
  verify_bpf(&f, VERIFY_BPF_RET, 0, 0, VERIFY_SECCOMP_ERRNO | STRACE_ERRNO);
  long r = verify_filter_install(&f);
  if (r < 0) {
    put("SKIPPED: cannot install a seccomp filter (errno ");
    put_long(-r);
    put("): the made-up calls would really run\n");
    return 77;
  }
  put("BEGIN\n");
  for (int k = 0; k < verify_nrows; k++) {
    const struct verify_rule *rule = verify_rule(&verify_rows[k]);
    if (rule && (rule->flags & VERIFY_NO_STRACE))
      continue;
    run_row(k, VERIFY_SYS);
    run_row(k, VERIFY_LIBC);
  }
  struct verify_call end = {"exit_group", 1, {0x5a}, 0};
  if (argc > 1 && str_eq(argv[1], "_exit")) {
    end.arg[0] = 0x5b;
    put_call("libc:", "_exit", &end);
    _exit(0x5b);
  }
  put_call("libc:", "exit", &end);
  exit(0x5a);
}
