/* wait4(2), waitpid(2) and waitid(2) (sysgate/wait.h): the states they report
 * (exited, killed, stopped, continued) and their errors, against glibc's on the
 * same children.
 *
 * Not obvious: x86_64 has no waitpid system call (sysgate's is wait4 without the
 * rusage), so the status word waitpid reports comes from wait4 there.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_proc.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "proc_child.h"
#include "suite.h"
#include "suite_extra.h"

static char clone_stack[CLONE_STACK_SIZE] __attribute__((aligned(16)));

/* --- waitpid, waitid: states and errors ------------------------------------ */

static void test_waitpid_states(void **state) {
  (void)state;
  int hold;
  pid_t pid = spawn_waiter(&hold);
  int status = -1;
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(waitpid(pid, &status, WNOHANG), 0); /* still running */
  assert_int_equal(kill(pid, SIGSTOP), 0);
  assert_int_equal(waitpid(pid, &status, WUNTRACED), pid);
  assert_true(WIFSTOPPED(status));
  assert_int_equal(WSTOPSIG(status), SIGSTOP);
  assert_false(WIFEXITED(status) || WIFSIGNALED(status) || WIFCONTINUED(status));
  assert_int_equal(kill(pid, SIGCONT), 0);
  assert_int_equal(waitpid(pid, &status, WCONTINUED), pid);
  assert_true(WIFCONTINUED(status));
  assert_false(WIFEXITED(status) || WIFSIGNALED(status) || WIFSTOPPED(status));
  assert_int_equal(kill(pid, SIGKILL), 0);
  reap_killed(pid, SIGKILL, hold);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

static void test_wait_errors(void **state) {
  (void)state;
  int status, r, e, g, ge;
  errno = 0;
  r = waitpid(-1, &status, 0); /* no children left */
  e = errno;
  g = oracle_waitpid(-1, &status, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ECHILD);
  errno = 0;
  r = waitpid(-1, &status, 0x1000); /* not an option */
  e = errno;
  g = oracle_waitpid(-1, &status, 0x1000, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = wait4(oracle_getppid(), &status, 0, NULL); /* not our child */
  e = errno;
  assert_int_equal(r, -1);
  assert_int_equal(e, ECHILD);

  siginfo_t si;
  struct oracle_siginfo osi;
  errno = 0;
  r = waitid(P_ALL, 0, &si, WEXITED);
  e = errno;
  g = oracle_waitid(P_ALL, 0, &osi, WEXITED, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, ECHILD);
  errno = 0;
  r = waitid(P_ALL, 0, &si, 0); /* no state asked for */
  e = errno;
  g = oracle_waitid(P_ALL, 0, &osi, 0, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);
  errno = 0;
  r = waitid((idtype_t)42, 0, &si, WEXITED);
  e = errno;
  g = oracle_waitid(42, 0, &osi, WEXITED, &ge);
  ASSERT_BOTH_FAIL(r, e, g, ge, EINVAL);

  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(sys_waitpid(-1, &status, 0), -ECHILD);
  assert_int_equal(sys_waitid(P_ALL, 0, &si, 0), -EINVAL);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
}

/* waitid with WNOWAIT leaves the child waitable, so glibc's waitid then reaps
 * the very same record: every field, and all 128 bytes, must agree. The
 * kernel writes six fields only (signo, errno, code, pid, uid, status:
 * kernel/exit.c, waitid); both records start zeroed, as the rest stays. */
static void compare_waitid(pid_t pid, int code, int status) {
  siginfo_t si;
  memset(&si, 0, sizeof si);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  struct oracle_siginfo osi;
  int ge;
  assert_int_equal(oracle_waitid(P_PID, (unsigned int)pid, &osi, WEXITED, &ge), 0);
  assert_int_equal(si.si_signo, SIGCHLD);
  assert_int_equal(si.si_code, code);
  assert_int_equal(si.si_pid, pid);
  assert_int_equal(si.si_status, status);
  assert_int_equal(si.si_uid, getuid());
  assert_int_equal(si.si_signo, osi.signo);
  assert_int_equal(si.si_code, osi.code);
  assert_int_equal(si.si_errno, osi.err);
  assert_int_equal(si.si_pid, osi.pid);
  assert_int_equal(si.si_uid, osi.uid);
  assert_int_equal(si.si_status, osi.status);
  assert_memory_equal(&si, osi.raw, sizeof si);
}

static void test_waitid(void **state) {
  (void)state;
  assert_int_equal(sizeof(siginfo_t), 128);
  pid_t pid = fork();
  if (pid == 0)
    _exit(7);
  assert_true(pid > 0);
  compare_waitid(pid, CLD_EXITED, 7);

  int hold;
  pid = spawn_waiter(&hold);
  assert_int_equal(kill(pid, SIGKILL), 0);
  compare_waitid(pid, CLD_KILLED, SIGKILL);
  assert_int_equal(close(hold), 0);

  /* WNOHANG and nothing to report: 0, and a record with no pid. */
  pid = spawn_waiter(&hold);
  siginfo_t si;
  memset(&si, 0xa5, sizeof si);
  assert_int_equal(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG), 0);
  assert_int_equal(si.si_pid, 0);
  assert_int_equal(kill(pid, SIGKILL), 0);
  reap_killed(pid, SIGKILL, hold);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_waitpid_states),
      cmocka_unit_test(test_wait_errors),
      cmocka_unit_test(test_waitid),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
