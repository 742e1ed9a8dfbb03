/* External definitions of the System V IPC calls (sysgate/ipc.h and the
 * arch's ipc.h, which lists its own helpers: i386's ipc(2) fallbacks), and
 * semctl(2)'s variadic libc layer.
 *
 * Not obvious: semctl reads its fourth argument only for the commands that
 * take one (glibc's sysdeps/unix/sysv/linux/semctl.c lists the same nine);
 * union semun is the size of a pointer and is passed like an unsigned long on
 * both arches (a union of integer class in one register on x86_64, one stack
 * word on i386), so it is read as one.
 */
#include <stdarg.h>
#include <sysgate/ipc.h>

#define SG_EXTERN_ONE(name) SG_EXTERN(name);

SYSGATE_ARCH_IPC_HELPERS(SG_EXTERN_ONE)

int semctl(int id, int num, int cmd, ...) {
  unsigned long arg = 0;
  switch (cmd) {
  case SETVAL:
  case GETALL:
  case SETALL:
  case IPC_STAT:
  case IPC_SET:
  case SEM_STAT:
  case SEM_STAT_ANY:
  case IPC_INFO:
  case SEM_INFO: {
    va_list ap;
    va_start(ap, cmd);
    arg = va_arg(ap, unsigned long);
    va_end(ap);
    break;
  }
  default:
    break;
  }
  return (int)sysgate_ret(sys_semctl(id, num, cmd, arg));
}
