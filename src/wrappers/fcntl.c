/* open(2), openat(2): the variadic libc layer over sys_open and sys_openat.
 *
 * Not obvious: va_arg is only read when the flags say a mode was passed
 * (O_CREAT, O_TMPFILE); reading it otherwise would send a stray register's
 * contents to the kernel as the mode.
 */
#include <stdarg.h>
#include <sysgate/fcntl.h>

#define SG_OPEN_MODE(flags, last, mode)                                                            \
  do {                                                                                             \
    if (SYSGATE_OPEN_HAS_MODE(flags)) {                                                            \
      va_list ap;                                                                                  \
      va_start(ap, last);                                                                          \
      (mode) = va_arg(ap, mode_t);                                                                 \
      va_end(ap);                                                                                  \
    }                                                                                              \
  } while (0)

int open(const char *path, int flags, ...) {
  mode_t mode = 0;
  SG_OPEN_MODE(flags, flags, mode);
  long ret = sys_open(path, flags, mode);
  SG_TRACE_ARGS(open, ret, 2, SG_TARG(path), {SYSGATE_TRACE_OPEN_FLAGS, flags});
  return (int)sysgate_ret(ret);
}

int openat(int dirfd, const char *path, int flags, ...) {
  mode_t mode = 0;
  SG_OPEN_MODE(flags, flags, mode);
  long ret = sys_openat(dirfd, path, flags, mode);
  SG_TRACE_ARGS(openat, ret, 3, SG_TARG(dirfd), SG_TARG(path), {SYSGATE_TRACE_OPEN_FLAGS, flags});
  return (int)sysgate_ret(ret);
}
