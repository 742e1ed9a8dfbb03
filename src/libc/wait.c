/* wait(2): any child, blocking, without resource usage.
 *
 * Not obvious: there is no wait system call on x86_64; glibc's wait is wait4(-1,
 * status, 0, NULL), and so is this (through waitpid, which is that too).
 */
#include <sysgate/wait.h>

pid_t wait(int *status) {
  return waitpid(-1, status, 0);
}
