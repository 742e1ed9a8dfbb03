/* sched_getcpu(3): the number of the CPU the caller is running on.
 *
 * Not obvious: the answer may be stale by the time it is read (the scheduler
 * may move the thread at any moment); getcpu's vDSO entry answers it without a
 * system call on x86_64, as glibc's does.
 */
#include <sysgate/sched.h>
#include <sysgate/vdso_time.h>

int sched_getcpu(void) {
  unsigned int cpu;
  if (getcpu(&cpu, NULL) != 0)
    return -1;
  return (int)cpu;
}
