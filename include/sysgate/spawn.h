/* sysgate/spawn.h: posix_spawn(3), posix_spawnp(3), the file actions
 * (posix_spawn_file_actions_init(3), _addopen, _addclose, _adddup2, _addchdir_np,
 * _addfchdir_np) and the attributes (posix_spawnattr_init(3), _setflags,
 * _setsigmask, _setsigdefault, _setpgroup and their getters).
 *
 * Not obvious: these return the error number itself, never -1 with errno (POSIX), and posix_spawn
 * reports the child's failure to exec (ENOENT, EACCES...) as its own result, as glibc's does: the
 * child is a clone(2) with CLONE_VM | CLONE_VFORK on a stack of its own (src/libc/spawn.c), so the
 * parent sleeps until the child has exec'd or died and then reads the error the child stored in
 * their shared memory. (the rest: docs/calls.md)
 */
#ifndef SYSGATE_SPAWN_H
#define SYSGATE_SPAWN_H

#include "base.h"
#include "types.h"

#define POSIX_SPAWN_RESETIDS 0x01
#define POSIX_SPAWN_SETPGROUP 0x02
#define POSIX_SPAWN_SETSIGDEF 0x04
#define POSIX_SPAWN_SETSIGMASK 0x08
#define POSIX_SPAWN_SETSCHEDPARAM 0x10
#define POSIX_SPAWN_SETSCHEDULER 0x20
#define POSIX_SPAWN_USEVFORK 0x40 /* accepted and meaningless, as in glibc */
#define POSIX_SPAWN_SETSID 0x80

/* The attributes: what posix_spawnattr_set* stored. SETSCHEDPARAM and
 * SETSCHEDULER are accepted as flags but have no setters here: the child then
 * leaves its scheduling as inherited. */
typedef struct {
  short sysgate_flags;
  pid_t sysgate_pgroup;
  sigset_t sysgate_sigdefault;
  sigset_t sysgate_sigmask;
} posix_spawnattr_t;

/* The file actions: an array grown with malloc, done in order in the child. */
struct sysgate_spawn_action;
typedef struct {
  int sysgate_used;
  int sysgate_allocated;
  struct sysgate_spawn_action *sysgate_actions;
} posix_spawn_file_actions_t;

int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions,
                const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
    SG_SYMBOL(posix_spawn);
/* FILE without '/' is looked for in PATH as execvp(3) does, but a file the kernel
 * will not run (ENOEXEC) is an error, not a /bin/sh script (glibc 2.15 on). */
int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *actions,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
    SG_SYMBOL(posix_spawnp);

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions)
    SG_SYMBOL(posix_spawn_file_actions_init);
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions)
    SG_SYMBOL(posix_spawn_file_actions_destroy);
/* EBADF for a descriptor below 0 or at or above RLIMIT_NOFILE's soft limit, as glibc
 * checks when the action is added; ENOMEM without memory. PATH is copied. */
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *actions, int fd, const char *path,
                                     int oflag, mode_t mode)
    SG_SYMBOL(posix_spawn_file_actions_addopen);
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *actions, int fd)
    SG_SYMBOL(posix_spawn_file_actions_addclose);
/* fd == newfd clears FD_CLOEXEC on it in the child (POSIX 2024, glibc 2.29 on). */
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int fd, int newfd)
    SG_SYMBOL(posix_spawn_file_actions_adddup2);
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *actions, const char *path)
    SG_SYMBOL(posix_spawn_file_actions_addchdir_np);
int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t *actions, int fd)
    SG_SYMBOL(posix_spawn_file_actions_addfchdir_np);

int posix_spawnattr_init(posix_spawnattr_t *attr) SG_SYMBOL(posix_spawnattr_init);
int posix_spawnattr_destroy(posix_spawnattr_t *attr) SG_SYMBOL(posix_spawnattr_destroy);
/* EINVAL for a bit outside the POSIX_SPAWN_* above. */
int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags)
    SG_SYMBOL(posix_spawnattr_setflags);
int posix_spawnattr_getflags(const posix_spawnattr_t *attr, short *flags)
    SG_SYMBOL(posix_spawnattr_getflags);
int posix_spawnattr_setsigmask(posix_spawnattr_t *attr, const sigset_t *mask)
    SG_SYMBOL(posix_spawnattr_setsigmask);
int posix_spawnattr_getsigmask(const posix_spawnattr_t *attr, sigset_t *mask)
    SG_SYMBOL(posix_spawnattr_getsigmask);
int posix_spawnattr_setsigdefault(posix_spawnattr_t *attr, const sigset_t *set)
    SG_SYMBOL(posix_spawnattr_setsigdefault);
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *attr, sigset_t *set)
    SG_SYMBOL(posix_spawnattr_getsigdefault);
int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup)
    SG_SYMBOL(posix_spawnattr_setpgroup);
int posix_spawnattr_getpgroup(const posix_spawnattr_t *attr, pid_t *pgroup)
    SG_SYMBOL(posix_spawnattr_getpgroup);

#endif
