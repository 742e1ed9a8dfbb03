/* posix_spawnattr_init(3) and the attribute setters and getters:
 * posix_spawnattr_setflags, _setsigmask, _setsigdefault, _setpgroup, their get*
 * and posix_spawnattr_destroy.
 *
 * Not obvious: init leaves both signal sets empty and the flags 0, so an
 * attribute object with only SETSIGMASK set gives the child an empty mask, not
 * the parent's (glibc initialises the same way, posix/spawnattr_init.c).
 */
#include <sysgate/errno.h>
#include <sysgate/spawn.h>

enum {
  ALL_FLAGS = POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
              POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSCHEDPARAM | POSIX_SPAWN_SETSCHEDULER |
              POSIX_SPAWN_USEVFORK | POSIX_SPAWN_SETSID
};

int posix_spawnattr_init(posix_spawnattr_t *attr) {
  *attr = (posix_spawnattr_t){0};
  return 0;
}

int posix_spawnattr_destroy(posix_spawnattr_t *attr) {
  (void)attr;
  return 0;
}

int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags) {
  if ((flags & ~ALL_FLAGS) != 0)
    return EINVAL;
  attr->sysgate_flags = flags;
  return 0;
}

int posix_spawnattr_getflags(const posix_spawnattr_t *attr, short *flags) {
  *flags = attr->sysgate_flags;
  return 0;
}

int posix_spawnattr_setsigmask(posix_spawnattr_t *attr, const sigset_t *mask) {
  attr->sysgate_sigmask = *mask;
  return 0;
}

int posix_spawnattr_getsigmask(const posix_spawnattr_t *attr, sigset_t *mask) {
  *mask = attr->sysgate_sigmask;
  return 0;
}

int posix_spawnattr_setsigdefault(posix_spawnattr_t *attr, const sigset_t *set) {
  attr->sysgate_sigdefault = *set;
  return 0;
}

int posix_spawnattr_getsigdefault(const posix_spawnattr_t *attr, sigset_t *set) {
  *set = attr->sysgate_sigdefault;
  return 0;
}

int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup) {
  attr->sysgate_pgroup = pgroup;
  return 0;
}

int posix_spawnattr_getpgroup(const posix_spawnattr_t *attr, pid_t *pgroup) {
  *pgroup = attr->sysgate_pgroup;
  return 0;
}
