/* err(3), warn(3) and their kin, program_invocation_name(3) (sysgate/err.h) and
 * __assert_fail (sysgate/assert.h): output and exit status against glibc's.
 *
 * Not obvious: anything that exits or aborts runs in a child (in_child, proc_child.h),
 * its stderr in a pipe, and both sides' children must write the same bytes and end
 * with the same wait status.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_libc_unix.h"
#include "oracle_malloc.h"
#include <sysgate.h>

#include "proc_child.h"
#include "suite.h"

#define U oracle_unix

/* --- err, warn, assert ---------------------------------------------------------- */

struct err_case {
  int sysgate;     /* which side */
  int kind;        /* 0 warn, 1 warnx, 2 err, 3 errx, 4 assert */
  int error;       /* errno at the call */
  const char *fmt; /* NULL allowed */
};

static void v_side(const struct err_case *c, ...) {
  va_list ap;
  va_start(ap, c);
  if (c->sysgate) {
    errno = c->error;
    switch (c->kind) {
    case 0:
      vwarn(c->fmt, ap);
      break;
    case 1:
      vwarnx(c->fmt, ap);
      break;
    case 2:
      verr(3, c->fmt, ap);
    case 3:
      verrx(4, c->fmt, ap);
    default:
      __assert_fail("x == 1", "file.c", 42, c->fmt);
    }
  } else {
    U.set_errno(c->error);
    switch (c->kind) {
    case 0:
      U.vwarn(c->fmt, ap);
      break;
    case 1:
      U.vwarnx(c->fmt, ap);
      break;
    case 2:
      U.verr(3, c->fmt, ap);
      break;
    case 3:
      U.verrx(4, c->fmt, ap);
      break;
    default:
      U.assert_fail("x == 1", "file.c", 42, c->fmt);
    }
  }
  va_end(ap);
}

static void err_child(void *arg) {
  v_side(arg, 17, "str", 'c');
}

static void test_err_warn_assert_output(void **state) {
  (void)state;
  static const char *const fmts[] = {"value %d of %s and %c", "", NULL, "50%%"};
  unsigned compared = 0;
  for (int kind = 0; kind < 5; kind++)
    for (unsigned f = 0; f < sizeof fmts / sizeof *fmts; f++) {
      if (kind == 4 && fmts[f] != NULL && fmts[f][0] != '\0' && fmts[f][0] != 'v')
        continue; /* the assert's "function" argument: a name, "" or NULL */
      struct err_case ours = {1, kind, ENOENT, fmts[f]}, theirs = {0, kind, ENOENT, fmts[f]};
      struct child_result a, b;
      in_child(err_child, &ours, 2, &a);
      in_child(err_child, &theirs, 2, &b);
      assert_same_child(&a, &b);
      assert_true(a.out[0] != '\0');
      compared++;
    }
  assert_true(compared >= 18);
}

/* program_invocation_name and its short form, set by progname.c's .preinit_array entry. */
static void test_program_invocation_names(void **state) {
  (void)state;
  char buf[4096];
  long n = oracle_read_file("/proc/self/cmdline", buf, sizeof buf - 1);
  assert_true(n > 0);
  assert_string_equal(program_invocation_name, buf);
  const char *slash = strrchr(buf, '/');
  assert_string_equal(program_invocation_short_name, slash ? slash + 1 : buf);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_err_warn_assert_output),
      cmocka_unit_test(test_program_invocation_names),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
