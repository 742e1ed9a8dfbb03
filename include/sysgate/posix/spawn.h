/* <spawn.h>: posix_spawn, posix_spawnp, the file actions and the attributes
 * (sysgate/spawn.h), with sigset_t and pid_t.
 *
 * Not obvious: glibc's <spawn.h> also declares the scheduling attributes
 * (posix_spawnattr_setschedparam ...); sysgate has no <sched.h> parameters for
 * them yet, so a program using those does not compile, rather than silently
 * losing them.
 */
#ifndef SYSGATE_POSIX_SPAWN_H
#define SYSGATE_POSIX_SPAWN_H

#include <sysgate/signal.h>
#include <sysgate/spawn.h>

#endif
