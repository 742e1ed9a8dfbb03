/* proc_spawn: fork(2), vfork(2) + execve(2), clone(2) with CLONE_VM, wait4(2),
 * waitpid(2), waitid(2) and getppid(2) in a program without libc, started by
 * sysgate's own _start (static, no glibc anywhere).
 *
 * Checks print "ok N what" (tests/expected/proc_spawn.stdout); the exit status
 * is the first failed check. Run as `proc_spawn exec-child` it is the program
 * the vfork child execs: it exits 6 without printing.
 *
 * Not obvious: the vfork child calls execve with its arguments built before
 * vfork, and calls nothing else but _exit: anything more would run on the
 * parent's stack, below the frame the parent resumes in.
 */
#include <sysgate.h>

#include "check.h"

static char clone_stack[16384] __attribute__((aligned(16)));
static volatile int clone_saw;
static volatile unsigned long clone_sp;

static int clone_child(void *arg) {
  volatile int local = 0;
  clone_saw = *(int *)arg;
  clone_sp = (unsigned long)&local;
  return 7;
}

static int exit_code_of(pid_t pid) {
  int status = -1;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
    return -1;
  return WEXITSTATUS(status);
}

int main(int argc, char **argv, char **envp) {
  if (argc == 2 && str_eq(argv[1], "exec-child"))
    return 6;

  pid_t me = getpid();
  pid_t pid = fork();
  if (pid == 0)
    _exit(getppid() == me ? 3 : 1);
  struct rusage ru;
  int status = -1;
  check(pid > 0 && wait4(pid, &status, 0, &ru) == pid && WIFEXITED(status) &&
            WEXITSTATUS(status) == 3,
        "fork: the child saw its parent and exited 3, wait4 reaped it");
  check(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000 && ru.ru_minflt > 0,
        "wait4: the child's rusage");

  char *child_argv[] = {argv[0], "exec-child", 0};
  volatile int untouched = 0x600d;
  pid = vfork();
  if (pid == 0) {
    execve(child_argv[0], child_argv, envp);
    _exit(127);
  }
  check(pid > 0 && untouched == 0x600d, "vfork: the parent resumes with its locals intact");
  check(exit_code_of(pid) == 6, "vfork + execve: the new program exited 6");

  int token = 0x5eed;
  pid = clone(clone_child, clone_stack + sizeof clone_stack, CLONE_VM | CLONE_VFORK | SIGCHLD,
              &token);
  check(pid > 0 && clone_saw == 0x5eed, "clone: fn ran with its argument, in this memory");
  check(clone_sp >= (unsigned long)clone_stack &&
            clone_sp < (unsigned long)clone_stack + sizeof clone_stack,
        "clone: fn ran on the stack it was given");
  check(exit_code_of(pid) == 7, "clone: fn's return value is the exit status");

  pid = fork();
  if (pid == 0)
    _exit(8);
  siginfo_t si;
  check(pid > 0 && waitid(P_PID, (id_t)pid, &si, WEXITED) == 0 && si.si_pid == pid &&
            si.si_code == CLD_EXITED && si.si_status == 8,
        "waitid: pid, CLD_EXITED and status 8");

  errno = 0;
  check(waitpid(-1, &status, 0) == -1 && errno == ECHILD, "waitpid: no children left, ECHILD");

  struct utsname u;
  check(uname(&u) == 0 && str_eq(u.sysname, "Linux"), "uname: Linux");
  return check_status();
}
