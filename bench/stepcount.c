/* stepcount PROG ARGS...: how many user-space instructions PROG executes, counted by
 * single-stepping it with ptrace(2) (PTRACE_SINGLESTEP), its output sent to /dev/null.
 *
 * Not obvious: this is how the vDSO's instructions are counted: valgrind hides the vDSO
 * (a program under it makes the system call), and this machine has no hardware counter for
 * perf. A system call instruction counts as one; what the kernel runs is not counted.
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    ptrace(PTRACE_TRACEME, 0, 0, 0);
    execv(argv[1], argv + 1);
    _exit(127);
  }
  int status;
  if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
    return 1;
  unsigned long long steps = 0;
  int sig = 0;
  for (;;) {
    if (ptrace(PTRACE_SINGLESTEP, pid, 0, (void *)(long)sig) != 0)
      break;
    if (waitpid(pid, &status, 0) != pid || WIFEXITED(status) || WIFSIGNALED(status))
      break;
    sig = WSTOPSIG(status) == SIGTRAP ? 0 : WSTOPSIG(status);
    steps++;
  }
  printf("%llu\n", steps);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
